import { href, routes } from '@/lib/routing/urls';
import type { Content, NewsItem } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { Markdown } from './Markdown';

/** A news item with a title, on its own page. */
export function NewsArticle({ item, content }: { item: NewsItem; content: Content }) {
  return (
    <article>
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">News</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight tracking-tight text-ink sm:text-4xl">{item.title}</h1>
        <p className="mt-3 text-sm text-muted">
          <time dateTime={item.date.iso}>{formatDay(item.date.day, content.site.lang)}</time>
        </p>
      </header>
      <Markdown doc={item} content={content} />
      <p className="mt-12 border-t border-line pt-6 text-sm">
        <a href={href(routes.news)} className="rounded-md px-3 py-2 -ml-3 text-accent hover:bg-surface">
          ← All news
        </a>
      </p>
    </article>
  );
}
