import { routes } from '@/lib/routing/urls';
import type { Content } from '@/lib/content';
import { termLabel, termPage, termPageCount, type Term } from '@/lib/content/taxonomy';
import { BlogLinks } from './BlogLinks';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

/** One page of the posts with a tag or in a category, newest first. */
export function TermPage({ content, term, page }: { content: Content; term: Term; page: number }) {
  const perPage = content.site.blog.per_page;
  const count = term.posts.length;
  return (
    <>
      <header className="mb-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">{term.kind === 'tag' ? 'Tag' : 'Category'}</p>
        <h1 className="mt-1 font-serif text-4xl font-semibold tracking-tight text-ink">{termLabel(term.kind, term.name)}</h1>
        <p className="mt-2 text-lg text-muted">
          {count} {count === 1 ? 'post' : 'posts'} {term.kind === 'tag' ? 'with this tag' : 'in this category'}
        </p>
        <BlogLinks content={content} />
      </header>
      <PostList posts={termPage(term, page, perPage)} lang={content.site.lang} />
      <Pagination page={page} pages={termPageCount(term, perPage)} hrefFor={(n) => routes.term(term.kind, term.slug, n)} />
    </>
  );
}
