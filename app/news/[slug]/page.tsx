import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsArticle } from '@/components/NewsArticle';
import { PageShell } from '@/components/PageShell';
import { OldAddressPage } from '@/components/OldAddressPage';
import { getContent, newsItemAt } from '@/lib/content';
import { oldAddressAt, oldAddressSegments } from '@/lib/content/old-addresses';
import { movedMetadata, pageMetadata } from '@/lib/seo/metadata';
import { decodeSegment } from '@/lib/routing/segments';
import { newsPath } from '@/lib/routing/urls';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// Inline items are read in the list; only titled ones have a page (an inline one's address leads to its place on the list).
export function generateStaticParams() {
  const content = getContent();
  const params = content.news.filter((item) => !item.inline).map((item) => ({ slug: item.slug }));
  return staticParams([...params, ...oldAddressSegments(content, 'newsItem').map(([, slug]) => ({ slug: slug! }))], { slug: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const slug = decodeSegment((await params).slug);
  const item = newsItemAt(content, slug);
  const moved = item ? undefined : oldAddressAt(content, `/news/${slug}/`);
  if (moved) return movedMetadata(moved.title, moved.to);
  if (!item) return {};
  return pageMetadata(content, { title: item.title, path: newsPath(item)! });
}

export default async function NewsItemPage({ params }: Props) {
  const content = getContent();
  const slug = decodeSegment((await params).slug);
  const item = newsItemAt(content, slug);
  const moved = item ? undefined : oldAddressAt(content, `/news/${slug}/`);
  if (moved) return <OldAddressPage content={content} address={moved} />;
  if (!item) notFound();
  return (
    <PageShell content={content} path={newsPath(item)!}>
      <NewsArticle item={item} content={content} />
    </PageShell>
  );
}
