import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isSiteAuthor, normalizeName, type SiteAuthor } from '../bibliography/authors';
import type { BadgeSource } from '../bibliography/display';
import { KINDS, kindOf, PUBLICATION_KINDS, type PublicationKind } from '../bibliography/kinds';
import { parseBibliography, type BibliographyOptions } from '../bibliography/parse';
import type { Publication } from '../bibliography/types';
import type { IssueLog } from '../issues';
import { joinHtml, textHtml } from '../sanitize/sanitize';
import type { Site } from './types';
import { addressField as gatedAddress } from './fields';
import { LIMITS, readContentText } from './limits';
import { validate } from './validate';
import { parseYaml } from './yaml';

/**
 * The two files al-folio keeps beside its bibliography, read as al-folio
 * writes them: `content/venues.yml` (al-folio's `_data/venues.yml`: a badge's
 * `abbr` → the venue's `url` and `color`, and Folio's `kind`) and `content/coauthors.yml`
 * (`_data/coauthors.yml`: a last name in lower case → the people of that
 * name, each with the `firstname` forms the bibliography uses and a `url`).
 */

/** A venue's or a coauthor's page: an address, or a path of the site. */
const addressField = gatedAddress(['web', 'site']);

/** What kind of work a venue publishes (`conference`, `journal`, ...): lib/bibliography/kinds.ts. */
const kindField = z.string().transform((value, ctx): PublicationKind => {
  const kind = value.trim().toLowerCase();
  if ((PUBLICATION_KINDS as string[]).includes(kind)) return kind as PublicationKind;
  ctx.addIssue({ code: 'custom', message: `\`${value}\` is not a kind of publication`, params: { fix: `use one of: ${PUBLICATION_KINDS.join(', ')}` } });
  return z.NEVER;
});

export const venuesSchema = z.record(
  z.string(),
  z.looseObject({ url: addressField.nullish(), color: z.union([z.string(), z.number()]).nullish(), kind: kindField.nullish() }).nullable(),
);

const firstNames = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .transform((value) => (Array.isArray(value) ? value : [value]).map((name) => String(name)));

export const coauthorsSchema = z.record(z.string(), z.array(z.looseObject({ firstname: firstNames.nullish(), url: addressField })));

export type Venue = { url?: string; color?: string; kind?: PublicationKind };
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
    venues.set(abbr, { url: venue?.url ?? undefined, color, kind: venue?.kind ?? undefined });
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

/** What shaping the entries needs of site.yml: who the author is, what the badge shows, what the marks mean. */
export type EntryShaping = { author: SiteAuthor; badge: readonly BadgeSource[]; annotations: Record<string, string> };

/** site.yml's part in shaping the entries; a site.yml that did not validate leaves Folio's defaults (the check reports it). */
export function entryShaping(site: Site | null): EntryShaping {
  return {
    author: { name: site?.name ?? '', lastNames: site?.scholar?.last_name, firstNames: site?.scholar?.first_name },
    badge: site?.publications.badge ?? ['abbr'],
    annotations: site?.publications.annotations ?? {},
  };
}

/** What reading a .bib takes from site.yml: the Scholar profile and the citation services on (a post's own .bib reads alike). */
export function bibliographyOptions(publicDir: string, site: Site | null): BibliographyOptions {
  return { publicDir, scholarUserId: site?.socials.scholar_userid?.trim() || undefined, citations: site?.enable_publication_badges };
}

/**
 * content/publications.bib and the two files beside it, as the site shows
 * them: each entry's kind, badge, linked coauthors, the site's author marked
 * and what its author marks mean.
 */
export function readPublications(contentDir: string, publicDir: string, site: Site | null, log: IssueLog): Publication[] {
  const file = path.join(contentDir, 'publications.bib');
  const text = fs.existsSync(file) ? readContentText(file, log, LIMITS.dataBytes) : null;
  const publications = text === null ? [] : parseBibliography(text, file, log, bibliographyOptions(publicDir, site));
  const data = { venues: readVenues(path.join(contentDir, 'venues.yml'), log), coauthors: readCoauthors(path.join(contentDir, 'coauthors.yml'), log) };
  return linkPublications(publications, data, entryShaping(site), (p, message, fix) => log.warn(file, p.line, `entry \`${p.key}\`: ${message}`, fix));
}

type Warn = (p: Publication, message: string, fix: string) => void;

/**
 * Each publication's kind and badge (site.yml's `publications.badge`: the
 * `abbr`, or the kind), with its venue's link and colour; each author's link
 * from the coauthors file, as al-folio's bib.liquid finds them (the author's
 * last name, accents and case aside, and one of its first names); the site's
 * author marked; and what the marks on its authors mean, from the entry's
 * `annotation` or site.yml's `publications.annotations`.
 */
export function linkPublications(publications: Publication[], { venues, coauthors }: PublicationData, shaping: EntryShaping, warn: Warn = () => {}): Publication[] {
  return publications.map((p) => {
    const kind = kindOf(p, p.abbr === undefined ? undefined : venues.get(p.abbr)?.kind);
    return {
      ...p,
      kind,
      badge: badgeOf(p.abbr, kind, shaping.badge, venues),
      authors: p.authors.map((person) => {
        const candidates = coauthors.get(normalizeName(person.last)) ?? [];
        const first = normalizeName(person.first ?? '');
        const match = candidates.find((c) => c.firstNames.length === 0 || c.firstNames.includes(first));
        const self = isSiteAuthor(person, shaping.author);
        return { ...person, ...(match && !self && { url: match.url }), ...(self && { self }) };
      }),
      annotation: p.annotation ?? legendOf(p, shaping.annotations, warn),
    };
  });
}

/** The badge's text: the first of `sources` the entry has; its colour and link from venues.yml, under that text. */
function badgeOf(abbr: string | undefined, kind: PublicationKind, sources: readonly BadgeSource[], venues: Map<string, Venue>): Publication['badge'] {
  const label = sources.map((source) => (source === 'abbr' ? abbr : KINDS[kind].badge)).find((text) => text !== undefined);
  if (label === undefined) return undefined;
  const venue = venues.get(label);
  return { label, href: venue?.url, color: venue?.color, ink: venue?.color && badgeInk(venue.color) };
}

/** "* Equal contribution; † Corresponding author": the meanings of the marks the entry's authors carry. A mark nothing explains is a warning. */
function legendOf(p: Publication, meanings: Record<string, string>, warn: Warn): Publication['annotation'] {
  const marks = [...new Set(p.authors.flatMap((person) => [...(person.marks ?? '')]))];
  if (marks.length === 0) return undefined;
  const unexplained = marks.filter((mark) => !meanings[mark]);
  if (unexplained.length > 0) {
    warn(
      p,
      `the author mark${unexplained.length > 1 ? 's' : ''} ${unexplained.map((m) => `\`${m}\``).join(', ')} ${unexplained.length > 1 ? 'are' : 'is'} not explained`,
      'say what it means in the entry, `annotation = {* Equal contribution}`, or for every entry in content/site.yml under `publications.annotations`',
    );
  }
  const explained = marks.filter((mark) => meanings[mark]);
  if (explained.length === 0) return undefined;
  return joinHtml(explained.map((mark) => textHtml(`${mark} ${meanings[mark]!}`)), '; ');
}
