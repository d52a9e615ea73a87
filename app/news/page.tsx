import type { Metadata } from 'next';
import { NewsItems } from '@/components/NewsItems';
import { PageShell } from '@/components/PageShell';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { NEWS_TITLE } from '@/lib/seo/routes';

export function generateMetadata(): Metadata {
  return pageMetadata(getContent(), { title: NEWS_TITLE, path: '/news/' });
}

export default function News() {
  const content = getContent();
  return (
    <PageShell content={content}>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{NEWS_TITLE}</h1>
      </header>
      {content.news.length === 0 ? <p className="text-muted">No news yet.</p> : <NewsItems items={content.news} lang={content.site.lang} />}
    </PageShell>
  );
}
