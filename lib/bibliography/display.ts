import type { PublicationSiteSettings } from '../content/publication-settings';
import { textHtml } from '../sanitize/sanitize';
import { KINDS } from './kinds';
import { moreSpecific, sameAddress } from './links';
import { authorLimit } from './select';
import { LINK_FIELDS, type LinkKind, type Publication, type PublicationLink, type RichText } from './types';

/**
 * How an entry is drawn, from site.yml's settings (lib/content/publication-settings.ts):
 * its buttons in their order, whether it shows its preview, how many authors
 * before "and N more", the line that says where it appeared. Components draw
 * what these return. (Which citation links an entry has is decided as the
 * bibliography is read: lib/bibliography/links.ts.)
 */

/** An entry's buttons, as `publications.buttons` names them: the panels and al-folio's link fields. */
export const ENTRY_BUTTONS = ['abstract', 'bibtex', 'award', ...LINK_FIELDS] as const;
export type EntryButton = (typeof ENTRY_BUTTONS)[number];

/** Folio's order when site.yml does not say: the addresses, then the panels that open under the row. */
export const DEFAULT_BUTTONS: readonly EntryButton[] = [...LINK_FIELDS, 'abstract', 'bibtex', 'award'];

/** What a badge may show: the entry's `abbr` as written, or its kind ("Journal", "Preprint"). */
export const BADGE_SOURCES = ['abbr', 'kind'] as const;
export type BadgeSource = (typeof BADGE_SOURCES)[number];

/** The settings one entry is drawn with: site.yml's, and a list's own `maxAuthors`. */
export type EntrySettings = {
  buttons: readonly EntryButton[];
  thumbnails: boolean;
  maxAuthors: number;
  /** Milliseconds per character of the names "and N more authors" reveals (al-folio's `more_authors_animation_delay`). */
  revealDelay: number;
};

type SiteSettings = Pick<PublicationSiteSettings, 'max_author_limit' | 'more_authors_animation_delay' | 'enable_publication_thumbnails' | 'publications'>;

/** site.yml's settings for a list's entries; `maxAuthors` is `<Publications maxAuthors="...">`, which wins. */
export function entrySettings(site: SiteSettings, maxAuthors?: string): EntrySettings {
  return {
    buttons: site.publications.buttons,
    thumbnails: site.enable_publication_thumbnails,
    maxAuthors: authorLimit(site.max_author_limit, maxAuthors),
    revealDelay: site.more_authors_animation_delay,
  };
}

export type EntryButtonItem = { type: 'link'; link: PublicationLink } | { type: 'abstract' | 'bibtex' | 'award' };

const isLink = (button: EntryButton): button is LinkKind => (LINK_FIELDS as readonly string[]).includes(button);

/**
 * The buttons an entry shows, in site.yml's order: those it has of the ones
 * listed. One per address: a second field with the same address (al-folio
 * sites often give `html` and `arxiv` the arXiv page) adds no button, and the
 * first takes the more specific name of the two.
 */
export function entryButtons(p: Publication, buttons: readonly EntryButton[]): EntryButtonItem[] {
  const items: EntryButtonItem[] = [];
  for (const button of buttons) {
    if (!isLink(button)) {
      const has = button === 'abstract' ? !!p.abstract : button === 'bibtex' ? p.bibtexShow : !!p.award;
      if (has) items.push({ type: button });
      continue;
    }
    const link = p.links.find((l) => l.kind === button);
    if (!link) continue;
    const same = items.findIndex((item) => item.type === 'link' && sameAddress(item.link.href, link.href));
    if (same < 0) items.push({ type: 'link', link });
    else if (moreSpecific(link.kind, (items[same] as { link: PublicationLink }).link.kind)) items[same] = { type: 'link', link };
  }
  return items;
}

/**
 * What the line under the authors says before the year: where it appeared;
 * else its `note`; else what kind of work it is ("Preprint, 2021"), never a
 * bare year. `note` is a line of its own when the venue is there.
 */
export function entryPlace(p: Publication): { place: RichText; note?: RichText } {
  if (p.venue) return { place: p.venue, note: p.note };
  if (p.note) return { place: p.note };
  const kind = KINDS[p.kind].one;
  return { place: { html: textHtml(kind), text: kind } };
}
