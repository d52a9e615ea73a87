import type { Document } from '@/lib/content';
import { renderDocument } from '@/lib/mdx';
import { mdxComponents } from './mdx';

/**
 * A document's body, compiled on the server; no client JavaScript. Pages with
 * math link KaTeX's stylesheet (React hoists the link into the head); others
 * load neither it nor its fonts.
 */
export async function Markdown({ doc, className = 'prose' }: { doc: Document; className?: string }) {
  const content = await renderDocument(doc, mdxComponents);
  return (
    <div className={className}>
      {/* eslint-disable-next-line @next/next/no-css-tags -- a per-page stylesheet, linked only where math is */}
      {doc.math && <link rel="stylesheet" href="/katex/katex.min.css" precedence="default" />}
      {content}
    </div>
  );
}
