import { settings } from '../build/settings';

/**
 * Every URL Folio writes, in one place: the layout of its routes, and the
 * base path a site may be served under (`/repo/` on a GitHub project page).
 *
 * Routes are named without the base path (`/blog/2024/post/`): that is how
 * content writes them, how pages are matched and compared. `href()` turns one
 * into the address a page links to; `absoluteUrl()` into the full address
 * feeds, the sitemap and share cards need.
 */

export const basePath = settings.basePath;

/** A site path as a page links to it: with the base path. Addresses elsewhere, fragments and relative paths are left as they are. */
export function href(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return basePath + path;
}

/** A site path as a full address, from the site's `url`: `https://example.org/repo/blog/`. */
export function absoluteFrom(siteUrl: string, path: string): string {
  return new URL(href(path), `${siteUrl.replace(/\/+$/, '')}/`).href;
}

/** A path segment as written in a URL: `café` is `caf%C3%A9`. */
const segment = (text: string) => encodeURIComponent(text);

export type TermKind = 'tag' | 'category';

/** The routes Folio generates. A route is added here, and only here. */
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
  newsAnchor: (slug: string) => `/news/#news-${segment(slug)}`,
  project: (slug: string) => `/projects/${segment(slug)}/`,
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
  searchIndex: '/search-index.json',
} as const;

export const FEEDS = [
  { name: 'RSS', path: '/feed.xml', type: 'application/rss+xml' },
  { name: 'Atom', path: '/atom.xml', type: 'application/atom+xml' },
  { name: 'JSON Feed', path: '/feed.json', type: 'application/feed+json' },
] as const;
