import type { Content, Page } from '@/lib/content';
import type { SafeHtml } from '@/lib/sanitize/sanitize';
import { Markdown } from './Markdown';
import { RichHtml } from './RichHtml';

/**
 * The top of a page Folio generates (the blog, the news, tags, the archive):
 * its title and description, from the page that titles the route when there
 * is one (`permalink: /news/`), and that page's text above the list.
 */
type Props = {
  title: string;
  description?: SafeHtml;
  children?: React.ReactNode;
} & ({ page: Page; content: Content } | { page?: undefined; content?: Content });

export function RouteHeader({ title, description, page, content, children }: Props) {
  return (
    <>
      <header className="mb-10">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <RichHtml html={description} className="mt-2 text-lg text-muted" />}
        {children}
      </header>
      {page && page.source.body.trim() !== '' && <Markdown doc={page} content={content} className="prose mb-10" />}
    </>
  );
}
