import type { Post } from '@/lib/content';
import { formatDay } from '@/lib/format';

/** Date, reading time and tags of a post, on one wrapping line. */
export function PostMeta({ post, lang, className = '' }: { post: Post; lang: string; className?: string }) {
  return (
    <p className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted ${className}`}>
      <time dateTime={post.date.iso}>{formatDay(post.date.day, lang)}</time>
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {post.draft && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">draft</span>}
      {post.tags.length > 0 && (
        <>
          <span aria-hidden="true">·</span>
          <span className="sr-only">Tags:</span>
          <span className="flex flex-wrap gap-1.5">
            {post.tags.map((tag) => (
              <span key={tag} className="rounded-full bg-surface px-2 py-0.5 text-xs text-muted">
                #{tag}
              </span>
            ))}
          </span>
        </>
      )}
    </p>
  );
}
