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
      (!years?.length || years.includes(String(p.year))) &&
      (!types?.length || types.includes(p.type)) &&
      (!authors?.length || authors.some((a) => p.authors.some((person) => normalizeName(person.name).includes(a)))),
  );
}

/** Year groups, newest first, each keeping the order it was given. */
export function groupByYear(publications: Publication[]): { year: number; publications: Publication[] }[] {
  const groups = new Map<number, Publication[]>();
  for (const p of publications) groups.set(p.year, [...(groups.get(p.year) ?? []), p]);
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, publications: items }));
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
  const years = count(publications.map((p) => p.year));
  const kinds = count(publications.map((p) => p.kind));
  const pairs = new Set(publications.map((p) => `${p.year} ${p.kind}`));
  return {
    years: [...years].sort(([a], [b]) => b - a).map(([value, n]): FilterOption<number> => ({ value, label: String(value), count: n })),
    kinds: PUBLICATION_KINDS.filter((k) => kinds.has(k)).map((value): FilterOption<PublicationKind> => ({ value, label: KINDS[value].many, count: kinds.get(value)! })),
    isEmpty: (year: number, kind: PublicationKind) => !pairs.has(`${year} ${kind}`),
  };
}
