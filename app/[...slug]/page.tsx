import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { PageView, showsProfiles } from '@/components/PageView';
import { getContent, hasComments, pageAt, standalonePages } from '@/lib/content';
import { paramsPermalink, permalinkSegments } from '@/lib/routing/segments';
import { contentPageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    standalonePages(getContent()).map((page) => ({ slug: permalinkSegments(page.permalink) })),
    { slug: [NO_PAGE] },
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const page = pageAt(content, paramsPermalink((await params).slug));
  if (!page) return {};
  return contentPageMetadata(content, page);
}

export default async function Page({ params }: Props) {
  const content = getContent();
  const page = pageAt(content, paramsPermalink((await params).slug));
  if (!page) notFound();
  return (
    <PageShell content={content} path={page.permalink} current={page.permalink} footerProfiles={!showsProfiles(page)} comments={!page.redirect && hasComments(content, page)}>
      <PageView page={page} content={content} />
    </PageShell>
  );
}
