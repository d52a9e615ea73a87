import type { Toc } from '@/lib/content/toc';

function TocList({ toc }: { toc: Toc }) {
  return (
    <ol className="space-y-1.5 text-sm">
      {toc.headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
          <a href={`#${h.id}`} className="toc-link block border-l-2 border-transparent pl-3 text-muted hover:text-accent">
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The table of contents in the page's side column (`toc: {sidebar: left|right}`,
 * wide screens), marking the section in view; for `PageColumns`' aside.
 */
export function TocSidebar({ toc }: { toc?: Toc }) {
  if (!toc || toc.placement === 'beginning') return null;
  return (
    // Folio's script (client/toc.ts) marks the section in view.
    <nav aria-label="On this page" className="print:hidden" data-folio-toc="">
      <p className="mb-3 text-xs font-semibold uppercase tracking-wide text-muted">On this page</p>
      <TocList toc={toc} />
    </nav>
  );
}

/**
 * The table of contents before the text: a collapsible list on phones and
 * tablets when it is a sidebar on wide screens, and open everywhere for
 * `toc: {beginning: true}`.
 */
export function TocInline({ toc }: { toc?: Toc }) {
  if (!toc) return null;
  const beginning = toc.placement === 'beginning';
  return (
    <details className={`mb-8 rounded-lg border border-line p-4 print:hidden ${beginning ? '' : 'lg:hidden'}`} open={beginning}>
      <summary className="cursor-pointer font-semibold text-ink">Contents</summary>
      <nav aria-label="Table of contents" className="mt-3">
        <TocList toc={toc} />
      </nav>
    </details>
  );
}

/** The side a document's table of contents takes, when it has one there. */
export function tocSide(toc?: Toc): 'left' | 'right' | undefined {
  return toc && toc.placement !== 'beginning' ? toc.placement : undefined;
}
