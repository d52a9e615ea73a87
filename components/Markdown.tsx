import { href, routes } from '@/lib/urls';
import type { MDXComponents } from 'mdx/types';
import type { Document } from '@/lib/content';
import { renderDocument } from '@/lib/mdx';
import { mdxComponents } from './mdx';

/**
 * A document's body, compiled on the server; no client JavaScript. Pages with
 * math import KaTeX's stylesheet; others load neither it nor its fonts. An
 * `@import` rather than a <link>: React turns a stylesheet link into a preload
 * hint in the RSC payload, so every page that merely links to a math page
 * (and prefetches it) would fetch the stylesheet too. `components` binds a
 * page's own settings into an MDX component (a projects page's categories).
 */
export async function Markdown({ doc, className = 'prose', components }: { doc: Document; className?: string; components?: MDXComponents }) {
  const content = await renderDocument(doc, components ? { ...mdxComponents, ...components } : mdxComponents);
  return (
    <div className={className}>
      {doc.math && <style>{`@import url("${href(routes.katex('katex.min.css'))}");`}</style>}
      {content}
    </div>
  );
}
