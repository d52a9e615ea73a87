import { href } from '@/lib/routing/urls';
import { ResponsiveImage } from './ResponsiveImage';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';

/** Post summaries, newest first: title, date, description, tags and the post's thumbnail. */
export function PostList({ posts, lang }: { posts: Post[]; lang: string }) {
  return (
    <ol className="divide-y divide-line">
      {posts.map((post) => (
        <li key={post.permalink} className="py-6 first:pt-0">
          <article className="flex items-start gap-5">
            <div className="min-w-0 flex-1">
              <h2 className="font-serif text-xl font-semibold leading-snug sm:text-2xl">
                <a href={href(post.permalink)} className="text-ink hover:text-accent">
                  {post.title}
                </a>
              </h2>
              <PostMeta post={post} lang={lang} className="mt-1" />
              {post.description && <p className="mt-2 text-muted">{post.description}</p>}
            </div>
            {post.thumbnail && (
              <ResponsiveImage
                image={post.thumbnail}
                role="thumbnail"
                alt=""
                className="mt-1 aspect-[4/3] w-24 shrink-0 rounded-lg border border-line object-cover sm:w-40"
              />
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
