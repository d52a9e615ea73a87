import { FEEDS, href, isOwnedRoute, newsPath, OWNED_ROUTES, projectPagePath, routes as urls, type TermKind } from '../routing/urls';
import { encodedPath } from '../routing/segments';
import { blogPageCount, hasList, ownedRouteTitle, postsOfYear, postYears, type Content, type ContentDate, type LocalImage } from '../content';
import { termLabel, terms, termPageCount, type Term } from '../content/taxonomy';
import { perIndex } from '../content/memo';

/**
 * Every public page of the site, in one list: the sitemap lists it, and the
 * share-image route draws one image for each. A route's `path` is its href
 * (percent-encoded, trailing slash), the form metadata and links use.
 */
export type PublicRoute = {
  path: string;
  title: string;
  /** What kind of page, for the share image: "Blog post", "Tag", ... */
  label: string;
  /** The day shown on the share image (posts and news). */
  date?: ContentDate;
  /** ISO instant of the last change, for the sitemap's `lastmod`. */
  lastModified?: string;
  /** A post's own picture, used instead of a generated share image. */
  thumbnail?: LocalImage;
  /** Later pages of a list (`/blog/page/2/`) share their first page's image: its path. */
  firstPage?: string;
  /** The about page: its share card shows the person (name, subtitle, portrait), not a page title. */
  person?: boolean;
  /** A page or post that has moved (`redirect:`): where it sends visitors. Links may lead to it; the sitemap leaves it out. */
  redirect?: string;
  /** An address the site had before (lib/content/old-addresses.ts), answered by a page that sends its visitor on. */
  oldAddress?: true;
};

export function blogTitle(content: Content): string {
  return ownedRouteTitle(content, urls.blogIndex).title;
}

export function blogPageTitle(content: Content, n: number): string {
  return n <= 1 ? blogTitle(content) : `${blogTitle(content)} – page ${n}`;
}

const TERM_LABELS: Record<TermKind, string> = { tag: 'Tag', category: 'Category' };

export function termTitle(term: Term, n = 1): string {
  const title = term.kind === 'tag' ? `Posts tagged ${termLabel('tag', term.name)}` : `Posts in “${term.name}”`;
  return n <= 1 ? title : `${title} – page ${n}`;
}

/** `/blog/YYYY/`, the posts of one year. */
export function yearTitle(year: string | number): string {
  return `Posts from ${year}`;
}

/** Only published posts are listed, in every build (`next dev` shows drafts on pages, never in feeds or the sitemap). */
export function publishedPosts(content: Content) {
  return content.posts.filter((p) => !p.draft);
}

/** The blog's feeds, when it has a published post to carry; a site without one has none (no files, no links to them). */
export function siteFeeds(content: Content): readonly (typeof FEEDS)[number][] {
  return publishedPosts(content).length > 0 ? FEEDS : [];
}

/**
 * The addresses Folio has a route for that this site does not have: the
 * lists it lacks (a blog without posts, news without items) and, with no
 * published post, the feeds. Their routes answer 404, and the static export
 * removes what it wrote for them (scripts/export/postprocess.ts).
 */
export function absentRoutes(content: Content): string[] {
  const published = { ...content, posts: publishedPosts(content) };
  const feeds = siteFeeds(content);
  return [...OWNED_ROUTES.filter((route) => !hasList(published, route)), ...FEEDS.filter((feed) => !feeds.includes(feed)).map((feed) => feed.path)];
}

function newest(dates: (ContentDate | undefined)[]): string | undefined {
  return dates
    .filter((d): d is ContentDate => d !== undefined)
    .map((d) => d.iso)
    .sort()
    .at(-1);
}

/** Every public page of the site, once per content index (the sitemap and every share image ask for it). */
export const publicRoutes = perIndex(collectPublicRoutes);

/** A public page by its path. */
export function publicRouteAt(content: Content, path: string): PublicRoute | undefined {
  return routesByPath(content).get(path);
}

