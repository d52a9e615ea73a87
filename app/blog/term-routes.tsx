import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import { routes, type TermKind } from '@/lib/routing/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { termTitle } from '@/lib/seo/public-routes';
import { termAt, termPageCount, termParams, terms } from '@/lib/content/taxonomy';
import { decodeSegment } from '@/lib/routing/segments';
import { PageShell } from '@/components/PageShell';
import { TermPage } from '@/components/TermPage';

type FirstProps = { params: Promise<{ term: string }> };
type LaterProps = { params: Promise<{ term: string; page: string }> };

/**
 * The routes of a tag or a category: its first page (`/blog/tag/x/`) and
 * the pages after it (`/blog/tag/x/page/2/`). The route files under
 * app/blog/tag and app/blog/category are one line each around these.
 */
export function termRoutes(kind: TermKind) {
  async function resolve(slug: string, page: number) {
    const content = getContent();
    const term = termAt(content, kind, decodeSegment(slug));
    const valid = term && Number.isInteger(page) && page >= 1 && page <= termPageCount(term, content.site.blog.per_page);
    return { content, term: valid ? term : undefined };
  }

  async function metadata(slug: string, page: number): Promise<Metadata> {
    const { content, term } = await resolve(slug, page);
    if (!term) return {};
    return pageMetadata(content, { title: termTitle(term, page), path: routes.term(kind, term.slug, page) });
  }

  async function render(slug: string, page: number) {
    const { content, term } = await resolve(slug, page);
    if (!term) notFound();
    return (
      <PageShell content={content} path={routes.term(kind, term.slug, page)} current={routes.blogIndex}>
        <TermPage content={content} term={term} page={page} />
      </PageShell>
    );
  }

  return {
    first: {
      generateStaticParams: () => staticParams(terms(getContent(), kind).map((term) => ({ term: term.slug })), { term: NO_PAGE }),
      generateMetadata: async ({ params }: FirstProps) => metadata((await params).term, 1),
      Page: async function TermFirstPage({ params }: FirstProps) {
        return render((await params).term, 1);
      },
    },
    // Page 1 is the term's own URL; this route serves page/2/ onwards.
    later: {
      generateStaticParams: () =>
        staticParams(
          termParams(getContent(), kind).flatMap(({ term, pages }) => Array.from({ length: pages - 1 }, (_, i) => ({ term: term.slug, page: String(i + 2) }))),
          { term: NO_PAGE, page: NO_PAGE },
        ),
      generateMetadata: async ({ params }: LaterProps) => {
        const { term, page } = await params;
        return metadata(term, Number(page));
      },
      Page: async function TermLaterPage({ params }: LaterProps) {
        const { term, page } = await params;
        const n = Number(page);
        return n >= 2 ? render(term, n) : notFound();
      },
    },
  };
}
