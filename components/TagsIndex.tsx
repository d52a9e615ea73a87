import { href, routes, type TermKind } from '@/lib/routing/urls';
import type { Content, RouteIntro } from '@/lib/content';
import { termLabel, terms } from '@/lib/content/taxonomy';
import { BlogLinks } from './BlogLinks';
import { RouteHeader } from './RouteHeader';
import { SectionHeading } from './SectionHeading';

const SECTIONS: { kind: TermKind; title: string; id: string }[] = [
  { kind: 'category', title: 'Categories', id: 'categories' },
  { kind: 'tag', title: 'Tags', id: 'tags' },
];

/** Every category and tag of the blog, each with its number of posts. */
export function TagsIndex({ content, intro }: { content: Content; intro: RouteIntro }) {
  return (
    <>
      <RouteHeader {...intro} content={content}>
        <BlogLinks content={content} current={routes.tags} />
      </RouteHeader>
      {SECTIONS.map(({ kind, title: heading, id }) => {
        const list = terms(content, kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={id} className="mb-10">
            <SectionHeading id={id}>{heading}</SectionHeading>
            <ul className="flex flex-wrap gap-2">
              {list.map((term) => (
                <li key={term.slug}>
                  <a
                    href={href(routes.term(kind, term.slug))}
                    className="inline-flex items-center gap-2 rounded-full border border-line py-1.5 pl-3 pr-1.5 text-sm text-ink transition-colors hover:border-accent hover:text-accent"
                  >
                    <span>{termLabel(kind, term.name)}</span>
                    <span className="min-w-6 rounded-full bg-surface px-1.5 py-0.5 text-center text-xs font-medium text-muted">
                      {term.posts.length}
                      <span className="sr-only"> {term.posts.length === 1 ? 'post' : 'posts'}</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {content.posts.length === 0 && <p className="text-muted">No posts yet.</p>}
    </>
  );
}
