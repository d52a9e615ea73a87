import type { Metadata } from 'next';
import { BlogIndex } from '@/components/BlogIndex';
import { PageShell } from '@/components/PageShell';
import { getContent, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routing/urls';

export function generateMetadata(): Metadata {
  const content = getContent();
  const { title, description } = ownedRouteTitle(content, routes.blogIndex);
  return pageMetadata(content, { title, description, path: routes.blogIndex });
}

export default function Blog() {
  const content = getContent();
  return (
    <PageShell content={content} path={routes.blogIndex} current={routes.blogIndex}>
      <BlogIndex content={content} page={1} />
    </PageShell>
  );
}
