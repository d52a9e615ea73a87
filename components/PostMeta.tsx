import { href, routes } from '@/lib/routing/urls';
import { type Post } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { Separated } from './Separated';
import { TagList } from './TagList';

/** Date (a link to the year's posts), reading time, last update, categories and tags of a post, on one line that wraps before a separator, never after one. */
export function PostMeta({ post, lang, className = '' }: { post: Post; lang: string; className?: string }) {
  return (
    <p className={`text-sm leading-7 text-muted ${className}`}>
      <Separated
        parts={[
          // al-folio links a post's date to the page of its year.
          <a key="date" href={href(routes.year(post.date.year))} title={`Posts from ${post.date.year}`} className="hover:text-accent">
            <time dateTime={post.date.iso}>{formatDay(post.date.day, lang)}</time>
          </a>,
          <span key="time" className="whitespace-nowrap">
            {post.readingMinutes} min read
            {post.draft && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">draft</span>}
          </span>,
          post.updated && post.updated.day !== post.date.day && (
            <span key="updated">
              updated <time dateTime={post.updated.iso}>{formatDay(post.updated.day, lang)}</time>
            </span>
          ),
          post.categories.length > 0 && <TagList key="categories" names={post.categories} kind="category" label="Categories:" />,
          post.tags.length > 0 && <TagList key="tags" names={post.tags} label="Tags:" />,
        ]}
      />
    </p>
  );
}
