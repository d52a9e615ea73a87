import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { YearArchive } from '@/components/YearArchive';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { ARCHIVE_TITLE } from '@/lib/seo/routes';

export function generateMetadata(): Metadata {
  return pageMetadata(getContent(), { title: ARCHIVE_TITLE, path: '/blog/archive/' });
}

export default function Archive() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <YearArchive posts={content.posts} title={ARCHIVE_TITLE} lang={content.site.lang} />
    </PageShell>
  );
}
