import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { TagsIndex } from '@/components/TagsIndex';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { TAGS_TITLE } from '@/lib/seo/routes';

export function generateMetadata(): Metadata {
  return pageMetadata(getContent(), { title: TAGS_TITLE, path: '/blog/tags/' });
}

export default function Tags() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <TagsIndex content={content} title={TAGS_TITLE} />
    </PageShell>
  );
}
