import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { TagsIndex } from '@/components/TagsIndex';
import { getContent, hasList, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routing/urls';

export function generateMetadata(): Metadata {
  const { title, description } = ownedRouteTitle(getContent(), routes.tags);
  return pageMetadata(getContent(), { title, description, path: routes.tags });
}

export default function Tags() {
  const content = getContent();
  if (!hasList(content, routes.tags)) notFound();
  return (
    <PageShell content={content} path={routes.tags} current={routes.blogIndex}>
      <TagsIndex content={content} intro={ownedRouteTitle(content, routes.tags)} />
    </PageShell>
  );
}
