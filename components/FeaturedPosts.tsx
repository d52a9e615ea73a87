import { href } from '@/lib/routing/urls';
import { ResponsiveImage } from './ResponsiveImage';
import type { Post } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { SectionHeading } from './SectionHeading';

/** Posts marked `featured: true`, as cards above the blog's list (al-folio's pinned posts). */
export function FeaturedPosts({ posts, lang }: { posts: Post[]; lang: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="featured-posts" className="mb-12">
      <SectionHeading id="featured-posts">Featured</SectionHeading>
      <ul className="grid gap-4 sm:grid-cols-2">
        {posts.map((post) => (
          <li key={post.permalink} className="group relative flex flex-col overflow-hidden rounded-xl border border-line bg-surface transition-colors hover:border-accent">
            {post.thumbnail && (
              <ResponsiveImage
                image={post.thumbnail}
                role="featured"
                alt=""
                className="aspect-[16/9] w-full border-b border-line object-cover"
              />
            )}
            <div className="flex flex-1 flex-col p-4">
              <h3 className="font-serif text-lg font-semibold leading-snug text-ink">
                {/* The whole card is the link's target area (the ::after covers it). */}
                <a href={href(post.permalink)} className="after:absolute after:inset-0 group-hover:text-accent">
                  {post.title}
                </a>
              </h3>
              {post.description && <p className="mt-1 line-clamp-2 text-sm text-muted">{post.description}</p>}
              <time dateTime={post.date.iso} className="mt-auto pt-3 text-xs font-medium uppercase tracking-wide text-muted">
                {formatDay(post.date.day, lang)}
              </time>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
