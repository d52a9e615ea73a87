import { href } from '@/lib/routing/urls';

/** Newer/older page links with "page n of m" between them. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (n: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a href={href(hrefFor(page - 1))} rel="prev" className="rounded-md px-3 py-2 text-accent hover:bg-surface">
          ← Newer posts
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a href={href(hrefFor(page + 1))} rel="next" className="rounded-md px-3 py-2 text-accent hover:bg-surface">
          Older posts →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
