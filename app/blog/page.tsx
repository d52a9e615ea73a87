import type { Metadata } from 'next';
import { BlogIndex } from '@/components/BlogIndex';
import { PageShell } from '@/components/PageShell';
import { blogIndexPage, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';

export function generateMetadata(): Metadata {
  const content = getContent();
  const intro = blogIndexPage(content);
  return pageMetadata(content, { title: intro?.title ?? 'Blog', description: intro?.description, path: '/blog/' });
}

export default function Blog() {
  const content = getContent();
  return (
    <PageShell content={content} current="/blog/">
      <BlogIndex content={content} page={1} />
    </PageShell>
  );
}
