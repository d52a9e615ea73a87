import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { YearArchive } from '@/components/YearArchive';
import { getContent, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const { title, description } = ownedRouteTitle(getContent(), '/blog/archive/');
  return pageMetadata(getContent(), { title, description, path: '/blog/archive/' });
}

export default function Archive() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <YearArchive posts={content.posts} intro={ownedRouteTitle(content, '/blog/archive/')} content={content} />
    </PageShell>
  );
}
