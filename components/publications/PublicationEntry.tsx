import { href } from '@/lib/routing/urls';
import { Fragment } from 'react';
import { ResponsiveImage } from '../ResponsiveImage';
import { faChevronRight } from '@fortawesome/free-solid-svg-icons/faChevronRight';
import { isSiteAuthor } from '@/lib/bibliography/authors';
import { DEFAULT_MAX_AUTHORS, publicationKind, yearKey } from '@/lib/bibliography/select';
import type { Person, Publication } from '@/lib/bibliography/types';
import { Icon } from '../Icon';
import { CopyButton } from '../CopyButton';

const BUTTON =
  'inline-flex h-7 w-fit items-center gap-1.5 rounded-md border border-line px-2.5 text-xs font-medium text-ink transition-colors hover:border-accent hover:text-accent';
const PANEL = 'mt-2 rounded-md border border-line bg-surface px-4 py-3 text-sm leading-relaxed text-ink';
const RICH = '[&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_p+p]:mt-2';

type EntryProps = {
  publication: Publication;
  siteName: string;
  maxAuthors?: number;
  /** In a reference list: the citation number, shown in the left column. */
  number?: number;
  id?: string;
};

/**
 * One publication, as al-folio's bib.liquid lays it out: the badge (its
 * venue's colour and link) and the preview in a left column (above the entry
 * on phones), then title, authors (linked from content/coauthors.yml), venue
 * and year, and a row of buttons, one per address. Abstract and BibTeX open
 * under the row with <details>, one at a time, without JavaScript, and never
 * move a button (app/globals.css, `.pub-actions`).
 */
export function PublicationEntry({ publication: p, siteName, maxAuthors = DEFAULT_MAX_AUTHORS, number, id }: EntryProps) {
  const about = <span className="sr-only">: {p.title.text}</span>;
  const hasAside = number !== undefined || p.badge || p.preview;
  // One panel open at a time in an entry, as in al-folio.
  const panels = `panels-${id ?? p.key}`;
  return (
    <li
      id={id}
      data-year={yearKey(p)}
      data-kind={publicationKind(p)}
      className="pub-entry grid gap-x-5 gap-y-2 py-5 first:pt-3 sm:grid-cols-[6.5rem_minmax(0,1fr)] target:bg-surface sm:target:-mx-3 sm:target:rounded-lg sm:target:px-3"
    >
      <div className={`${hasAside ? 'flex' : 'hidden sm:flex'} items-center gap-2 sm:flex-col sm:items-stretch sm:pt-0.5`}>
        {number !== undefined && <span className="text-sm font-semibold tabular-nums text-muted sm:text-center">[{number}]</span>}
        {p.badge && <Badge badge={p.badge} />}
        {p.preview && <ResponsiveImage image={p.preview} role="preview" alt="" className="h-auto w-20 rounded border border-line sm:w-full" />}
      </div>
      <div className="min-w-0">
        <div className="font-semibold leading-snug text-ink" dangerouslySetInnerHTML={{ __html: p.title.html }} />
        {p.authors.length > 0 && (
          <div className="mt-1.5 text-sm leading-relaxed text-ink">
            <AuthorList authors={p.authors} etAl={p.etAl} siteName={siteName} max={maxAuthors} />
          </div>
        )}
        <div className="mt-1 text-sm leading-relaxed text-muted">
          {p.venue && (
            <>
              <span dangerouslySetInnerHTML={{ __html: p.venue.html }} />,{' '}
            </>
          )}
          <span>{p.year ?? (p.yearLabel === 'Undated' ? '' : p.yearLabel)}</span>
          {p.additionalInfo && <span className={RICH} dangerouslySetInnerHTML={{ __html: p.additionalInfo }} />}
        </div>
        <div className="pub-actions mt-3 flex flex-wrap items-start gap-2">
          {p.links.map((link) => (
            <a key={link.kind} href={href(link.href)} className={BUTTON}>
              {link.label}
              {about}
            </a>
          ))}
          {p.abstract && (
            <Toggle label="Abstract" about={about} name={panels}>
              <div className={`${PANEL} ${RICH}`} dangerouslySetInnerHTML={{ __html: p.abstract.html }} />
            </Toggle>
          )}
          {p.bibtexShow && (
            <Toggle label="BibTeX" about={about} name={panels}>
              <BibtexBlock bibtex={p.bibtex} />
            </Toggle>
          )}
          {p.award && (
            <Toggle label={p.award.name} about={about} name={panels} accent>
              <div className={`${PANEL} ${RICH}`} dangerouslySetInnerHTML={{ __html: p.award.html }} />
            </Toggle>
          )}
        </div>
      </div>
    </li>
  );
}

