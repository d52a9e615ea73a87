import type { NewsItem } from '@/lib/content';
import { formatDay } from '@/lib/format';
import { Markdown } from './Markdown';

/** Dated announcements; inline items show their text, others their title. */
export function NewsList({ items, lang }: { items: NewsItem[]; lang: string }) {
  return (
    <ul className="divide-y divide-line">
      {items.map((item) => (
        <li key={item.file} className="grid gap-1 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
          <time dateTime={item.date.iso} className="text-sm font-medium text-muted sm:pt-0.5">
            {formatDay(item.date.day, lang)}
          </time>
          {item.inline ? <Markdown doc={item} className="prose prose-news" /> : <p>{item.title}</p>}
        </li>
      ))}
    </ul>
  );
}
