import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import { routes } from '@/lib/routing/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { YearPage } from '@/components/YearArchive';
import { getContent, postsOfYear, postYears } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { yearTitle } from '@/lib/seo/public-routes';

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

// al-folio links every post's year to /blog/YYYY/.
export function generateStaticParams() {
  return staticParams(postYears(getContent()).map((year) => ({ year: String(year) })), { year: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return pageMetadata(getContent(), { title: yearTitle(year), path: routes.year(year) });
}

export default async function Year({ params }: Props) {
  const content = getContent();
  const { year } = await params;
  const posts = postsOfYear(content, year);
  if (posts.length === 0) notFound();
  return (
    <PageShell content={content} path={routes.year(year)} current={routes.blogIndex}>
      <YearPage year={year} posts={posts} content={content} />
    </PageShell>
  );
}
