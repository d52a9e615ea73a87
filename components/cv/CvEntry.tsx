import type { CvEntry as Entry } from '@/lib/content';
import { joinHtml, trustedHtml, type SafeHtml } from '@/lib/sanitize/sanitize';
import { RichHtml } from '../RichHtml';
import { CvDates } from './CvDates';
import { Separated } from '../Separated';

type Dated = Extract<Entry, { highlights: string[] }>;

const LINK = 'underline decoration-line underline-offset-2 hover:text-accent hover:decoration-accent';

/** Inline HTML from the CV file (Markdown, sanitised by the content layer). */
function Text({ html, className = '' }: { html: SafeHtml; className?: string }) {
  return <RichHtml as="span" html={html} className={`cv-text ${className}`} />;
}

function Linked({ html, url }: { html: SafeHtml; url?: string }) {
  return url ? (
    <a href={url} className={LINK}>
      <Text html={html} />
    </a>
  ) : (
    <Text html={html} />
  );
}

/** What an entry is called, and the line under it. */
function headings(entry: Dated): { title: React.ReactNode; subtitle: React.ReactNode[] } {
  switch (entry.kind) {
    case 'education': {
      const degree = joinHtml([entry.degree, entry.area].filter((part): part is SafeHtml => !!part), ' in ');
      return degree
        ? { title: <Text html={degree} />, subtitle: [<Linked key="i" html={entry.institution} url={entry.url} />] }
        : { title: <Linked html={entry.institution} url={entry.url} />, subtitle: [] };
    }
    case 'experience':
      return entry.position
        ? { title: <Text html={entry.position} />, subtitle: entry.organization ? [<Linked key="o" html={entry.organization} url={entry.url} />] : [] }
        : { title: <Linked html={entry.organization ?? trustedHtml('')} url={entry.url} />, subtitle: [] };
    case 'publication':
      return {
        title: <Linked html={entry.title} url={entry.url} />,
        subtitle: [
          ...(entry.authors.length > 0 ? [<Text key="a" html={joinHtml(entry.authors, ', ')} />] : []),
          ...(entry.venue ? [<Text key="v" html={entry.venue} className="italic" />] : []),
        ],
      };
    case 'normal':
      return { title: <Linked html={entry.name} url={entry.url} />, subtitle: entry.detail ? [<Text key="d" html={entry.detail} />] : [] };
  }
}

/**
 * An entry with a title, a line under it, dates and place on the right (under
 * the title on a phone), then its text, highlights and keywords.
 */
function DatedEntry({ entry, lang }: { entry: Dated; lang: string }) {
  const { title, subtitle } = headings(entry);
  const under = [...subtitle, ...(entry.location ? [<span key="l">{entry.location}</span>] : [])];
  return (
    <div className="cv-entry grid gap-x-6 gap-y-0.5 sm:grid-cols-[minmax(0,1fr)_auto]">
      <h3 className="font-semibold leading-snug text-ink">{title}</h3>
      {entry.period && <CvDates period={entry.period} lang={lang} className="text-sm tabular-nums text-muted sm:row-start-1 sm:col-start-2 sm:pt-0.5 sm:text-right" />}
      {under.length > 0 && (
        <p className="text-[0.95rem] text-muted sm:col-span-2">
          <Separated parts={under} />
        </p>
      )}
      <div className="space-y-1.5 text-[0.95rem] leading-relaxed text-ink sm:col-span-2 [&:empty]:hidden">
        {entry.kind === 'education' && entry.score && <p>Grade: <Text html={entry.score} /></p>}
        {entry.kind === 'education' && entry.courses.length > 0 && (
          <p>
            Courses: <Text html={joinHtml(entry.courses, ', ')} />
          </p>
        )}
        {entry.summary && <Text html={entry.summary} className="block" />}
        {entry.highlights.length > 0 && (
          <ul className="list-disc space-y-0.5 pl-5 marker:text-muted">
            {entry.highlights.map((h, i) => (
              <li key={i}>
                <Text html={h} />
              </li>
            ))}
          </ul>
        )}
        {entry.kind === 'normal' && entry.keywords.length > 0 && (
          <ul className="flex flex-wrap gap-1.5 pt-0.5" aria-label="Keywords">
            {entry.keywords.map((k, i) => (
              <li key={i} className="rounded-full border border-line px-2.5 py-0.5 text-sm text-ink">
                <Text html={k} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/**
 * A section's entries in RenderCV's kinds. Runs of one-line entries make one
 * label–details table, runs of bullets one list; the others stand apart.
 */
export function CvEntries({ entries, lang }: { entries: Entry[]; lang: string }) {
  const runs: Entry[][] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && last[0]!.kind === entry.kind && (entry.kind === 'one-line' || entry.kind === 'bullet')) last.push(entry);
    else runs.push([entry]);
  }
  return (
    <div className="space-y-5">
      {runs.map((run, i) => {
        const first = run[0]!;
        if (first.kind === 'one-line') {
          return (
            <dl key={i} className="grid gap-x-4 gap-y-1.5 text-[0.95rem] sm:grid-cols-[max-content_minmax(0,1fr)]">
              {run.map((e, j) =>
                e.kind === 'one-line' ? (
                  <div key={j} className="contents">
                    <dt className="font-semibold text-ink">
                      <Text html={e.label} />
                    </dt>
                    <dd className="mb-1 text-ink sm:mb-0">
                      <Text html={e.details} />
                    </dd>
                  </div>
                ) : null,
              )}
            </dl>
          );
        }
        if (first.kind === 'bullet') {
          return (
            <ul key={i} className="list-disc space-y-1 pl-5 text-[0.95rem] leading-relaxed marker:text-muted">
              {run.map((e, j) => (e.kind === 'bullet' ? <li key={j}><Text html={e.text} /></li> : null))}
            </ul>
          );
        }
        if (first.kind === 'text') {
          return (
            <p key={i} className="text-[0.95rem] leading-relaxed text-ink">
              <Text html={first.text} />
            </p>
          );
        }
        return <DatedEntry key={i} entry={first} lang={lang} />;
      })}
    </div>
  );
}
