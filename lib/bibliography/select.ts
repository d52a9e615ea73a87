import { normalizeName } from './authors';
import { KINDS, PUBLICATION_KINDS, type PublicationKind } from './kinds';
import type { Publication } from './types';

/**
 * The filters of <Publications> (al-folio's `{% bibliography --query %}`),
 * written as MDX string attributes: `selected="true"`, `year="2024"`,
 * `type="inproceedings"`, `author="Melzi"`. Lists are comma-separated.
 */
export type PublicationFilter = { selected?: string; year?: string; type?: string; author?: string };

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

export function filterPublications(publications: Publication[], filter: PublicationFilter): Publication[] {
  const selected = filter.selected?.trim().toLowerCase();
  const years = list(filter.year);
  const types = list(filter.type);
  const authors = list(filter.author)?.map(normalizeName);
  return publications.filter(
    (p) =>
      (selected === undefined || selected === '' || p.selected === (selected === 'true')) &&
      (!years?.length || years.includes(yearKey(p))) &&
      (!types?.length || types.includes(p.type)) &&
      (!authors?.length || authors.some((a) => p.authors.some((person) => normalizeName(person.name).includes(a)))),
  );
}

/**
 * A year as a word of a page's ids and filters: `2024`, or for an entry
 * without a year its label as a slug (`in-press`, `undated`).
 */
export function yearKey(p: Pick<Publication, 'year' | 'yearLabel'>): string {
  return p.year !== undefined ? String(p.year) : p.yearLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'undated';
}

/** Years newest first, then the labels of entries without one in the order they come. */
function byYear<T extends { year?: number }>(a: T, b: T): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity);
}

/** Year groups, newest first (entries without a year last, under their label), each keeping the order it was given. */
export function groupByYear(publications: Publication[]): { key: string; label: string; year?: number; publications: Publication[] }[] {
  const groups = new Map<string, { key: string; label: string; year?: number; publications: Publication[] }>();
  for (const p of publications) {
    const key = yearKey(p);
    if (!groups.has(key)) groups.set(key, { key, label: p.yearLabel, year: p.year, publications: [] });
    groups.get(key)!.publications.push(p);
  }
  return [...groups.values()].sort(byYear);
}

/** Authors listed before "and N more authors" when neither the list nor site.yml says. */
export const DEFAULT_MAX_AUTHORS = 10;

/**
 * How many authors an entry lists: `<Publications maxAuthors="5">` first,
 * then site.yml's `max_author_limit` (al-folio's; blank lists them all),
 * then Folio's default.
 */
export function authorLimit(siteLimit: number | null | undefined, prop?: string): number {
  const own = Number(prop);
  if (prop !== undefined && Number.isInteger(own) && own > 0) return own;
  if (siteLimit === null) return Infinity;
  return siteLimit ?? DEFAULT_MAX_AUTHORS;
}

export type FilterOption<T> = { value: T; label: string; count: number };

/**
 * The publications page's filter: the years and the kinds a list has, newest
 * year first, kinds in the order of lib/bibliography/kinds.ts, each with its
 * count; and the year–kind pairs that list nothing. The kinds are the
 * entries' own (`p.kind`), the ones a `kind` badge shows.
 */
export function filterOptions(publications: Publication[]) {
  const count = <T>(values: T[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>());
  const kinds = count(publications.map((p) => p.kind));
  const pairs = new Set(publications.map((p) => `${yearKey(p)} ${p.kind}`));
  return {
    years: groupByYear(publications).map((g): FilterOption<string> => ({ value: g.key, label: g.label, count: g.publications.length })),
    kinds: PUBLICATION_KINDS.filter((k) => kinds.has(k)).map((value): FilterOption<PublicationKind> => ({ value, label: KINDS[value].many, count: kinds.get(value)! })),
    isEmpty: (year: string, kind: PublicationKind) => !pairs.has(`${year} ${kind}`),
  };
}
