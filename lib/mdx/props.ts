/**
 * The attributes of the MDX components, declared once: each component types
 * its props from here, and the content check (lib/mdx-plugins/component-props.ts)
 * stops on a value outside the allowed ones, with its line. In content every
 * attribute is a string (`selected="true"`): scripts are blocked.
 */
import { VIDEO_ID } from '../../client/youtube';

/** What an attribute accepts; `allowed` says it to the author. */
export type PropRule<T extends string = string> = {
  allowed: string;
  test: (value: string) => boolean;
  /** Written bare (`<Figure zoomable />`), it means `true`. */
  flag?: boolean;
  /** The closed set of values, when there is one. */
  values?: readonly T[];
};

const text: PropRule = { allowed: 'any text', test: () => true };

function oneOf<const T extends string>(values: readonly T[]): PropRule<T> {
  return { allowed: `one of: ${values.join(', ')}`, test: (v) => (values as readonly string[]).includes(v), values };
}

function listOf<const T extends string>(values: readonly T[]): PropRule<string> {
  return {
    allowed: `one or more of (comma-separated): ${values.join(', ')}`,
    test: (v) => v.split(',').every((item) => (values as readonly string[]).includes(item.trim().toLowerCase())),
  };
}

const positiveInteger: PropRule = { allowed: 'a whole number above 0, e.g. "5"', test: (v) => /^\s*[1-9]\d*\s*$/.test(v) };

/** What client/youtube.ts builds the player's address from, and nothing else. */
const youtubeId: PropRule = { allowed: 'a YouTube video id, the part after `v=` in its address (e.g. "dQw4w9WgXcQ")', test: (v) => VIDEO_ID.test(v) };

const years: PropRule = { allowed: 'a year or a comma-separated list of years, e.g. "2024" or "2023, 2024"', test: (v) => /^\s*\d{4}(\s*,\s*\d{4})*\s*$/.test(v) };

/** BibTeX's entry types and biblatex's, as `type="..."` matches them (lowercase). */
export const ENTRY_TYPES = [
  'article',
  'book',
  'booklet',
  'collection',
  'conference',
  'dataset',
  'electronic',
  'inbook',
  'incollection',
  'inproceedings',
  'manual',
  'mastersthesis',
  'misc',
  'online',
  'patent',
  'periodical',
  'phdthesis',
  'proceedings',
  'report',
  'software',
  'techreport',
  'thesis',
  'unpublished',
] as const;

export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'danger'] as const;

const flag = { ...oneOf(['true', 'false']), flag: true } as const;

/** Every attribute of every MDX component; one not listed here does nothing (the check warns). */
export const COMPONENT_PROPS = {
  Figure: { src: text, alt: text, caption: text, width: positiveInteger, height: positiveInteger, zoomable: flag },
  Figures: { caption: text },
  Callout: { type: oneOf(CALLOUT_TYPES), title: text },
  Video: { src: text, youtube: youtubeId, title: text, caption: text, poster: text },
  YouTube: { id: youtubeId, title: text, caption: text },
  Publications: { selected: flag, year: years, type: listOf(ENTRY_TYPES), author: text, maxAuthors: positiveInteger },
  // `number` is set by the pipeline (lib/bibliography/remark-cite.ts), not written.
  Cite: { id: text },
} satisfies Record<string, Record<string, PropRule>>;

type PropOf<Rule> = Rule extends PropRule<infer T> ? (Rule extends { flag: true } ? T | true : T) : never;

/** The props a component gets from content: strings, a union where the values are closed, `true` for a bare flag. */
export type PropsOf<Name extends keyof typeof COMPONENT_PROPS> = {
  [K in keyof (typeof COMPONENT_PROPS)[Name]]?: PropOf<(typeof COMPONENT_PROPS)[Name][K]>;
};
