import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsItems } from '@/components/NewsItems';
import { PageShell } from '@/components/PageShell';
import { RouteHeader } from '@/components/RouteHeader';
import { getContent, hasList, ownedRouteTitle } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { routes } from '@/lib/routing/urls';

export function generateMetadata(): Metadata {
  const { title, description } = ownedRouteTitle(getContent(), routes.news);
  return pageMetadata(getContent(), { title, description, path: routes.news });
}

export default function News() {
  const content = getContent();
  if (!hasList(content, routes.news)) notFound();
  const intro = ownedRouteTitle(content, routes.news);
  return (
    <PageShell content={content} path={routes.news} current={routes.news}>
      <RouteHeader {...intro} content={content} />
      <NewsItems items={content.news} content={content} />
    </PageShell>
  );
}
