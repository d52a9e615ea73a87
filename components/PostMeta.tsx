import { href, routes } from '@/lib/routing/urls';
import { type Post } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { TagList } from './TagList';

/** Date (a link to the year's posts), reading time, last update, categories and tags of a post, on one wrapping line. */
export function PostMeta({ post, lang, className = '' }: { post: Post; lang: string; className?: string }) {
  return (
    <p className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted ${className}`}>
      {/* al-folio links a post's date to the page of its year. */}
      <a href={href(routes.year(post.date.year))} title={`Posts from ${post.date.year}`} className="hover:text-accent">
        <time dateTime={post.date.iso}>{formatDay(post.date.day, lang)}</time>
      </a>
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {post.draft && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">draft</span>}
      {post.updated && post.updated.day !== post.date.day && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            updated <time dateTime={post.updated.iso}>{formatDay(post.updated.day, lang)}</time>
          </span>
        </>
      )}
      {post.categories.length > 0 && (
        <>
          <span aria-hidden="true">·</span>
          <TagList names={post.categories} kind="category" label="Categories:" />
        </>
      )}
      {post.tags.length > 0 && (
        <>
          <span aria-hidden="true">·</span>
          <TagList names={post.tags} label="Tags:" />
        </>
      )}
    </p>
  );
}
