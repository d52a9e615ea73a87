import { routes } from '@/lib/routing/urls';
import { blogPage, blogPageCount, ownedRouteTitle, type Content } from '@/lib/content';
import { BlogLinks } from './BlogLinks';
import { FeaturedPosts } from './FeaturedPosts';
import { Pagination } from './Pagination';
import { PostList } from './PostList';
import { RouteHeader } from './RouteHeader';

/** One page of the blog: its title (from the page at /blog/, its text on the first page), links to tags and the archive, featured posts on the first page, posts, pagination. */
export function BlogIndex({ content, page }: { content: Content; page: number }) {
  const intro = ownedRouteTitle(content, routes.blogIndex);
  return (
    <>
      <RouteHeader title={intro.title} description={intro.description} page={page === 1 ? intro.page : undefined} content={content}>
        <BlogLinks content={content} />
      </RouteHeader>
      {page === 1 && <FeaturedPosts posts={content.posts.filter((p) => p.featured)} lang={content.site.lang} />}
      <PostList posts={blogPage(content, page)} lang={content.site.lang} />
      <Pagination page={page} pages={blogPageCount(content)} hrefFor={routes.blog} />
    </>
  );
}
