import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { YearArchive } from '@/components/YearArchive';
import { getContent, hasList, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routing/urls';

export function generateMetadata(): Metadata {
  const { title, description } = ownedRouteTitle(getContent(), routes.archive);
  return pageMetadata(getContent(), { title, description, path: routes.archive });
}

export default function Archive() {
  const content = getContent();
  if (!hasList(content, routes.archive)) notFound();
  return (
    <PageShell content={content} path={routes.archive} current={routes.blogIndex}>
      <YearArchive posts={content.posts} intro={ownedRouteTitle(content, routes.archive)} content={content} />
    </PageShell>
  );
}
