import fs from 'node:fs';
import { z } from 'zod';
import { normalizeName } from '../bibliography/authors';
import type { Publication } from '../bibliography/types';
import type { IssueLog } from '../issues';
import { addressField as gatedAddress } from './fields';
import { LIMITS, readContentText } from './limits';
import { validate } from './validate';
import { parseYaml } from './yaml';

/**
 * The two files al-folio keeps beside its bibliography, read as al-folio
 * writes them: `content/venues.yml` (al-folio's `_data/venues.yml`: a badge's
 * `abbr` → the venue's `url` and `color`) and `content/coauthors.yml`
 * (`_data/coauthors.yml`: a last name in lower case → the people of that
 * name, each with the `firstname` forms the bibliography uses and a `url`).
 */

/** A venue's or a coauthor's page: an address, or a path of the site. */
const addressField = gatedAddress(['web', 'site']);

export const venuesSchema = z.record(
  z.string(),
  z.looseObject({ url: addressField.nullish(), color: z.union([z.string(), z.number()]).nullish() }).nullable(),
);

const firstNames = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((name) => String(name)));

export const coauthorsSchema = z.record(z.string(), z.array(z.looseObject({ firstname: firstNames.nullish(), url: addressField })));

export type Venue = { url?: string; color?: string };
export type Coauthor = { firstNames: string[]; url: string };
export type PublicationData = { venues: Map<string, Venue>; coauthors: Map<string, Coauthor[]> };

const HEX_COLOR = /^#(?:[\da-f]{3}|[\da-f]{6})$/i;

function readYamlFile(file: string, log: IssueLog) {
  if (!fs.existsSync(file)) return null;
  const text = readContentText(file, log, LIMITS.dataBytes);
  if (text === null) return null;
  // An empty file, or one of comments only, lists nothing.
  if (!/^\s*[^#\s]/m.test(text)) return null;
  return parseYaml(text, file, log);
}

export function readVenues(file: string, log: IssueLog): Map<string, Venue> {
  const venues = new Map<string, Venue>();
  const yaml = readYamlFile(file, log);
  if (!yaml) return venues;
  const data = validate(venuesSchema, yaml.data, { ...yaml, path: file }, log);
  for (const [abbr, venue] of Object.entries(data ?? {})) {
    let color = venue?.color === null || venue?.color === undefined ? undefined : String(venue.color).trim();
    if (color && !HEX_COLOR.test(color)) {
      log.warn(file, yaml.lineOf([abbr, 'color']), `\`${abbr}.color\`: \`${color}\` is not a #rrggbb colour; the badge keeps the site's colour`, 'write the colour as a hex code, e.g. "#00369f" (quoted: YAML reads # as a comment)');
      color = undefined;
    }
    venues.set(abbr, { url: venue?.url ?? undefined, color });
  }
  return venues;
}

export function readCoauthors(file: string, log: IssueLog): Map<string, Coauthor[]> {
  const coauthors = new Map<string, Coauthor[]>();
  const yaml = readYamlFile(file, log);
  if (!yaml) return coauthors;
  const data = validate(coauthorsSchema, yaml.data, { ...yaml, path: file }, log);
  for (const [lastName, people] of Object.entries(data ?? {})) {
    coauthors.set(normalizeName(lastName), people.map((person) => ({ firstNames: (person.firstname ?? []).map(normalizeName), url: person.url })));
  }
  return coauthors;
}

/** The text colour a badge of this colour reads best in: white, or the theme's ink. */
export function badgeInk(color: string): string {
  const hex = color.length === 4 ? [...color.slice(1)].map((c) => c + c).join('') : color.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.0) against contrast with #1c1d21 (0.0122).
  return (1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0622 ? '#ffffff' : '#1c1d21');
}

/**
 * Each publication's badge with its venue's link and colour, and each
 * author's link from the coauthors file, as al-folio's bib.liquid finds them:
 * the author's last name (accents and case aside) and one of its first names.
 */
export function linkPublications(publications: Publication[], { venues, coauthors }: PublicationData): Publication[] {
  return publications.map((p) => {
    const venue = p.abbr === undefined ? undefined : venues.get(p.abbr);
    return {
      ...p,
      badge: p.abbr === undefined ? undefined : { label: p.abbr, href: venue?.url, color: venue?.color, ink: venue?.color && badgeInk(venue.color) },
      authors: p.authors.map((person) => {
        const candidates = coauthors.get(normalizeName(person.last.replace(/[*†‡^&¶]/g, ''))) ?? [];
        const first = normalizeName(person.first ?? '');
        const match = candidates.find((c) => c.firstNames.length === 0 || c.firstNames.includes(first));
        return match ? { ...person, url: match.url } : person;
      }),
    };
  });
}
