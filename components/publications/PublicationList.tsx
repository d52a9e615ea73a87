import { href, routes } from '@/lib/urls';
import { groupByYear } from '@/lib/bibliography/select';
import { scholarlyArticles } from '@/lib/bibliography/jsonld';
import { JsonLd } from '../JsonLd';
import type { Publication } from '@/lib/bibliography/types';
import { PublicationEntry } from './PublicationEntry';

type ListProps = {
  publications: Publication[];
  siteName: string;
  /** For absolute links in the JSON-LD. */
  siteUrl?: string;
  maxAuthors?: number;
  /** Year headings (h3, under the page's h2), newest first. */
  byYear?: boolean;
  /** A post's reference list: numbered, each entry the target of its citations (`#ref-key`). */
  numbered?: boolean;
  label?: string;
};

/**
 * A list of publications in al-folio's style, with their schema.org data.
 * `not-prose`: inside a Markdown page, the list keeps its own typography.
 */
export function PublicationList({ publications, siteName, siteUrl, maxAuthors, byYear, numbered, label = 'Publications' }: ListProps) {
  if (publications.length === 0) return <p className="text-muted">No publications to show.</p>;
  const entries = (items: Publication[]) =>
    items.map((p) => (
      <PublicationEntry
        key={p.key}
        publication={p}
        siteName={siteName}
        maxAuthors={maxAuthors}
        number={numbered ? publications.indexOf(p) + 1 : undefined}
        // A full list (<Publications />) gives each entry its key as id, as al-folio does: search results link there.
        id={numbered ? `ref-${p.key}` : byYear ? p.key : undefined}
      />
    ));
  const List = numbered ? 'ol' : 'ul';
  return (
    <div className="not-prose">
      {/* KaTeX's stylesheet, only when a title has math (see components/Markdown.tsx for why an @import). */}
      {publications.some((p) => p.math) && <style>{`@import url("${href(routes.katex('katex.min.css'))}");`}</style>}
      {byYear ? (
        groupByYear(publications).map(({ year, publications: items }) => (
          <div key={year} className="mt-8 first:mt-2">
            <h3 className="flex items-center gap-4 font-serif text-xl font-semibold text-ink">
              {year}
              <span aria-hidden="true" className="h-px flex-1 bg-line" />
            </h3>
            <List aria-label={`${label} from ${year}`} className="divide-y divide-line">
              {entries(items)}
            </List>
          </div>
        ))
      ) : (
        <List aria-label={label} className="divide-y divide-line">
          {entries(publications)}
        </List>
      )}
      {!numbered && <JsonLd data={scholarlyArticles(publications, siteUrl)} />}
    </div>
  );
}
