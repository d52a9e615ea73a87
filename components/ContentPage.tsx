import type { Page } from '@/lib/content';
import { Markdown } from './Markdown';
import { pageComponents } from './mdx';
import { RichHtml } from './RichHtml';
import { WithTableOfContents } from './TableOfContents';

/** A plain page: title, description, body. */
export function ContentPage({ page }: { page: Page }) {
  return (
    <article>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink capitalize">{page.title}</h1>
        {page.description && <RichHtml html={page.description} className="mt-2 text-lg text-muted" />}
      </header>
      <WithTableOfContents toc={page.toc}>
        <Markdown doc={page} components={pageComponents(page)} />
      </WithTableOfContents>
    </article>
  );
}
