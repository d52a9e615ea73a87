import type { Metadata } from 'next';
import { BlogIndex } from '@/components/BlogIndex';
import { PageShell } from '@/components/PageShell';
import { getContent, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  const content = getContent();
  const { title, description } = ownedRouteTitle(content, '/blog/');
  return pageMetadata(content, { title, description, path: '/blog/' });
}

export default function Blog() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <BlogIndex content={content} page={1} />
    </PageShell>
  );
}
