import type { Pluggable, PluggableList } from 'unified';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import remarkMath from 'remark-math';
import { rehypeTypography } from '../text/typography';

/**
 * The plugins that give a body its shape: what is a heading, a table, math,
 * a diagram, raw HTML, its typography (lib/text/typography.ts), which id each heading gets. The
 * page's compile (lib/mdx/pipeline.ts) and the content layer's one pass over each body
 * (lib/content/derive.ts) both start with exactly these, so the table of
 * contents links to the ids the page has, and excerpts and search read as
 * the page does.
 */
export function structureRemarkPlugins(): PluggableList {
  return [
    remarkGfm,
    remarkMath,
    remarkAlert,
  ];
}

export function structureRehypePlugins(format: 'md' | 'mdx'): PluggableList {
  return [
    // `.md` files are Markdown with inline HTML, as al-folio content has. The components Folio's own
    // plugins put in a `.md` body (a ```mermaid block's <Mermaid>) are passed through as they are.
    ...(format === 'md' ? [[rehypeRaw, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }] satisfies Pluggable] : []),
    // Typographer's quotes, apostrophes and dashes in prose (`--` en, `---` em, as in LaTeX), the HTML an `.md`
    // file holds and components' captions included; never in code or math. Before the ids, which stay as they were.
    rehypeTypography,
    rehypeSlug,
  ];
}
