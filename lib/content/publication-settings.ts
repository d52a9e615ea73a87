import { z } from 'zod';
import { AUTHOR_MARKS } from '../bibliography/authors';
import { BADGE_SOURCES, DEFAULT_BUTTONS, ENTRY_BUTTONS, type BadgeSource, type EntryButton } from '../bibliography/display';
import type { CitationService, CitationSwitches } from '../bibliography/types';
import type { IssueWording } from './validate';

/**
 * site.yml's settings for publication entries: what al-folio authors change
 * by editing `bib.liquid`, as settings. al-folio's own `_config.yml` keys
 * where it has one (`max_author_limit`, `more_authors_animation_delay`,
 * `enable_publication_thumbnails`, `enable_publication_badges`, `scholar`),
 * Folio's under `publications:` (the buttons and their order, what the badge
 * shows, what the author marks mean). Spread into the site schema
 * (lib/content/schemas.ts).
 */

/** Names al-folio's bib.liquid shows on these buttons, accepted for them. */
const BUTTON_ALIASES: Record<string, EntryButton> = { abs: 'abstract', bib: 'bibtex', supplement: 'supp' };

const issue = (message: string, fix: string, namesKey = false) => ({ code: 'custom' as const, message, params: { fix, namesKey } satisfies IssueWording });
const show = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** `true` or `false`; left out or blank, `fallback`. */
const switchField = (fallback: boolean) =>
  z.unknown().optional().transform((value, ctx) => {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    ctx.addIssue(issue(`\`${show(value)}\` is not true or false`, 'write `true` or `false`'));
    return z.NEVER;
  });

/** al-folio's `max_author_limit`: a number of authors; blank lists them all (null); left out, Folio's default. */
const authorLimitField = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return value as undefined | null;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  ctx.addIssue(issue(`\`${show(value)}\` is not a number of authors`, 'write a whole number from 1 (al-folio\'s sites use 3 to 10), or leave it blank to list every author'));
  return z.NEVER;
});

/** al-folio's `more_authors_animation_delay`: milliseconds per character; left out, 0 (at once). */
const delayField = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && value >= 0 && value <= 1000) return value;
  ctx.addIssue(issue(`\`${show(value)}\` is not a number of milliseconds`, 'write a number from 0 to 1000, e.g. 10 (al-folio\'s); 0 shows the names at once'));
  return z.NEVER;
});

/** `[abs, pdf, code, bib]` (or `abs, pdf, code, bib`): the buttons an entry shows, in this order; one left out does not show. */
const buttonsField = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined) return [...DEFAULT_BUTTONS];
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : null;
  if (!names) {
    ctx.addIssue(issue(`\`${show(value)}\` is not a list of buttons`, `write the buttons in their order, e.g. [abstract, pdf, code, bibtex], from: ${ENTRY_BUTTONS.join(', ')}`));
    return z.NEVER;
  }
  const buttons: EntryButton[] = [];
  names.forEach((name, i) => {
    const word = typeof name === 'string' ? name.trim().toLowerCase() : '';
    const button = BUTTON_ALIASES[word] ?? (ENTRY_BUTTONS.includes(word as EntryButton) ? (word as EntryButton) : undefined);
    if (!button) {
      const at = Array.isArray(value) ? { path: [i] } : {};
      ctx.addIssue({ ...issue(`\`${show(name)}\` in \`publications.buttons\` is not a button`, `use some of: ${ENTRY_BUTTONS.join(', ')} (al-folio's \`abs\` and \`bib\` work too)`, true), ...at });
    } else if (!buttons.includes(button)) buttons.push(button);
  });
  return buttons;
});

/** `abbr`, `kind`, `[abbr, kind]` (the abbr, else the kind), or `none`. */
const badgeField = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined) return ['abbr'] as BadgeSource[];
  const words = value === null || value === 'none' ? [] : (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v.trim() : show(v)));
  const bad = words.find((w) => !BADGE_SOURCES.includes(w as BadgeSource));
  if (bad !== undefined) {
    ctx.addIssue(issue(`\`${bad}\` is not something a badge shows`, 'write `abbr` (the entry\'s abbr, as al-folio), `kind` (Journal, Conference, Preprint, ...), `[abbr, kind]` (the abbr, else the kind) or `none`'));
    return z.NEVER;
  }
  return words as BadgeSource[];
});

