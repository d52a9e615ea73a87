import type { Post } from '@/lib/content';
import { Markdown } from './Markdown';
import { PostMeta } from './PostMeta';
import { References } from './publications/References';
import { WithTableOfContents } from './TableOfContents';

/** A blog post: title, date, reading time, tags, body. */
export function PostArticle({ post, lang }: { post: Post; lang: string }) {
  return (
    <article>
      <header className="mb-8">
        <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-ink sm:text-4xl">{post.title}</h1>
        {post.description && <p className="mt-3 text-lg text-muted">{post.description}</p>}
        <PostMeta post={post} lang={lang} className="mt-4" />
      </header>
      <WithTableOfContents toc={post.toc}>
        <Markdown doc={post} />
      </WithTableOfContents>
      <References doc={post} />
    </article>
  );
}
