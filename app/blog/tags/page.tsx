import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { TagsIndex } from '@/components/TagsIndex';
import { getContent, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const { title, description } = ownedRouteTitle(getContent(), '/blog/tags/');
  return pageMetadata(getContent(), { title, description, path: '/blog/tags/' });
}

export default function Tags() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <TagsIndex content={content} intro={ownedRouteTitle(content, '/blog/tags/')} />
    </PageShell>
  );
}
