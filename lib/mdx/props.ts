/**
 * What an attribute of an MDX component accepts: the rules the vocabulary
 * (vocabulary.ts) gives each prop. In content every attribute is a string
 * (`selected="true"`): scripts are blocked.
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

export const text: PropRule = { allowed: 'any text', test: () => true };

export function oneOf<const T extends string>(values: readonly T[]): PropRule<T> {
  return { allowed: `one of: ${values.join(', ')}`, test: (v) => (values as readonly string[]).includes(v), values };
}

export function listOf<const T extends string>(values: readonly T[]): PropRule<string> {
  return {
    allowed: `one or more of (comma-separated): ${values.join(', ')}`,
    test: (v) => v.split(',').every((item) => (values as readonly string[]).includes(item.trim().toLowerCase())),
  };
}

export const positiveInteger: PropRule = { allowed: 'a whole number above 0, e.g. "5"', test: (v) => /^\s*[1-9]\d*\s*$/.test(v) };

/** What client/youtube.ts builds the player's address from, and nothing else. */
export const youtubeId: PropRule = { allowed: 'a YouTube video id, the part after `v=` in its address (e.g. "dQw4w9WgXcQ")', test: (v) => VIDEO_ID.test(v) };

export const years: PropRule = { allowed: 'a year or a comma-separated list of years, e.g. "2024" or "2023, 2024"', test: (v) => /^\s*\d{4}(\s*,\s*\d{4})*\s*$/.test(v) };

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

/** `true` or `false`; written bare (`<Figure zoomable />`), it means `true`. */
export const flag = { ...oneOf(['true', 'false']), flag: true } as const;

/** `true` or `false`, written out (space around it aside). */
export const trueOrFalse: PropRule<'true' | 'false'> = { allowed: 'true or false', test: (v) => /^(true|false)$/.test(v.trim()), values: ['true', 'false'] };

/** A comma-separated list of categories, `"work, fun"`: each once, blanks dropped. */
export function categoryList(value: string): string[] {
  return [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))];
}

/** One category or more, comma-separated. */
export const categories: PropRule = { allowed: 'a comma-separated list of categories, e.g. "work, fun"', test: (v) => categoryList(v).length > 0 };

type PropOf<Rule> = Rule extends PropRule<infer T> ? (Rule extends { flag: true } ? T | true : T) : never;

/** The props a set of rules gives a component from content: strings, a union where the values are closed, `true` for a bare flag. */
export type PropsFrom<Rules extends Record<string, PropRule>> = { [K in keyof Rules]?: PropOf<Rules[K]> };
