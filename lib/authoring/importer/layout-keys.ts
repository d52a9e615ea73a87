import { pageSchema, postSchema } from '../../content/schemas';
import type { SourceFile } from '../../content/source-file';
import type { ImportRun } from './import-run';

/** Keys of `page` Jekyll sets itself: not the author's front matter. */
const JEKYLL_KEYS = new Set(['url', 'content', 'excerpt', 'date', 'id', 'categories', 'tags', 'collection', 'path', 'name', 'slug', 'next', 'previous', 'html', 'output', 'dir']);

/**
 * A layout the site defines itself shows front-matter keys that al-folio's
 * do not (`page.funding` under the title, `page.place` beside the date).
 * The page is imported with one of Folio's layouts, which does not read
 * them: each such key the file sets is a leftover on its line, so that
 * what the old page showed is not lost without a word.
 */
export function layoutOnlyKeys(run: ImportRun, file: string, source: SourceFile, layout: string, kind: 'page' | 'post', mapped: string) {
  const layoutFile = ['liquid', 'html'].map((ext) => `_layouts/${layout}.${ext}`).find((f) => run.jekyll.exists(f));
  const text = (layoutFile && run.reader.text(layoutFile)) ?? '';
  const known = new Set([...Object.keys((kind === 'post' ? postSchema : pageSchema).shape), ...JEKYLL_KEYS]);
  const shown = new Set([...text.matchAll(/\bpage\.([\w-]+)/g)].map((m) => m[1]!));
  for (const key of shown) {
    if (known.has(key) || !Object.hasOwn(source.data, key)) continue;
    run.leftover(file, source.lineOf([key]), `\`${key}\`: the site's own layout \`${layout}\` (${layoutFile}) showed it; Folio's \`${mapped}\` layout does not: write it into the text`);
  }
}
