import Link from 'next/link';
import type { Post } from '@/lib/content';
import { PostMeta } from './PostMeta';

/** Post summaries, newest first: title, date, description and tags. */
export function PostList({ posts, lang }: { posts: Post[]; lang: string }) {
  return (
    <ol className="divide-y divide-line">
      {posts.map((post) => (
        <li key={post.permalink} className="py-6 first:pt-0">
          <article>
            <h2 className="font-serif text-xl font-semibold leading-snug sm:text-2xl">
              <Link href={post.permalink} className="text-ink hover:text-accent">
                {post.title}
              </Link>
            </h2>
            <PostMeta post={post} lang={lang} className="mt-1" />
            {post.description && <p className="mt-2 text-muted">{post.description}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
