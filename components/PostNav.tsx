import { href } from '@/lib/routing/urls';
import type { Post } from '@/lib/content';

/** Links to the next newer and next older post. */
export function PostNav({ newer, older }: { newer?: Post; older?: Post }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More posts" className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2">
      {older ? (
        <a href={href(older.permalink)} rel="prev" className="group rounded-lg p-3 hover:bg-surface">
          <span className="block text-xs uppercase tracking-wide text-muted">← Previous post</span>
          <span className="font-serif font-semibold text-ink group-hover:text-accent">{older.title}</span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={href(newer.permalink)} rel="next" className="group rounded-lg p-3 text-right hover:bg-surface">
          <span className="block text-xs uppercase tracking-wide text-muted">Next post →</span>
          <span className="font-serif font-semibold text-ink group-hover:text-accent">{newer.title}</span>
        </a>
      )}
    </nav>
  );
}
