import type { Pluggable, PluggableList } from 'unified';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import remarkMath from 'remark-math';
import remarkSmartypants from 'remark-smartypants';

/**
 * The plugins that give a body its shape: what is a heading, a table, math,
 * a diagram, raw HTML, which id each heading gets, and its typography. The
 * page's compile (lib/mdx.ts) and the content layer's one pass over each body
 * (lib/content/derive.ts) both start with exactly these, so the table of
 * contents links to the ids the page has, and excerpts and search read as
 * the page does.
 */
export function structureRemarkPlugins(): PluggableList {
  return [
    remarkGfm,
    remarkMath,
    remarkAlert,
    // Typographer's quotes, apostrophes and dashes in prose (`--` en, `---` em, as in LaTeX); never in code or math.
    [remarkSmartypants, { dashes: 'oldschool' }],
  ];
}

export function structureRehypePlugins(format: 'md' | 'mdx'): PluggableList {
  return [
    // `.md` files are Markdown with inline HTML, as al-folio content has. The components Folio's own
    // plugins put in a `.md` body (a ```mermaid block's <Mermaid>) are passed through as they are.
    ...(format === 'md' ? [[rehypeRaw, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }] satisfies Pluggable] : []),
    rehypeSlug,
  ];
}