/** `"*": Equal contribution`: what a mark after an author's name means. */
const annotationsField = z.unknown().optional().transform((value, ctx) => {
  const meanings: Record<string, string> = {};
  if (value === undefined || value === null) return meanings;
  if (typeof value !== 'object' || Array.isArray(value)) {
    ctx.addIssue(issue(`\`${show(value)}\` is not a list of marks and their meanings`, 'write each mark and its meaning on a line: `"*": Equal contribution`'));
    return z.NEVER;
  }
  for (const [mark, meaning] of Object.entries(value)) {
    if (!AUTHOR_MARKS.includes(mark)) {
      ctx.addIssue({ ...issue(`\`${mark}\` in \`publications.annotations\` is not an author mark`, `use one of ${AUTHOR_MARKS.join(' ')}, quoted: "*": Equal contribution`, true), path: [mark] });
    } else if (typeof meaning !== 'string' || !meaning.trim()) {
      ctx.addIssue({ ...issue(`\`${show(meaning)}\` is not a meaning`, 'write what the mark means, e.g. "*": Equal contribution'), path: [mark] });
    } else meanings[mark] = meaning.trim();
  }
  return meanings;
});

const CITATION_SERVICES = ['altmetric', 'dimensions', 'google_scholar', 'inspirehep'] as const satisfies readonly CitationService[];
const allSwitches = (on: boolean) => Object.fromEntries(CITATION_SERVICES.map((s) => [s, on])) as CitationSwitches;

/**
 * al-folio's `enable_publication_badges`: `{altmetric: true, dimensions: false, ...}`
 * (a service left out is off, as in al-folio), or `true`/`false` for all.
 * Not set: all on, as al-folio's own _config.yml ships them.
 */
const citationSwitchesField = z.unknown().optional().transform((value, ctx): CitationSwitches => {
  if (value === undefined || value === true) return allSwitches(true);
  if (value === null || value === false) return allSwitches(false);
  if (typeof value !== 'object' || Array.isArray(value)) {
    ctx.addIssue(issue(`\`${show(value)}\` is not true, false or a list of services`, `write \`true\`, \`false\`, or each of ${CITATION_SERVICES.join(', ')} with true or false`));
    return z.NEVER;
  }
  const switches = allSwitches(false);
  for (const [service, on] of Object.entries(value)) {
    if (!(CITATION_SERVICES as readonly string[]).includes(service)) continue;
    if (on === null || typeof on === 'boolean') switches[service as CitationService] = on === true;
    else ctx.addIssue({ ...issue(`\`${show(on)}\` is not true or false`, 'write `true` or `false`'), path: [service] });
  }
  return switches;
});

/** A name, or the list of forms a bibliography writes it in (`[Albert, A.]`). */
const nameListField = z.unknown().optional().transform((value, ctx) => {
  if (value === undefined || value === null) return undefined;
  const names = Array.isArray(value) ? value : [value];
  if (names.some((name) => typeof name !== 'string' && typeof name !== 'number')) {
    ctx.addIssue(issue(`\`${show(value)}\` is not a name or a list of names`, 'write the forms your name takes in the bibliography: [Lovelace] for last_name, [Ada, A.] for first_name'));
    return z.NEVER;
  }
  return names.map((name) => String(name).trim()).filter(Boolean);
});

export const publicationSiteFields = {
  /** Authors shown before "and N more authors" in publication lists; blank shows them all. */
  max_author_limit: authorLimitField,
  /** al-folio's speed of revealing the authors past the limit: milliseconds per character (0: at once). */
  more_authors_animation_delay: delayField,
  /** `false` shows no preview image (al-folio's `preview` field) in any entry. */
  enable_publication_thumbnails: switchField(true),
  /** Which citation links entries show (al-folio's `altmetric`, `dimensions`, `google_scholar_id`, `inspirehep_id` fields). */
  enable_publication_badges: citationSwitchesField,
  /** al-folio's jekyll-scholar block: its `last_name` and `first_name` lists mark the site's author in author lists. */
  scholar: z.looseObject({ last_name: nameListField, first_name: nameListField }).nullish(),
  /** Folio's entry settings: the buttons and their order, what the badge shows, what author marks mean. */
  publications: z
    .looseObject({
      buttons: buttonsField,
      badge: badgeField,
      annotations: annotationsField,
    })
    .nullish()
    .transform((v) => v ?? { buttons: [...DEFAULT_BUTTONS], badge: ['abbr'] as BadgeSource[], annotations: {} as Record<string, string> }),
};

export type PublicationSiteSettings = z.output<z.ZodObject<typeof publicationSiteFields>>;