/**
 * The badge: `abbr`, in its venue's colour (content/venues.yml) with the text
 * colour that reads on it, a link to the venue when the file gives one.
 */
function Badge({ badge }: { badge: NonNullable<Publication['badge']> }) {
  const className = 'rounded px-2 py-1 text-center text-xs font-semibold leading-tight tracking-wide';
  const style = badge.color ? { backgroundColor: badge.color, color: badge.ink } : undefined;
  const colours = badge.color ? '' : 'bg-accent text-page';
  return badge.href ? (
    <a href={href(badge.href)} className={`${className} ${colours} hover:underline`} style={style}>
      {badge.label}
    </a>
  ) : (
    <span className={`${className} ${colours}`} style={style}>
      {badge.label}
    </span>
  );
}

/** A button that opens a panel under the row of buttons, without JavaScript; one panel of an entry at a time (`name`). */
function Toggle({ label, about, name, accent, children }: { label: string; about: React.ReactNode; name: string; accent?: boolean; children: React.ReactNode }) {
  return (
    <details name={name} className="group open:basis-full">
      <summary
        className={`${BUTTON} cursor-pointer select-none list-none group-open:border-accent group-open:text-accent [&::-webkit-details-marker]:hidden ${accent ? 'border-accent text-accent' : ''}`}
      >
        <Icon icon={faChevronRight} className="size-2.5 transition-transform group-open:rotate-90" />
        {label}
        {about}
      </summary>
      {children}
    </details>
  );
}

/**
 * The clean BibTeX, wrapped on narrow screens with each continuation aligned
 * under the start of its value, so the entry still reads as BibTeX. One block
 * per line: selecting the text copies it line by line, as written.
 */
function BibtexBlock({ bibtex }: { bibtex: string }) {
  const lines = bibtex.split('\n');
  const indent = Math.max(4, ...lines.map((line) => line.indexOf('= {') + 3).filter((n) => n > 2));
  return (
    <div className={`${PANEL} relative !px-0`} data-copy-scope="">
      <pre data-copy-source="" className="whitespace-pre-wrap break-words px-4 font-mono text-xs leading-relaxed text-ink">
        <code>
          {lines.map((line, i) => (
            <span key={i} className={`block ${i === 0 ? 'pr-20' : ''}`} style={{ paddingLeft: `${indent}ch`, textIndent: `-${indent}ch` }}>
              {line}
            </span>
          ))}
        </code>
      </pre>
      <CopyButton
        label="Copy BibTeX"
        doneLabel="Copied BibTeX"
        short={{ idle: 'Copy', done: 'Copied' }}
        className="absolute right-2 top-1.5 inline-flex items-center gap-1.5 rounded-md border border-line bg-page px-2 py-1 text-xs font-medium text-muted hover:border-accent hover:text-accent"
      />
    </div>
  );
}

/** An author: the site's author marked, a coauthor with a page linked to it. */
function Name({ person, siteName }: { person: Person; siteName: string }) {
  if (isSiteAuthor(person, siteName)) return <strong className="font-semibold underline decoration-accent decoration-2 underline-offset-4">{person.name}</strong>;
  if (person.url) {
    return (
      <a href={href(person.url)} className="underline decoration-line decoration-1 underline-offset-4 hover:text-accent hover:decoration-accent">
        {person.name}
      </a>
    );
  }
  return <>{person.name}</>;
}

function joined(names: React.ReactNode[], last: string): React.ReactNode[] {
  return names.map((name, i) => (
    <Fragment key={i}>
      {i === 0 ? '' : i === names.length - 1 ? last : ', '}
      {name}
    </Fragment>
  ));
}

/**
 * "A, B, and C", the site's author highlighted. Past `max` names, the rest
 * fold into "and N more authors", which opens in place (no script).
 */
function AuthorList({ authors, etAl, siteName, max }: { authors: Person[]; etAl: boolean; siteName: string; max: number }) {
  const names = authors.map((person, i) => <Name key={i} person={person} siteName={siteName} />);
  const and = authors.length === 2 ? ' and ' : ', and ';
  if (etAl) return <>{joined(names, ', ')}, et al.</>;
  if (authors.length <= max) return <>{joined(names, and)}</>;
  const hidden = names.slice(max);
  return (
    <>
      {joined(names.slice(0, max), ', ')},{' '}
      <details className="group/more inline [&[open]::details-content]:inline">
        <summary className="inline cursor-pointer list-none text-accent underline decoration-dotted underline-offset-4 hover:decoration-solid group-open/more:hidden [&::-webkit-details-marker]:hidden">
          and {hidden.length} more author{hidden.length === 1 ? '' : 's'}
        </summary>
        <span>{hidden.length === 1 ? <>and {hidden[0]}</> : joined(hidden, ', and ')}</span>
      </details>
    </>
  );
}