/** Where a page that moved (`redirect:`) sends its visitors: the address to link to, with the base path, and its name (the page's title, else the address). */
export function movedTo(content: Content, target: string): { href: string; title: string } {
  if (!target.startsWith('/')) return { href: target, title: target };
  const path = target.split(/[?#]/)[0]!;
  const route = path === urls.home ? { title: content.site.title } : publicRouteAt(content, encodedPath(path));
  return { href: href(target), title: route?.title ?? href(target) };
}

const routesByPath = perIndex((content: Content) => new Map(publicRoutes(content).map((route) => [route.path, route])));

/**
 * Page 2 onwards of a list shows the first page's share image: a card
 * reading "page 7" says nothing more, and a blog of a thousand posts would
 * draw hundreds of them at every build.
 */
function laterPage(n: number, firstPage: string): Pick<PublicRoute, 'firstPage'> {
  return n > 1 ? { firstPage } : {};
}

function collectPublicRoutes(content: Content): PublicRoute[] {
  const published = { ...content, posts: publishedPosts(content) };
  const postsChanged = newest(published.posts.map((p) => p.updated ?? p.date));
  const routes: PublicRoute[] = [];
  for (const page of content.pages) {
    // A page on a route Folio generates only titles it; the route is listed below.
    if (isOwnedRoute(page.permalink)) continue;
    routes.push({ path: encodedPath(page.permalink), title: page.title, label: 'Page', ...(page.layout === 'about' ? { person: true } : {}), redirect: page.redirect });
  }
  // A list the site does not have (a blog without posts, news without items) is no page.
  for (let n = 1; hasList(published, urls.blogIndex) && n <= blogPageCount(published); n++) {
    routes.push({ path: urls.blog(n), title: blogPageTitle(content, n), label: 'Blog', lastModified: postsChanged, ...laterPage(n, urls.blog(1)) });
  }
  for (const post of published.posts) {
    routes.push({ path: encodedPath(post.permalink), title: post.title, label: 'Blog post', date: post.date, lastModified: (post.updated ?? post.date).iso, thumbnail: post.thumbnail, redirect: post.redirect });
  }
  for (const list of [urls.tags, urls.archive] as const) {
    if (hasList(published, list)) routes.push({ path: list, title: ownedRouteTitle(content, list).title, label: 'Blog', lastModified: postsChanged });
  }
  for (const year of postYears(published)) {
    routes.push({ path: urls.year(year), title: yearTitle(year), label: 'Blog', lastModified: newest(postsOfYear(published, String(year)).map((p) => p.updated ?? p.date)) });
  }
  for (const kind of ['tag', 'category'] as const) {
    for (const term of terms(published, kind)) {
      const lastModified = newest(term.posts.map((p) => p.updated ?? p.date));
      for (let n = 1; n <= termPageCount(term, content.site.blog.per_page); n++) {
        routes.push({ path: urls.term(kind, term.slug, n), title: termTitle(term, n), label: TERM_LABELS[kind], lastModified, ...laterPage(n, urls.term(kind, term.slug)) });
      }
    }
  }
  const newsTitle = ownedRouteTitle(content, urls.news).title;
  if (hasList(content, urls.news)) routes.push({ path: urls.news, title: newsTitle, label: 'News', lastModified: newest(content.news.map((n) => n.date)) });
  for (const item of content.news) {
    const path = newsPath(item);
    if (path) routes.push({ path, title: item.title ?? newsTitle, label: 'News', date: item.date, lastModified: item.date.iso });
  }
  for (const project of content.projects) {
    const path = projectPagePath(project);
    if (path) routes.push({ path, title: project.title, label: 'Project', thumbnail: project.image });
  }
  for (const course of content.courses) routes.push({ path: urls.course(course.slug), title: course.title, label: 'Course' });
  // Addresses the site had before: each a page that sends its visitor on, as a page that moved does.
  for (const address of content.oldAddresses) routes.push({ path: encodedPath(address.path), title: address.title, label: 'Page', redirect: address.to, oldAddress: true });
  return routes;
}

/** The generated share image of a page: `/og/blog/2024/post/image.png`, `/og/image.png` for `/`. */
export function shareImagePath(path: string): string {
  return urls.shareImage(encodedPath(path));
}

/** The generated image a page shares: its own, or its list's first page's. */
export function shareImageOf(content: Content, path: string): string {
  return shareImagePath(publicRouteAt(content, encodedPath(path))?.firstPage ?? path);
}

/** The routes that draw a share image of their own (app/(share)/og/ renders one for each); a page that moved shares none. */
export function shareImageRoutes(content: Content): PublicRoute[] {
  return publicRoutes(content).filter((route) => !route.thumbnail && !route.firstPage && !route.redirect);
}

/** The pages search engines are told about: every public page but those that moved. */
export function sitemapRoutes(content: Content): PublicRoute[] {
  return publicRoutes(content).filter((route) => !route.redirect);
}
