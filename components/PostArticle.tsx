import { hasComments, type Content, type Post } from '@/lib/content';
import { Comments } from './Comments';
import { Markdown } from './Markdown';
import { PostMeta } from './PostMeta';
import { References } from './publications/References';
import { PageColumns } from './PageColumns';
import { TocInline, TocSidebar, tocSide } from './TableOfContents';

/** A blog post: title, date, reading time, tags, body. */
export function PostArticle({ post, content }: { post: Post; content: Content }) {
  return (
    <PageColumns aside={tocSide(post.toc) && <TocSidebar toc={post.toc} />} side={tocSide(post.toc)}>
      <article>
        <header className="mb-8">
          <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-ink sm:text-4xl">{post.title}</h1>
          {post.description && <p className="mt-3 text-lg text-muted">{post.description}</p>}
          <PostMeta post={post} lang={content.site.lang} className="mt-4" />
        </header>
        <TocInline toc={post.toc} />
        <Markdown doc={post} content={content} />
        <References doc={post} content={content} />
        {hasComments(content, post, { post: true }) && <Comments giscus={content.site.giscus!} lang={content.site.lang} />}
      </article>
    </PageColumns>
  );
}
