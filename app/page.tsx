import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AboutPage } from '@/components/AboutPage';
import { ContentPage } from '@/components/ContentPage';
import { JsonLd } from '@/components/JsonLd';
import { PageShell } from '@/components/PageShell';
import { getContent, homePage } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { personJsonLd } from '@/lib/seo/jsonld';

// `/` shows the page whose permalink is `/`, else the about page; its
// canonical URL stays the page's own, so search engines see one page.
export function generateMetadata(): Metadata {
  const content = getContent();
  const page = homePage(content);
  if (!page) return {};
  return { ...pageMetadata(content, { description: page.description, path: page.permalink }), title: { absolute: content.site.title } };
}

export default function Home() {
  const content = getContent();
  const page = homePage(content);
  if (!page) notFound();
  return (
    <PageShell content={content} current={page.permalink}>
      {page.layout === 'about' && <JsonLd data={personJsonLd(content, page)} />}
      {page.layout === 'about' ? <AboutPage page={page} content={content} /> : <ContentPage page={page} />}
    </PageShell>
  );
}
