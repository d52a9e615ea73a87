import { href } from '@/lib/routing/urls';
import type { Post } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { SectionHeading } from './SectionHeading';

/** Posts that share tags or categories with the one just read. */
export function RelatedPosts({ posts, lang }: { posts: Post[]; lang: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-posts" className="mt-12 border-t border-line pt-8">
      <SectionHeading id="related-posts">Related posts</SectionHeading>
      <ul className="grid gap-3 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.permalink}>
            <a href={href(post.permalink)} className="group block h-full rounded-lg border border-line p-4 transition-colors hover:border-accent hover:bg-surface">
              <span className="block font-serif font-semibold leading-snug text-ink group-hover:text-accent">{post.title}</span>
              <time dateTime={post.date.iso} className="mt-2 block text-xs text-muted">
                {formatDay(post.date.day, lang)}
              </time>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
