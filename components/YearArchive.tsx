import { href, routes } from '@/lib/routing/urls';
import { textHtml } from '@/lib/sanitize/sanitize';
import { type Content, type Post, type RouteIntro } from '@/lib/content';
import { yearTitle } from '@/lib/seo/public-routes';
import { postsByYear } from '@/lib/content/taxonomy';
import { BlogLinks } from './BlogLinks';
import { RouteHeader } from './RouteHeader';

const count = (n: number) => `${n} ${n === 1 ? 'post' : 'posts'}`;

/** One year's posts: day and title, newest first. */
export function YearPosts({ posts, lang }: { posts: Post[]; lang: string }) {
  const monthDay = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <ul>
      {posts.map((post) => (
        <li key={post.permalink} className="grid gap-0.5 py-2.5 sm:grid-cols-[6rem_1fr] sm:gap-4">
          <time dateTime={post.date.iso} className="text-sm tabular-nums text-muted sm:pt-0.5">
            {monthDay.format(new Date(`${post.date.day}T00:00:00Z`))}
          </time>
          <span>
            <a href={href(post.permalink)} className="font-medium text-ink hover:text-accent">
              {post.title}
            </a>
            {post.draft && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-amber-900">draft</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Every post, grouped by year, newest first; each year links to its own page. */
export function YearArchive({ posts, intro, content }: { posts: Post[]; intro: RouteIntro; content: Content }) {
  const { lang } = content.site;
  return (
    <>
      <RouteHeader title={intro.title} description={intro.description ?? textHtml(`${count(posts.length)}, newest first.`)} page={intro.page} content={content}>
        <BlogLinks content={content} current={routes.archive} />
      </RouteHeader>
      {postsByYear(posts).map(({ year, posts: ofYear }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mb-10">
          <h2 id={`year-${year}`} className="flex items-baseline gap-3 border-b border-line pb-2 font-serif text-2xl font-semibold text-ink">
            <a href={href(routes.year(year))} className="hover:text-accent">
              {year}
            </a>
            <span className="font-sans text-sm font-normal text-muted">{count(ofYear.length)}</span>
          </h2>
          <YearPosts posts={ofYear} lang={lang} />
        </section>
      ))}
    </>
  );
}

/** `/blog/YYYY/`: the posts of one year, as al-folio's year archive. */
export function YearPage({ year, posts, content }: { year: string; posts: Post[]; content: Content }) {
  return (
    <>
      <RouteHeader title={yearTitle(year)} description={textHtml(`${count(posts.length)}, newest first.`)}>
        <BlogLinks content={content} />
      </RouteHeader>
      <YearPosts posts={posts} lang={content.site.lang} />
      <p className="mt-8 text-sm">
        <a href={href(routes.archive)} className="text-accent hover:underline">
          ← Every year
        </a>
      </p>
    </>
  );
}
