import { href as siteHref, newsItemId, newsPath } from '@/lib/routing/urls';
import type { Content, NewsItem } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { Markdown } from './Markdown';

/** Dated announcements: an inline item shows its text, a titled one links to its own page. */
export function NewsItems({ items, content }: { items: NewsItem[]; content: Content }) {
  return (
    <ul className="divide-y divide-line">
      {items.map((item) => {
        const path = newsPath(item);
        return (
          // The id is where a search result for an inline item leads (`/news/#news-<slug>`).
          <li key={item.file} id={newsItemId(item.slug)} className="grid scroll-mt-6 gap-1 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
            <time dateTime={item.date.iso} className="whitespace-nowrap text-sm font-medium text-muted sm:pt-0.5">
              {formatDay(item.date.day, content.site.lang)}
            </time>
            {item.inline || !path ? (
              <Markdown doc={item} content={content} className="prose prose-news" />
            ) : (
              <p>
                <a href={siteHref(path)} className="font-medium text-accent hover:underline">
                  {item.title}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
