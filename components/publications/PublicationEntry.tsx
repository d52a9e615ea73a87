import { href } from '@/lib/routing/urls';
import { Fragment, type CSSProperties } from 'react';
import { ResponsiveImage } from '../ResponsiveImage';
import { faChevronRight } from '@fortawesome/free-solid-svg-icons/faChevronRight';
import { faTrophy } from '@fortawesome/free-solid-svg-icons/faTrophy';
import { entryButtons, entryPlace, type EntryButtonItem, type EntrySettings } from '@/lib/bibliography/display';
import { yearKey } from '@/lib/bibliography/select';
import type { Person, Publication } from '@/lib/bibliography/types';
import { Icon } from '../Icon';
import { CopyButton } from '../CopyButton';

const BUTTON_SHAPE = 'inline-flex h-7 w-fit items-center gap-1.5 rounded-md border px-2.5 text-xs font-medium transition-colors hover:border-accent hover:text-accent';
const BUTTON = `${BUTTON_SHAPE} border-line text-ink`;
const PANEL = 'mt-2 rounded-md border border-line bg-surface px-4 py-3 text-sm leading-relaxed text-ink';
const RICH = '[&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_p+p]:mt-2';

type EntryProps = {
  publication: Publication;
  /** site.yml's settings for entries (lib/bibliography/display.ts `entrySettings`). */
  settings: EntrySettings;
  /** In a reference list: the citation number, shown in the left column. */
  number?: number;
  id?: string;
};

/**
 * One publication, as al-folio's bib.liquid lays it out: the badge (its
 * venue's colour and link) and the preview in a left column (above the entry
 * on phones), then title, authors (linked from content/coauthors.yml, their
 * marks raised and explained), where and when it appeared, a row of buttons
 * in site.yml's order, and links to the pages counting its citations.
 * Abstract, BibTeX and the award open under the row with <details>, one at a
 * time, without JavaScript, and never move a button (app/globals.css, `.pub-actions`).
 */
