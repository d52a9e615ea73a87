import type { Creator } from '@retorquere/bibtex-parser';
import { htmlToText } from '../text';
import type { Person } from './types';

/**
 * al-folio's coauthor marks (bib.liquid raises these): `*` or `∗` equal
 * contribution, `†` `‡` `§` `¶` `‖` corresponding or other roles, and `✉`,
 * `#`, `&`, `^` as some sites write them.
 */
export const AUTHOR_MARKS = ['*', '∗', '†', '‡', '§', '¶', '‖', '✉', '#', '&', '^'];
const MARKS = /\s*([*∗†‡§¶‖✉#&^]+)$/u;

/** A name part without its trailing marks, and the marks. */
function unmark(text: string): { text: string; marks: string } {
  const found = MARKS.exec(text);
  return found ? { text: text.slice(0, found.index), marks: found[1]! } : { text, marks: '' };
}

/** The parser's name parts to a display name; `others` ends the list with "et al.". */
export function people(creators: Creator[] | undefined): { people: Person[]; etAl: boolean } {
  const list: Person[] = [];
  let etAl = false;
  for (const c of creators ?? []) {
    const { text: last, marks: lastMarks } = unmark(plain(c.lastName ?? c.name));
    if (!c.firstName && last.toLowerCase() === 'others') {
      etAl = true;
      continue;
    }
    if (c.name !== undefined && c.lastName === undefined) {
      list.push({ name: last, last, ...(lastMarks && { marks: lastMarks }) });
      continue;
    }
    // `Lorenzo* Olearo` marks the first name: the mark still goes after the whole name.
    const { text: firstText, marks: firstMarks } = unmark(plain(c.firstName));
    const first = firstText || undefined;
    const suffix = unmark(plain(c.suffix));
    const marks = firstMarks + lastMarks + suffix.marks;
    const name = [first, plain(c.prefix), last].filter(Boolean).join(' ') + (suffix.text ? `, ${suffix.text}` : '');
    list.push({ name, first, last: [plain(c.prefix), last].filter(Boolean).join(' '), ...(marks && { marks: [...new Set(marks)].join('') }) });
  }
  return { people: list, etAl };
}

function plain(text: string | undefined): string {
  return text ? htmlToText(text) : '';
}

/** Lowercase, accents and punctuation dropped: "Peñaloza" and "Penaloza" match. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Who the site's author is in author lists: al-folio's `scholar.last_name`
 * and `scholar.first_name` (every form the bibliography uses: `[Albert, A.]`)
 * when site.yml gives them, else its `name`.
 */
export type SiteAuthor = { name: string; lastNames?: string[]; firstNames?: string[] };

/**
 * Whether a listed author is the site's author. With `scholar` names, as
 * al-folio's bib.liquid decides: the last name is one of `last_name` and the
 * first name one of `first_name` (case, accents and dots aside). Else by
 * `name` (e.g. "Lorenzo Olearo"): the same last name, and a first name or
 * initial that fits.
 */
export function isSiteAuthor(person: Person, author: SiteAuthor): boolean {
  if (author.lastNames?.length) {
    const last = normalizeName(person.last);
    if (!author.lastNames.some((name) => normalizeName(name) === last)) return false;
    if (!author.firstNames?.length) return true;
    const first = normalizeName(person.first ?? '');
    return author.firstNames.some((name) => normalizeName(name) === first);
  }
  const site = normalizeName(author.name).split(' ');
  const last = normalizeName(person.last);
  if (site.length < 2 || !last) return normalizeName(person.name) === site.join(' ');
  const siteFirst = site[0]!;
  const lastMatches = site.slice(1).join(' ') === last || site.at(-1) === last;
  if (!lastMatches) return false;
  const first = normalizeName(person.first ?? '');
  if (!first) return true;
  return first === siteFirst || (first.length === 1 && siteFirst.startsWith(first)) || first.split(' ')[0] === siteFirst;
}
