import { href, routes } from '@/lib/routing/urls';
import type { Content, Document } from '@/lib/content';
import { renderDocument } from '@/lib/mdx/pipeline';
import { documentComponents } from './mdx';

/**
 * A document's body, compiled on the server; no client JavaScript. Pages with
 * math import KaTeX's stylesheet; others load neither it nor its fonts. An
 * `@import` rather than a <link>: React turns a stylesheet link into a preload
 * hint in the RSC payload, so every page that merely links to a math page
 * (and prefetches it) would fetch the stylesheet too. `content` is the site's
 * data, for the components that show it (`<Publications />`, `<Projects />`).
 */
export async function Markdown({ doc, content: site, className = 'prose' }: { doc: Document; content: Content; className?: string }) {
  const content = await renderDocument(doc, documentComponents(site, doc));
  return (
    <div className={className}>
      {doc.math && <style>{`@import url("${href(routes.katex('katex.min.css'))}");`}</style>}
      {content}
    </div>
  );
}
