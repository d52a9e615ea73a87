import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MovedPage } from '@/components/MovedPage';
import { PageShell } from '@/components/PageShell';
import { PageView, showsProfiles } from '@/components/PageView';
import { getContent, homePage } from '@/lib/content';
import { contentPageInfo, movedMetadata, pageMetadata } from '@/lib/metadata';
import { movedTo } from '@/lib/seo/routes';

// `/` shows the page whose permalink is `/`, else the about page; its
// canonical URL stays the page's own, so search engines see one page.
export function generateMetadata(): Metadata {
  const content = getContent();
  const page = homePage(content);
  if (!page) return {};
  if (page.redirect) return movedMetadata(page.title, page.redirect);
  return { ...pageMetadata(content, contentPageInfo(content, page)), title: { absolute: content.site.title } };
}

export default function Home() {
  const content = getContent();
  const page = homePage(content);
  if (!page) notFound();
  return (
    <PageShell content={content} current={page.permalink} footerProfiles={!showsProfiles(page)}>
      {page.redirect ? <MovedPage title={page.title} to={movedTo(content, page.redirect)} /> : <PageView page={page} content={content} />}
    </PageShell>
  );
}
