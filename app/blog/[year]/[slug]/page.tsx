import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { MovedPage } from '@/components/MovedPage';
import { OldAddressPage } from '@/components/OldAddressPage';
import { PageShell } from '@/components/PageShell';
import { PostArticle } from '@/components/PostArticle';
import { PostNav } from '@/components/PostNav';
import { RelatedPosts } from '@/components/RelatedPosts';
import { adjacentPosts, getContent, hasComments, postAt } from '@/lib/content';
import { oldAddressAt, oldAddressSegments } from '@/lib/content/old-addresses';
import { movedMetadata, pageMetadata } from '@/lib/seo/metadata';
import { blogPostingJsonLd } from '@/lib/seo/jsonld';
import { movedTo } from '@/lib/seo/public-routes';
import { relatedPosts } from '@/lib/content/taxonomy';
import { routes } from '@/lib/routing/urls';
import { decodeSegment } from '@/lib/routing/segments';

type Props = { params: Promise<{ year: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const content = getContent();
  return staticParams(
    [...content.posts.map((post) => ({ year: String(post.date.year), slug: post.slug })), ...oldAddressSegments(content, 'post').map(([, year, slug]) => ({ year: year!, slug: slug! }))],
    { year: NO_PAGE, slug: NO_PAGE },
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const { year, slug } = await params;
  const post = postAt(content, year, decodeURIComponent(slug));
  const moved = post ? undefined : oldAddressAt(content, `/blog/${decodeSegment(year)}/${decodeSegment(slug)}/`);
  if (moved) return movedMetadata(moved.title, moved.to);
  if (!post) return {};
  if (post.redirect) return movedMetadata(post.title, post.redirect);
  return pageMetadata(content, {
    title: post.title,
    description: post.description,
    path: post.permalink,
    image: post.thumbnail,
    article: { published: post.date, modified: post.updated, tags: post.tags },
  });
}

export default async function PostPage({ params }: Props) {
  const content = getContent();
  const { year, slug } = await params;
  const post = postAt(content, year, decodeURIComponent(slug));
  const moved = post ? undefined : oldAddressAt(content, `/blog/${decodeSegment(year)}/${decodeSegment(slug)}/`);
  if (moved) return <OldAddressPage content={content} address={moved} />;
  if (!post) notFound();
  if (post.redirect) {
    return (
      <PageShell content={content} path={post.permalink} current={routes.blogIndex}>
        <MovedPage title={post.title} to={movedTo(content, post.redirect)} />
      </PageShell>
    );
  }
  return (
    <PageShell content={content} path={post.permalink} current={routes.blogIndex} comments={hasComments(content, post, { post: true })}>
      <JsonLd data={blogPostingJsonLd(content, post)} />
      <PostArticle post={post} content={content} />
      <RelatedPosts posts={relatedPosts(content, post)} lang={content.site.lang} />
      <PostNav {...adjacentPosts(content, post)} />
    </PageShell>
  );
}
