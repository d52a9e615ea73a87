import { hasComments, type Content, type Page } from '@/lib/content';
import { Comments } from './Comments';
import { Markdown } from './Markdown';
import { RichHtml } from './RichHtml';
import { PageColumns } from './PageColumns';
import { TocInline, TocSidebar, tocSide } from './TableOfContents';

/** The components that make a page a list, laid out in the wide band with its title (docs/design.md). */
const LISTS = new Set(['Publications', 'Projects']);

/** A plain page: title, description, body, and what the layout adds under it (the teaching page's courses, comments). */
export function ContentPage({ page, content, children }: { page: Page; content: Content; children?: React.ReactNode }) {
  const list = page.derived.components.some((c) => LISTS.has(c.name));
  return (
    <PageColumns aside={tocSide(page.toc) && <TocSidebar toc={page.toc} />} side={tocSide(page.toc)} band={list ? 'wide' : 'text'}>
      <article>
        <header className="mb-8">
          <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{page.title}</h1>
          {page.description && <RichHtml html={page.description} className="mt-2 text-lg text-muted" />}
        </header>
        <TocInline toc={page.toc} />
        <Markdown doc={page} content={content} />
        {children}
        {hasComments(content, page) && <Comments giscus={content.site.giscus!} lang={content.site.lang} />}
      </article>
    </PageColumns>
  );
}
