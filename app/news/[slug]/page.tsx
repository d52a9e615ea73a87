import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsArticle } from '@/components/NewsArticle';
import { PageShell } from '@/components/PageShell';
import { getContent, newsItemAt } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { decodeSegment } from '@/lib/routing/segments';
import { newsPath } from '@/lib/routing/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// Inline items are read in the list; only titled ones have a page.
export function generateStaticParams() {
  const params = getContent()
    .news.filter((item) => !item.inline)
    .map((item) => ({ slug: item.slug }));
  return staticParams(params, { slug: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const item = newsItemAt(content, decodeSegment((await params).slug));
  if (!item) return {};
  return pageMetadata(content, { title: item.title, path: newsPath(item)! });
}

export default async function NewsItemPage({ params }: Props) {
  const content = getContent();
  const item = newsItemAt(content, decodeSegment((await params).slug));
  if (!item) notFound();
  return (
    <PageShell content={content} path={newsPath(item)!}>
      <NewsArticle item={item} content={content} />
    </PageShell>
  );
}
