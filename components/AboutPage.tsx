import { href, routes } from '@/lib/routing/urls';
import { aboutNews, aboutPosts, type Content, type Page } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { socialLinks } from '@/lib/seo/socials';
import { Markdown } from './Markdown';
import { NewsItems } from './NewsItems';
import { PageColumns } from './PageColumns';
import { ProfilePhoto } from './ProfilePhoto';
import { SelectedPublications } from './publications/SelectedPublications';
import { RichHtml } from './RichHtml';
import { SectionHeading } from './SectionHeading';
import { SocialLinks } from './SocialLinks';

/** al-folio's about layout: name, subtitle, photo beside the text, socials, news, latest posts. */
export function AboutPage({ page, content }: { page: Page; content: Content }) {
  const { site } = content;
  const news = aboutNews(content, page);
  const posts = aboutPosts(content, page);
  const profiles = page.social ? socialLinks(site) : [];
  const aside =
    page.profile || profiles.length > 0 ? (
      <>
        {page.profile && <ProfilePhoto profile={page.profile} name={site.name} />}
        {profiles.length > 0 && (
          <div className="mb-8 flex justify-center lg:mb-0 lg:mt-4">
            <SocialLinks links={profiles} />
          </div>
        )}
      </>
    ) : undefined;
  const head = (
    <header className="mb-8">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">{site.name}</h1>
      {page.subtitle && <RichHtml html={page.subtitle} className="subtitle mt-2 text-lg text-muted" />}
    </header>
  );
  return (
    <article>
      <PageColumns aside={aside} side={page.profile?.align ?? 'right'} asideFirst head={head}>
        <Markdown doc={page} content={content} />
        {news.length > 0 && (
          <section aria-labelledby="news" className="mt-12">
            <SectionHeading id="news">News</SectionHeading>
            <NewsItems items={news} content={content} />
            <p className="mt-3 text-sm">
              <a href={href(routes.news)} className="text-accent hover:underline">
                All news →
              </a>
            </p>
          </section>
        )}
        {page.selectedPapers && <SelectedPublications content={content} />}
        {posts.length > 0 && (
          <section aria-labelledby="latest-posts" className="mt-12">
            <SectionHeading id="latest-posts">Latest posts</SectionHeading>
            <ul className="divide-y divide-line">
              {posts.map((post) => (
                <li key={post.permalink} className="grid gap-1 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
                  <time dateTime={post.date.iso} className="whitespace-nowrap text-sm font-medium text-muted sm:pt-0.5">
                    {formatDay(post.date.day, site.lang)}
                  </time>
                  <a href={href(post.permalink)} className="font-medium text-accent hover:underline">
                    {post.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </PageColumns>
    </article>
  );
}
