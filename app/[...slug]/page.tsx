import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MovedPage } from '@/components/MovedPage';
import { PageShell } from '@/components/PageShell';
import { PageView } from '@/components/PageView';
import { getContent, pageAt, permalinkSegments, standalonePages } from '@/lib/content';
import { movedMetadata, pageMetadata } from '@/lib/metadata';
import { movedTo } from '@/lib/seo/routes';

type Props = { params: Promise<{ slug: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return standalonePages(getContent()).map((page) => ({ slug: permalinkSegments(page.permalink) }));
}

function permalinkOf(slug: string[]) {
  return `/${slug.map(decodeURIComponent).join('/')}/`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const page = pageAt(content, permalinkOf((await params).slug));
  if (!page) return {};
  if (page.redirect) return movedMetadata(page.title, page.redirect);
  return pageMetadata(content, { title: page.title, description: page.description, path: page.permalink });
}

export default async function Page({ params }: Props) {
  const content = getContent();
  const page = pageAt(content, permalinkOf((await params).slug));
  if (!page) notFound();
  return (
    <PageShell content={content} current={page.permalink}>
      {page.redirect ? <MovedPage title={page.title} to={movedTo(content, page.redirect)} /> : <PageView page={page} content={content} />}
    </PageShell>
  );
}
