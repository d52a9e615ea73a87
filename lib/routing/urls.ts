import { settings } from '../build/settings';
import { encodeSegment as segment } from './segments';

/**
 * Every URL the pages, feeds and checks write, in one place: the layout of
 * Folio's routes, the URL of each thing content makes (a post, a news item,
 * a project), the routes a page may title, and the base path a site may be
 * served under (`/repo/` on a GitHub project page). (The browser's script,
 * which cannot import this module, finds its modules, the search index and
 * the search page beside its own address: client/folio.ts.)
 *
 * Routes are named without the base path (`/blog/2024/post/`): that is how
 * content writes them, how pages are matched and compared. `href()` turns one
 * into the address a page links to; `absoluteFrom()` into the full address
 * feeds, the sitemap and share cards need (lib/seo/url.ts gives it the site's `url`).
 */

export const basePath = settings.basePath;

/** A site path as a page links to it: with the base path. Addresses elsewhere, fragments and relative paths are left as they are. */
export function href(path: string, base = basePath): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base + path;
}

/** A site path as a full address, from the site's `url`: `https://example.org/repo/blog/`. */
export function absoluteFrom(siteUrl: string, path: string): string {
  return new URL(href(path), `${siteUrl.replace(/\/+$/, '')}/`).href;
}

export type TermKind = 'tag' | 'category';

/** The id of an inline news item on the news list, the anchor its search result leads to. */
export const newsItemId = (slug: string) => `news-${slug}`;

/** The routes Folio generates. A route is added here, and only here (with its match in `generatedRouteAt` when content makes its pages). */
export const routes = {
  home: '/',
  blogIndex: '/blog/',
  /** The blog index, page `n` (1-based). */
  blog: (n = 1) => (n <= 1 ? '/blog/' : `/blog/page/${n}/`),
  post: (year: number | string, slug: string) => `/blog/${year}/${segment(slug)}/`,
  /** The posts of one year, which al-folio links from every post. */
  year: (year: number | string) => `/blog/${year}/`,
  archive: '/blog/archive/',
  tags: '/blog/tags/',
  /** A tag's or a category's posts, page `n`: `/blog/tag/café-au-lait/` encoded. */
  term: (kind: TermKind, slug: string, n = 1) => {
    const base = `/blog/${kind}/${segment(slug)}/`;
    return n <= 1 ? base : `${base}page/${n}/`;
  },
  /** The scheme of a kind of term, for the feeds' categories. */
  terms: (kind: TermKind) => `/blog/${kind}/`,
  news: '/news/',
  newsItem: (slug: string) => `/news/${segment(slug)}/`,
  /** An inline news item has no page: it is an anchor on the news list. */
  newsAnchor: (slug: string) => `/news/#${segment(newsItemId(slug))}`,
  project: (slug: string) => `/projects/${segment(slug)}/`,
  /** A course's page, where Jekyll put al-folio's `_teachings`: `/teachings/<file name>/`. */
  course: (slug: string) => `/teachings/${segment(slug)}/`,
  search: '/search/',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  /** A page's share image: `/og/blog/2024/post/image.png`, `/og/image.png` for `/` (the path is encoded already). */
  shareImage: (encodedPath: string) => `/og${encodedPath}image.png`,
  /** An image file made at build (lib/images/): `/img/blending-methods.5d41402abc.640.avif`. */
  image: (name: string) => `/img/${name}`,
  /** KaTeX's stylesheet and fonts, served from the installed package. */
  katex: (file: string) => `/katex/${file}`,
  /** Folio's own script, and the modules it loads beside it. */
  script: (name: string, version: string) => `/${name}?v=${version}`,
  /** The site's own styles: site.yml's theme tokens, then content/styles.css (lib/content/stylesheet.ts). */
  stylesheet: (version: string) => `/folio-theme.css?v=${version}`,
} as const;

/** Where posts are, as Jekyll's `permalink` setting writes it (site.yml's `blog.permalink`): routes.post's layout. */
export const POST_PERMALINK = '/blog/:year/:title/';

export const FEEDS = [
  { name: 'RSS', path: '/feed.xml', type: 'application/rss+xml' },
  { name: 'Atom', path: '/atom.xml', type: 'application/atom+xml' },
  { name: 'JSON Feed', path: '/feed.json', type: 'application/feed+json' },
] as const;

/** A news item's own page, `/news/<slug>/`; an inline item (`inline: true`) has none. */
export function newsPath(item: { slug: string; inline: boolean }): string | undefined {
  return item.inline ? undefined : routes.newsItem(item.slug);
}

/** A project's own page, `/projects/<file name>/`; none when it has `redirect`. */
export function projectPagePath(project: { slug: string; redirect?: string }): string | undefined {
  return project.redirect ? undefined : routes.project(project.slug);
}

/** Where a project's card leads: its `redirect`, else its own page. */
export function projectHref(project: { slug: string; redirect?: string }): string {
  return project.redirect ?? projectPagePath(project)!;
}

/**
 * Routes Folio generates that a page may title: a page with one of these
 * permalinks (any layout) gives the route its title and description, and
 * its body shows above the list, as al-folio's `_pages/news.md` or
 * `_pages/blog.md` did.
 */
export const OWNED_ROUTES = [routes.blogIndex, routes.news, routes.tags, routes.archive] as const;

export type OwnedRoute = (typeof OWNED_ROUTES)[number];

/** Each owned route's title when no page titles it. */
export const OWNED_ROUTE_TITLES: Record<OwnedRoute, string> = {
  [routes.blogIndex]: 'Blog',
  [routes.news]: 'News',
  [routes.tags]: 'Tags and categories',
  [routes.archive]: 'Archive',
};

export function isOwnedRoute(permalink: string): permalink is OwnedRoute {
  return (OWNED_ROUTES as readonly string[]).includes(permalink);
}

/** The kinds of generated page a content page's permalink may not take (lib/routing/permalinks.ts says why to the author). */
export type GeneratedRoute = 'blog' | 'project' | 'course' | 'news item' | 'search';

/**
 * Which generated page a permalink (decoded, as written) would hide, if any:
 * the blog's later pages, years, posts and term pages; a project's page; a
 * course's page; a news item's page; the search page. The routes a page may title
 * (OWNED_ROUTES) are none of these.
 */
export function generatedRouteAt(permalink: string): GeneratedRoute | undefined {
  if (isOwnedRoute(permalink)) return undefined;
  // routes.blog(n), routes.year, routes.post, routes.term (with its later pages)
  if (/^\/blog\/(page\/\d+\/|\d{4}\/([^/]+\/)?|(tag|category)\/.+)$/.test(permalink)) return 'blog';
  // routes.project
  if (/^\/projects\/[^/]+\/$/.test(permalink)) return 'project';
  // routes.course
  if (/^\/teachings\/[^/]+\/$/.test(permalink)) return 'course';
  // routes.newsItem
  if (permalink.startsWith(routes.news)) return 'news item';
  if (permalink === routes.search) return 'search';
  return undefined;
}
