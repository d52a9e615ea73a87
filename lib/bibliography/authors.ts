import type { Creator } from '@retorquere/bibtex-parser';
import { htmlToText } from '../text';
import type { Person } from './types';

/** The parser's name parts to a display name; `others` ends the list with "et al.". */
export function people(creators: Creator[] | undefined): { people: Person[]; etAl: boolean } {
  const list: Person[] = [];
  let etAl = false;
  for (const c of creators ?? []) {
    const last = plain(c.lastName ?? c.name);
    if (!c.firstName && last.toLowerCase() === 'others') {
      etAl = true;
      continue;
    }
    if (c.name !== undefined && c.lastName === undefined) {
      list.push({ name: plain(c.name), last: plain(c.name) });
      continue;
    }
    const first = plain(c.firstName) || undefined;
    const name = [first, plain(c.prefix), last].filter(Boolean).join(' ') + (c.suffix ? `, ${plain(c.suffix)}` : '');
    list.push({ name, first, last: [plain(c.prefix), last].filter(Boolean).join(' ') });
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
 * Whether a listed author is the site's author (`name` in site.yml, e.g.
 * "Lorenzo Olearo"): the same last name, and a first name or initial that fits.
 */
export function isSiteAuthor(person: Person, siteName: string): boolean {
  const site = normalizeName(siteName).split(' ');
  const last = normalizeName(person.last);
  if (site.length < 2 || !last) return normalizeName(person.name) === site.join(' ');
  const siteFirst = site[0]!;
  const lastMatches = site.slice(1).join(' ') === last || site.at(-1) === last;
  if (!lastMatches) return false;
  const first = normalizeName(person.first ?? '');
  if (!first) return true;
  return first === siteFirst || (first.length === 1 && siteFirst.startsWith(first)) || first.split(' ')[0] === siteFirst;
}
