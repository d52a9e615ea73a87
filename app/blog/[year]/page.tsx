import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import { routes } from '@/lib/routing/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { YearPage } from '@/components/YearArchive';
import { OldAddressPage } from '@/components/OldAddressPage';
import { getContent, postsOfYear, postYears } from '@/lib/content';
import { oldAddressAt, oldAddressSegments } from '@/lib/content/old-addresses';
import { decodeSegment } from '@/lib/routing/segments';
import { movedMetadata, pageMetadata } from '@/lib/seo/metadata';
import { yearTitle } from '@/lib/seo/public-routes';

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

// al-folio links every post's year to /blog/YYYY/.
export function generateStaticParams() {
  const content = getContent();
  return staticParams([...postYears(content).map((year) => ({ year: String(year) })), ...oldAddressSegments(content, 'year').map(([, year]) => ({ year: year! }))], { year: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const content = getContent();
  const moved = postsOfYear(content, year).length ? undefined : oldAddressAt(content, `/blog/${decodeSegment(year)}/`);
  if (moved) return movedMetadata(moved.title, moved.to);
  return pageMetadata(content, { title: yearTitle(year), path: routes.year(year) });
}

export default async function Year({ params }: Props) {
  const content = getContent();
  const { year } = await params;
  const posts = postsOfYear(content, year);
  const moved = posts.length ? undefined : oldAddressAt(content, `/blog/${decodeSegment(year)}/`);
  if (moved) return <OldAddressPage content={content} address={moved} />;
  if (posts.length === 0) notFound();
  return (
    <PageShell content={content} path={routes.year(year)} current={routes.blogIndex}>
      <YearPage year={year} posts={posts} content={content} />
    </PageShell>
  );
}
