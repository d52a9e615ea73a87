import path from 'node:path';
import { distDirOf } from '../build-state';
import { ContentError } from './issues';
import { readContent, type Content, type LoadOptions, type NewsItem, type Page, type Post } from './load';

export type { Content, Document, Page, Post, NewsItem, Site, LocalImage } from './load';
export type { ContentDate } from './fields';
export { ContentError, formatIssue, type ContentIssue } from './issues';

/** Where the content lives for this process: `content/`, or FOLIO_CONTENT_DIR (tests use fixtures). */
export function loadOptions(): LoadOptions {
  const root = process.cwd();
  return {
    root,
    // Read at build time only (every route is prerendered), so nothing needs tracing.
    contentDir: path.resolve(/*turbopackIgnore: true*/ root, process.env.FOLIO_CONTENT_DIR ?? 'content'),
    // FOLIO_PUBLIC_DIR lets the content check look at another public/ (an imported site's); Next serves ./public.
    publicDir: path.resolve(/*turbopackIgnore: true*/ root, process.env.FOLIO_PUBLIC_DIR ?? 'public'),
    includeDrafts: process.env.NODE_ENV !== 'production',
    // A build's processes share what they derive from each body (lib/content/derive.ts).
    derivedCache: process.env.NODE_ENV === 'production' ? derivedCachePath(root) : undefined,
  };
}

/** The build's cache of derived fields, in the dist folder's cache (`npm run build` empties it first). */
export function derivedCachePath(root = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, distDirOf(), 'cache', 'folio-derived.json');
}

/**
 * The process's content index. The bundler gives pages and route handlers
 * (feeds, share images, the sitemap) separate copies of this module, so the
 * index is kept on the process, not in a module variable: one read per
 * build worker instead of one per copy.
 */
const CACHE = Symbol.for('folio.content');
const processCache = globalThis as { [CACHE]?: Content };

/**
 * All content, read and validated once per build process. In `next dev` it is
 * read on every call, so a saved file shows on the next request.
 */
export function getContent(): Content {
  const cached = processCache[CACHE];
  if (cached) return cached;
  const { content, log } = readContent(loadOptions());
  if (log.hasErrors || !content) throw new ContentError(log.issues);
  if (process.env.NODE_ENV === 'production') processCache[CACHE] = content;
  return content;
}

export type NavItem = { title: string; href: string };

/** The about page first (as al-folio does), then by `nav_order`, then by title. */
export function navItems(content: Content): NavItem[] {
  const rank = (p: Page) => (p.layout === 'about' ? -Infinity : (p.navOrder ?? Infinity));
  return content.pages
    .filter((p) => p.nav)
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
    .map((p) => ({ title: p.title, href: p.permalink }));
}

export function aboutPage(content: Content): Page | undefined {
  return content.pages.find((p) => p.layout === 'about');
}

/** The page for `/`: the one whose permalink is `/`, else the about page. */
export function homePage(content: Content): Page | undefined {
  return content.pages.find((p) => p.permalink === '/') ?? aboutPage(content);
}

/** Pages served by the catch-all route: all but `/` and the blog index. */
export function standalonePages(content: Content): Page[] {
  return content.pages.filter((p) => p.permalink !== '/' && p.layout !== 'blog');
}

export function pageAt(content: Content, permalink: string): Page | undefined {
  return standalonePages(content).find((p) => p.permalink === permalink);
}

export function blogIndexPage(content: Content): Page | undefined {
  return content.pages.find((p) => p.layout === 'blog');
}

export function blogPageCount(content: Content): number {
  return Math.max(1, Math.ceil(content.posts.length / content.site.blog.per_page));
}

/** Posts on blog index page `n` (1-based). */
export function blogPage(content: Content, n: number): Post[] {
  const size = content.site.blog.per_page;
  return content.posts.slice((n - 1) * size, n * size);
}

export function blogPagePath(n: number): string {
  return n <= 1 ? '/blog/' : `/blog/page/${n}/`;
}

export function postAt(content: Content, year: string, slug: string): Post | undefined {
  return content.posts.find((p) => String(p.date.year) === year && p.slug === slug);
}

/** The neighbours of a post in time: `newer` and `older`. */
export function adjacentPosts(content: Content, post: Post): { newer?: Post; older?: Post } {
  const i = content.posts.indexOf(post);
  return { newer: content.posts[i - 1], older: content.posts[i + 1] };
}

export function permalinkSegments(permalink: string): string[] {
  return permalink.split('/').filter(Boolean).map(decodeURIComponent);
}

/** A news item with its own page (not `inline: true`) lives at `/news/<slug>/`; inline items have none. */
export function newsPath(item: NewsItem): string | undefined {
  return item.inline ? undefined : `/news/${encodeURIComponent(item.slug)}/`;
}

export function newsItemAt(content: Content, slug: string): NewsItem | undefined {
  return content.news.find((n) => !n.inline && n.slug === slug);
}
