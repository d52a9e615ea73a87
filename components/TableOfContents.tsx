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
 * A document with its table of contents: a sticky sidebar on wide screens
 * that marks the section in view (`toc: {sidebar: left|right}`), a
 * collapsible list before the text on phones and for `toc: {beginning: true}`.
 */
export function WithTableOfContents({ toc, children }: { toc?: Toc; children: React.ReactNode }) {
  if (!toc) return <>{children}</>;
  const inline = (
    <details className={`mb-8 rounded-lg border border-line p-4 print:hidden ${toc.placement === 'beginning' ? '' : 'lg:hidden'}`} open={toc.placement === 'beginning'}>
      <summary className="cursor-pointer font-semibold text-ink">Contents</summary>
      <nav aria-label="Table of contents" className="mt-3">
        <TocList toc={toc} />
      </nav>
    </details>
  );
  if (toc.placement === 'beginning') {
    return (
      <>
        {inline}
        {children}
      </>
    );
  }
  const sidebar = (
    <aside className={`hidden lg:block print:hidden ${toc.placement === 'left' ? 'lg:order-first' : 'lg:order-last'}`}>
      {/* Folio's script (client/toc.ts) marks the section in view. */}
      <nav aria-label="On this page" className="sticky top-6" data-folio-toc="">
        <p className="mb-3 text-xs font-semibold uppercase tracking-wide text-muted">On this page</p>
        <TocList toc={toc} />
      </nav>
    </aside>
  );
  return (
    <div className={`lg:grid lg:gap-10 print:block ${toc.placement === 'left' ? 'lg:grid-cols-[13rem_minmax(0,1fr)]' : 'lg:grid-cols-[minmax(0,1fr)_13rem]'}`}>
      {sidebar}
      <div className="min-w-0">
        {inline}
        {children}
      </div>
    </div>
  );
}
