import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { PageView, showsProfiles } from '@/components/PageView';
import { OldAddressPage } from '@/components/OldAddressPage';
import { getContent, hasComments, pageAt, standalonePages } from '@/lib/content';
import { oldAddressAt, oldAddressSegments } from '@/lib/content/old-addresses';
import { paramsPermalink, permalinkSegments } from '@/lib/routing/segments';
import { contentPageMetadata, movedMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const content = getContent();
  return staticParams(
    [...standalonePages(content).map((page) => ({ slug: permalinkSegments(page.permalink) })), ...oldAddressSegments(content, 'page').map((slug) => ({ slug }))],
    { slug: [NO_PAGE] },
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const permalink = paramsPermalink((await params).slug);
  const page = pageAt(content, permalink);
  const moved = page ? undefined : oldAddressAt(content, permalink);
  if (moved) return movedMetadata(moved.title, moved.to);
  if (!page) return {};
  return contentPageMetadata(content, page);
}

export default async function Page({ params }: Props) {
  const content = getContent();
  const permalink = paramsPermalink((await params).slug);
  const page = pageAt(content, permalink);
  const moved = page ? undefined : oldAddressAt(content, permalink);
  if (moved) return <OldAddressPage content={content} address={moved} />;
  if (!page) notFound();
  return (
    <PageShell content={content} path={page.permalink} current={page.permalink} footerProfiles={!showsProfiles(page)} comments={!page.redirect && hasComments(content, page)}>
      <PageView page={page} content={content} />
    </PageShell>
  );
}
