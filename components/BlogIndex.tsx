import { blogIndexPage, blogPage, blogPageCount, blogPagePath, type Content } from '@/lib/content';
import { BlogLinks } from './BlogLinks';
import { FeaturedPosts } from './FeaturedPosts';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

/** One page of the blog: its title (from a `layout: blog` page), links to tags and the archive, featured posts on the first page, posts, pagination. */
export function BlogIndex({ content, page }: { content: Content; page: number }) {
  const intro = blogIndexPage(content);
  return (
    <>
      <header className="mb-10">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink capitalize">{intro?.title ?? 'Blog'}</h1>
        {intro?.description && <p className="mt-2 text-lg text-muted">{intro.description}</p>}
        <BlogLinks />
      </header>
      {page === 1 && <FeaturedPosts posts={content.posts.filter((p) => p.featured)} lang={content.site.lang} />}
      {content.posts.length === 0 ? <p className="text-muted">No posts yet.</p> : <PostList posts={blogPage(content, page)} lang={content.site.lang} />}
      <Pagination page={page} pages={blogPageCount(content)} hrefFor={blogPagePath} />
    </>
  );
}
