import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { PageView, showsProfiles } from '@/components/PageView';
import { getContent, hasComments, homePage } from '@/lib/content';
import { routes } from '@/lib/routing/urls';
import { contentPageMetadata } from '@/lib/seo/metadata';

// `/` shows the page whose permalink is `/`, else the about page; its
// canonical URL stays the page's own, so search engines see one page.
export function generateMetadata(): Metadata {
  const content = getContent();
  const page = homePage(content);
  if (!page) return {};
  const metadata = contentPageMetadata(content, page);
  return page.redirect ? metadata : { ...metadata, title: { absolute: content.site.title } };
}

export default function Home() {
  const content = getContent();
  const page = homePage(content);
  if (!page) notFound();
  return (
    <PageShell content={content} path={routes.home} current={page.permalink} footerProfiles={!showsProfiles(page)} comments={hasComments(content, page)}>
      <PageView page={page} content={content} />
    </PageShell>
  );
}
