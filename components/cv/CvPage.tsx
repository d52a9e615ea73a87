import { href } from '@/lib/routing/urls';
import { faFilePdf } from '@fortawesome/free-solid-svg-icons/faFilePdf';
import type { Content, Page } from '@/lib/content';
import { Icon } from '../Icon';
import { Markdown } from '../Markdown';
import { RichHtml } from '../RichHtml';
import { PageColumns } from '../PageColumns';
import { TocInline, TocSidebar, tocSide } from '../TableOfContents';
import { CvDocument } from './CvDocument';

/**
 * al-folio's `layout: cv`: the page's title with a PDF button (`cv_pdf`),
 * its description and text, then the CV from content/cv.yml or
 * content/resume.json, with the table of contents the page asks for.
 */
export function CvPage({ page, content }: { page: Page; content: Content }) {
  return (
    <PageColumns aside={tocSide(page.toc) && <TocSidebar toc={page.toc} />} side={tocSide(page.toc)} band="wide">
      <article>
        <header className="mb-8 flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{page.title}</h1>
            {page.description && <RichHtml html={page.description} className="mt-2 text-lg text-muted" />}
          </div>
          {page.cvPdf && (
            <a
              href={href(page.cvPdf)}
              className="inline-flex shrink-0 items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium text-ink transition-colors hover:border-accent hover:text-accent print:hidden"
            >
              <Icon icon={faFilePdf} className="size-4" />
              Download PDF
            </a>
          )}
        </header>
        <TocInline toc={page.toc} />
        {page.source.body.trim() !== '' && <Markdown doc={page} content={content} className="prose mb-10" />}
        {page.cv && <CvDocument cv={page.cv} lang={content.site.lang} />}
      </article>
    </PageColumns>
  );
}
