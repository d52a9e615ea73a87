import { href, routes } from '@/lib/routing/urls';
import type { EntrySettings } from '@/lib/bibliography/display';
import { filterOptions, groupByYear } from '@/lib/bibliography/select';
import { scholarlyArticles } from '@/lib/bibliography/jsonld';
import { JsonLd } from '../JsonLd';
import type { Publication } from '@/lib/bibliography/types';
import { PublicationEntry } from './PublicationEntry';
import { filterScope, PublicationFilter } from './PublicationFilter';

type ListProps = {
  publications: Publication[];
  /** How entries are drawn: site.yml's settings (`entrySettings`). */
  settings: EntrySettings;
  /** For absolute links in the JSON-LD. */
  siteUrl?: string;
  /** Year headings, newest first. */
  byYear?: boolean;
  /** The level of the year headings: one below the heading the list follows (default 3). */
  yearLevel?: number;
  /** With `byYear`: a filter by year and kind above the list, when it has more than one of either. */
  filterable?: boolean;
  /** A post's reference list: numbered, each entry the target of its citations (`#ref-key`). */
  numbered?: boolean;
  label?: string;
};

/**
 * A list of publications in al-folio's style, with their schema.org data.
 * `not-prose`: inside a Markdown page, the list keeps its own typography.
 */
export function PublicationList({ publications, settings, siteUrl, byYear, yearLevel = 3, filterable, numbered, label = 'Publications' }: ListProps) {
  const YearHeading = `h${Math.min(Math.max(yearLevel, 2), 6)}` as 'h2';
  if (publications.length === 0) return <p className="text-muted">No publications to show.</p>;
  const entries = (items: Publication[]) =>
    items.map((p) => (
      <PublicationEntry
        key={p.key}
        publication={p}
        settings={settings}
        number={numbered ? publications.indexOf(p) + 1 : undefined}
        // A full list (<Publications />) gives each entry its key as id, as al-folio does: search results link there.
        id={numbered ? `ref-${p.key}` : byYear ? p.key : undefined}
      />
    ));
  const List = numbered ? 'ol' : 'ul';
  const options = byYear && filterable ? filterOptions(publications) : undefined;
  const filtered = options && (options.years.length > 1 || options.kinds.length > 1);
  const scope = filterScope(publications);
  return (
    <div className="not-prose" id={filtered ? scope : undefined}>
      {/* KaTeX's stylesheet, only when a title has math (see components/Markdown.tsx for why an @import); first, as HTML wants a <style> in <body>. */}
      {publications.some((p) => p.math) && <style>{`@import url("${href(routes.katex('katex.min.css'))}");`}</style>}
      {filtered && <PublicationFilter scope={scope} options={options} total={publications.length} />}
      {byYear ? (
        groupByYear(publications).map(({ key, label: year, year: dated, publications: items }) => (
          <div key={key} data-year={key} className="pub-year mt-8 first:mt-2">
            <YearHeading className="flex items-center gap-4 font-serif text-xl font-semibold text-ink">
              {year}
              <span aria-hidden="true" className="h-px flex-1 bg-line" />
            </YearHeading>
            <List aria-label={dated ? `${label} from ${year}` : `${label}: ${year}`} className="divide-y divide-line">
              {entries(items)}
            </List>
          </div>
        ))
      ) : (
        <List aria-label={label} className="divide-y divide-line">
          {entries(publications)}
        </List>
      )}
      {filtered && <p className="pub-empty hidden py-4 text-muted">Nothing of this type in that year.</p>}
      {!numbered && <JsonLd data={scholarlyArticles(publications, siteUrl)} />}
    </div>
  );
}
