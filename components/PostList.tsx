import { faArrowUpRightFromSquare } from '@fortawesome/free-solid-svg-icons/faArrowUpRightFromSquare';
import { href } from '@/lib/routing/urls';
import { isExternalPost, type BlogEntry, type ExternalPost } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { Icon } from './Icon';
import { ResponsiveImage } from './ResponsiveImage';
import { PostMeta } from './PostMeta';

/**
 * A post published elsewhere (`external_sources`): its title links out, and
 * its line says where it was published, as al-folio marks it.
 */
function ExternalEntry({ post, lang }: { post: ExternalPost; lang: string }) {
  return (
    <article data-external-post="">
      <h2 className="font-serif text-xl font-semibold leading-snug sm:text-2xl">
        <a href={post.url} className="text-ink hover:text-accent">
          {post.title}
          <Icon icon={faArrowUpRightFromSquare} className="ml-2 inline size-3.5 align-baseline text-muted" />
          <span className="sr-only"> (on {post.from})</span>
        </a>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <time dateTime={post.date.iso}>{formatDay(post.date.day, lang)}</time>
        <span aria-hidden="true">·</span>
        <span>
          on <span className="font-medium text-ink/80">{post.from}</span>
        </span>
      </p>
      {post.description && <p className="mt-2 text-muted">{post.description}</p>}
    </article>
  );
}

/** Post summaries, newest first: title, date, description, tags and the post's thumbnail; a post published elsewhere links out. */
export function PostList({ posts, lang }: { posts: BlogEntry[]; lang: string }) {
  return (
    <ol className="divide-y divide-line">
      {posts.map((post) =>
        isExternalPost(post) ? (
          <li key={post.url} className="py-6 first:pt-0">
            <ExternalEntry post={post} lang={lang} />
          </li>
        ) : (
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
        ),
      )}
    </ol>
  );
}
