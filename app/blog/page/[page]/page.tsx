import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import { routes } from '@/lib/routing/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogIndex } from '@/components/BlogIndex';
import { PageShell } from '@/components/PageShell';
import { blogPageCount, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { blogPageTitle } from '@/lib/seo/public-routes';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

// Page 1 is /blog/ itself; this route serves /blog/page/2/ onwards.
export function generateStaticParams() {
  const count = blogPageCount(getContent());
  return staticParams(Array.from({ length: count - 1 }, (_, i) => ({ page: String(i + 2) })), { page: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const n = Number((await params).page);
  return pageMetadata(content, { title: blogPageTitle(content, n), path: routes.blog(n) });
}

export default async function BlogPage({ params }: Props) {
  const content = getContent();
  const n = Number((await params).page);
  if (!Number.isInteger(n) || n < 2 || n > blogPageCount(content)) notFound();
  return (
    <PageShell content={content} path={routes.blog(n)} current={routes.blogIndex}>
      <BlogIndex content={content} page={n} />
    </PageShell>
  );
}
