import type { Post } from '@/lib/content';
import { postsByYear } from '@/lib/taxonomy';
import { BlogLinks } from './BlogLinks';

/** Every post, grouped by year, newest first. */
export function YearArchive({ posts, title, lang }: { posts: Post[]; title: string; lang: string }) {
  const monthDay = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <>
      <header className="mb-10">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{title}</h1>
        <p className="mt-2 text-lg text-muted">
          {posts.length} {posts.length === 1 ? 'post' : 'posts'}, newest first.
        </p>
        <BlogLinks current="/blog/archive/" />
      </header>
      {postsByYear(posts).map(({ year, posts: ofYear }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mb-10">
          <h2 id={`year-${year}`} className="flex items-baseline gap-3 border-b border-line pb-2 font-serif text-2xl font-semibold text-ink">
            {year}
            <span className="font-sans text-sm font-normal text-muted">
              {ofYear.length} {ofYear.length === 1 ? 'post' : 'posts'}
            </span>
          </h2>
          <ul>
            {ofYear.map((post) => (
              <li key={post.permalink} className="grid gap-0.5 py-2.5 sm:grid-cols-[6rem_1fr] sm:gap-4">
                <time dateTime={post.date.iso} className="text-sm tabular-nums text-muted sm:pt-0.5">
                  {monthDay.format(new Date(`${post.date.day}T00:00:00Z`))}
                </time>
                <span>
                  <a href={post.permalink} className="font-medium text-ink hover:text-accent">
                    {post.title}
                  </a>
                  {post.draft && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">draft</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
