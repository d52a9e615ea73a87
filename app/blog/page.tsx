import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogIndex } from '@/components/BlogIndex';
import { PageShell } from '@/components/PageShell';
import { getContent, hasList, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routing/urls';

export function generateMetadata(): Metadata {
  const content = getContent();
  const { title, description } = ownedRouteTitle(content, routes.blogIndex);
  return pageMetadata(content, { title, description, path: routes.blogIndex });
}

export default function Blog() {
  const content = getContent();
  // A site without posts has no blog (lib/content: hasList).
  if (!hasList(content, routes.blogIndex)) notFound();
  return (
    <PageShell content={content} path={routes.blogIndex} current={routes.blogIndex}>
      <BlogIndex content={content} page={1} />
    </PageShell>
  );
}