export function PublicationEntry({ publication: p, settings, number, id }: EntryProps) {
  const about = <span className="sr-only">: {p.title.text}</span>;
  const preview = settings.thumbnails ? p.preview : undefined;
  const hasAside = number !== undefined || p.badge || preview;
  // One panel open at a time in an entry, as in al-folio.
  const panels = `panels-${id ?? p.key}`;
  const { place, note } = entryPlace(p);
  // An entry without a year shows its label (`in press`), or nothing when it has none.
  const year = p.year ?? (p.yearLabel === 'Undated' ? '' : p.yearLabel);
  return (
    <li
      id={id}
      data-year={yearKey(p)}
      data-kind={p.kind}
      className="pub-entry grid gap-x-5 gap-y-2 py-5 first:pt-3 sm:grid-cols-[6.5rem_minmax(0,1fr)] target:bg-surface sm:target:-mx-3 sm:target:rounded-lg sm:target:px-3"
    >
      <div className={`${hasAside ? 'flex' : 'hidden sm:flex'} items-center gap-2 sm:flex-col sm:items-stretch sm:pt-0.5`}>
        {number !== undefined && <span className="text-sm font-semibold tabular-nums text-muted sm:text-center">[{number}]</span>}
        {p.badge && <Badge badge={p.badge} />}
        {preview && <ResponsiveImage image={preview} role="preview" alt="" className="pub-preview h-auto w-20 rounded border border-line sm:w-full" />}
      </div>
      <div className="min-w-0">
        <div className="font-semibold leading-snug text-ink" dangerouslySetInnerHTML={{ __html: p.title.html }} />
        {p.authors.length > 0 && (
          <div className="mt-1.5 text-sm leading-relaxed text-ink">
            <AuthorList authors={p.authors} etAl={p.etAl} max={settings.maxAuthors} revealDelay={settings.revealDelay} />
          </div>
        )}
        {p.annotation && <p className={`pub-annotation mt-0.5 text-xs leading-relaxed text-muted ${RICH}`} dangerouslySetInnerHTML={{ __html: p.annotation }} />}
        <div className="mt-1 text-sm leading-relaxed text-muted">
          <span dangerouslySetInnerHTML={{ __html: place.html }} />
          {year && (
            <>
              , <span>{year}</span>
            </>
          )}
          {p.additionalInfo && <span className={RICH} dangerouslySetInnerHTML={{ __html: p.additionalInfo }} />}
        </div>
        {note && <div className={`text-sm leading-relaxed text-muted ${RICH}`} dangerouslySetInnerHTML={{ __html: note.html }} />}
        <div className="pub-actions mt-3 flex flex-wrap items-start gap-2">
          {entryButtons(p, settings.buttons).map((button) => (
            <EntryButtonView key={button.type === 'link' ? button.link.kind : button.type} button={button} publication={p} about={about} panels={panels} />
          ))}
        </div>
        {p.citations.length > 0 && (
          <p className="pub-citations mt-2 text-xs text-muted">
            Citations:{' '}
            {p.citations.map((c, i) => (
              <Fragment key={c.service}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <a href={href(c.href)} className="text-accent underline-offset-2 hover:underline">
                  {c.label}
                  {about}
                </a>
              </Fragment>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}

/** One of the row's buttons: a link, or a panel (Abstract, BibTeX, the award) that opens under the row. */
function EntryButtonView({ button, publication: p, about, panels }: { button: EntryButtonItem; publication: Publication; about: React.ReactNode; panels: string }) {
  if (button.type === 'link') {
    return (
      <a href={href(button.link.href)} className={BUTTON}>
        {button.link.label}
        {about}
      </a>
    );
  }
  if (button.type === 'bibtex') {
    return (
      <Toggle label="BibTeX" about={about} name={panels}>
        <BibtexBlock bibtex={p.bibtex} />
      </Toggle>
    );
  }
  const [label, html] = button.type === 'abstract' ? ['Abstract', p.abstract?.html] : [p.award?.name, p.award?.html];
  return (
    <Toggle label={label ?? ''} about={about} name={panels} accent={button.type === 'award'}>
      <div className={`${PANEL} ${RICH}`} dangerouslySetInnerHTML={{ __html: html ?? '' }} />
    </Toggle>
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
        className={`${accent ? `${BUTTON_SHAPE} border-accent text-accent` : BUTTON} cursor-pointer select-none list-none group-open:border-accent group-open:text-accent [&::-webkit-details-marker]:hidden`}
      >
        {accent ? <Icon icon={faTrophy} className="size-3" /> : <Icon icon={faChevronRight} className="size-2.5 transition-transform group-open:rotate-90" />}
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

/** An author: the site's author marked, a coauthor with a page linked to it, the marks (`*`, `†`) raised. */
function Name({ person }: { person: Person }) {
  const marks = person.marks && <sup className="pub-mark">{person.marks}</sup>;
  if (person.self) {
    return (
      <>
        <strong className="font-semibold underline decoration-accent decoration-2 underline-offset-4">{person.name}</strong>
        {marks}
      </>
    );
  }
  if (person.url) {
    return (
      <>
        <a href={href(person.url)} className="underline decoration-line decoration-1 underline-offset-4 hover:text-accent hover:decoration-accent">
          {person.name}
        </a>
        {marks}
      </>
    );
  }
  return (
    <>
      {person.name}
      {marks}
    </>
  );
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
 * fold into "and N more authors", which opens in place (no script); with
 * al-folio's `more_authors_animation_delay`, the names fade in over that
 * many milliseconds per character (app/globals.css, `.pub-more`).
 */
function AuthorList({ authors, etAl, max, revealDelay }: { authors: Person[]; etAl: boolean; max: number; revealDelay: number }) {
  const names = authors.map((person, i) => <Name key={i} person={person} />);
  const and = authors.length === 2 ? ' and ' : ', and ';
  if (etAl) return <>{joined(names, ', ')}, et al.</>;
  if (authors.length <= max) return <>{joined(names, and)}</>;
  const hidden = names.slice(max);
  const characters = authors.slice(max).reduce((n, person) => n + person.name.length + 2, 0);
  const reveal = revealDelay > 0 ? ({ '--pub-reveal': `${Math.min(characters * revealDelay, 3000)}ms` } as CSSProperties) : undefined;
  return (
    <>
      {joined(names.slice(0, max), ', ')},{' '}
      <details className="pub-more group/more inline [&[open]::details-content]:inline" style={reveal}>
        <summary className="inline cursor-pointer list-none text-accent underline decoration-dotted underline-offset-4 hover:decoration-solid group-open/more:hidden [&::-webkit-details-marker]:hidden">
          and {hidden.length} more author{hidden.length === 1 ? '' : 's'}
        </summary>
        <span>{hidden.length === 1 ? <>and {hidden[0]}</> : joined(hidden, ', and ')}</span>
      </details>
    </>
  );
}
