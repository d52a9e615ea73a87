import { CALLOUT_TYPES, categories, ENTRY_TYPES, flag, listOf, oneOf, positiveInteger, text, trueOrFalse, years, youtubeId, type PropRule, type PropsFrom } from './props';

/**
 * The MDX vocabulary: every component an `.mdx` file may use, one entry
 * each, part of the content format. Everything that meets a component reads
 * it here: the compile stops on an unknown name (remark-unknown-components.ts)
 * and on a prop outside its rule (remark-component-props.ts), and checks the
 * files its props name (remark-local-files.ts); the content layer finds the
 * images a body shows by them (lib/content/derive.ts); components/mdx/
 * maps each name to its React component, whose props are typed from here.
 */
export type VocabularyEntry = {
  /** Every attribute content may write, and what it accepts; one not listed does nothing (the check warns). */
  props: Record<string, PropRule>;
  /** The props that name a file of public/: an image the site re-encodes, or a file served as it is. */
  files?: Record<string, 'image' | 'file'>;
  /**
   * Who checks the props: the compile, unless the values need the whole
   * site: `<Projects categories>` names categories of the site's projects,
   * so the site check (lib/check/projects.ts) reads them, with the page's
   * `display_categories`.
   */
  checkedBy?: 'site';
};

export const VOCABULARY = {
  Figure: { props: { src: text, alt: text, caption: text, width: positiveInteger, height: positiveInteger, zoomable: flag }, files: { src: 'image' } },
  Figures: { props: { caption: text } },
  Callout: { props: { type: oneOf(CALLOUT_TYPES), title: text } },
  Video: { props: { src: text, youtube: youtubeId, title: text, caption: text, poster: text }, files: { src: 'file' } },
  YouTube: { props: { id: youtubeId, title: text, caption: text } },
  // `level` is set by the pipeline (plugins/remark-list-heading-level.ts), not written.
  Publications: { props: { selected: flag, year: years, type: listOf(ENTRY_TYPES), author: text, maxAuthors: positiveInteger } },
  // `number` is set by the pipeline (lib/bibliography/remark-cite.ts), not written.
  Cite: { props: { id: text } },
  Projects: { props: { categories, horizontal: trueOrFalse }, checkedBy: 'site' },
} as const satisfies Record<string, VocabularyEntry>;

export type ComponentName = keyof typeof VOCABULARY;

/** The names, in the table's order (the order messages list them in). */
export const COMPONENT_NAMES = Object.keys(VOCABULARY) as ComponentName[];

/** The entry of a name written in a body, if it is one of the vocabulary. */
export function vocabularyEntry(name: string): VocabularyEntry | undefined {
  return Object.hasOwn(VOCABULARY, name) ? VOCABULARY[name as ComponentName] : undefined;
}

/** HTML's own element whose attribute names a file: an `<img>`'s `src`, an image as a <Figure>'s is. */
const HTML_FILES: Record<string, VocabularyEntry['files']> = { img: { src: 'image' } };

/** The props of an element that name a file of public/: a component's of the vocabulary, or HTML's `<img src>`. */
export function fileProps(name: string): VocabularyEntry['files'] {
  return vocabularyEntry(name)?.files ?? (Object.hasOwn(HTML_FILES, name) ? HTML_FILES[name] : undefined);
}

/** The props a component gets from content (strings, a union where the values are closed, `true` for a bare flag). */
export type PropsOf<Name extends ComponentName> = PropsFrom<(typeof VOCABULARY)[Name]['props']>;
