import type { SafeHtml } from '../sanitize/sanitize';
import { buildCache } from '../build/process-cache';
import { projectFolder, settings } from '../build/settings';
import { ContentError } from '../issues';
import { categoryList } from '../mdx/props';
import type { PropsOf } from '../mdx/vocabulary';
import { readContent } from './load';
import type { Content, Course, ListSwitch, LoadOptions, NavChild, NewsItem, Page, Post, Project } from './types';
import type { ExternalPost } from './external-posts';
import { isOwnedRoute, OWNED_ROUTE_TITLES, routes, type OwnedRoute } from '../routing/urls';

export type { Content, Course, Document, Page, Post, NewsItem, Project, ScheduleEntry, Site, LocalImage, NavChild } from './types';
export type { Cv, CvEntry, CvSection, CvDate, CvPeriod } from './cv';
export type { ContentDate } from './fields';
export type { ExternalPost } from './external-posts';

/** Where the content lives for this process: `content/`, or FOLIO_CONTENT_DIR (tests use fixtures). */
export function loadOptions(): LoadOptions {
  const root = process.cwd();
  return {
    root,
    contentDir: projectFolder(settings.contentDir, root),
    // FOLIO_PUBLIC_DIR lets the content check look at another public/ (an imported site's); Next serves ./public.
    publicDir: projectFolder(settings.publicDir, root),
    includeDrafts: process.env.NODE_ENV !== 'production',
    // A build's processes, and the next build, share what they derive from each body (lib/content/derive.ts).
    derivedCache: buildCache()?.root,
  };
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

/** A header item: a page, or (al-folio's `dropdown: true`) a submenu of links and rules under the page's title. */
export type NavItem = { title: string; href: string; children?: NavChild[] };

/**
 * The header's menu, as al-folio's: the home page first, under its title
 * (al-folio lists the `/` page first whatever its front matter says;
 * `nav: false` on it leaves it out), then the pages with `nav: true`, by
 * `nav_order`, then by title. A page that titles a list the site does not
 * have (`/blog/` without a post) is not listed: the list does not exist.
 */
export function navItems(content: Content): NavItem[] {
  const home = homePage(content);
  const listed = content.pages
    .filter((p) => p !== home && p.nav === true && !(isOwnedRoute(p.permalink) && !hasList(content, p.permalink)))
    .sort((a, b) => (a.navOrder ?? Infinity) - (b.navOrder ?? Infinity) || a.title.localeCompare(b.title));
  const items = listed.map((p): NavItem => ({ title: p.title, href: p.permalink, ...(p.dropdown && { children: p.dropdown }) }));
  if (!home || home.nav === false) return items;
  // A home page titled with the site's title or the author's name would repeat the header's brand beside it.
  const { title, name } = content.site;
  return [{ title: home.title === title || home.title === name ? 'About' : home.title, href: home.permalink }, ...items];
}

export function aboutPage(content: Content): Page | undefined {
  return content.pages.find((p) => p.layout === 'about');
}

/**
 * Whether the site has a list Folio generates: the blog and its archive
 * need a post, the tags index a tag or a category, the news an item. A list
 * the site does not have does not exist: no page (its address is a 404), no
 * nav item (a page that titles it is left out of the menu), no sitemap
 * entry, no feed.
 */
export function hasList(content: Pick<Content, 'posts' | 'news'> & Partial<Pick<Content, 'externalPosts'>>, route: OwnedRoute): boolean {
  switch (route) {
    case routes.blogIndex:
      // Posts published elsewhere (`external_sources`) are listed there too.
      return content.posts.length > 0 || (content.externalPosts?.length ?? 0) > 0;
    case routes.news:
      return content.news.length > 0;
    case routes.tags:
      return content.posts.some((post) => post.tags.length > 0 || post.categories.length > 0);
    default:
      return content.posts.length > 0;
  }
}

/** The page for `/`: the one whose permalink is `/`, else the about page. */
export function homePage(content: Content): Page | undefined {
  return content.pages.find((p) => p.permalink === '/') ?? aboutPage(content);
}

/** Pages served by the catch-all route: all but `/` and the pages that title a route Folio generates (`/blog/`, `/news/`, ...). */
export function standalonePages(content: Content): Page[] {
  return content.pages.filter((p) => p.permalink !== '/' && !isOwnedRoute(p.permalink));
}

/** The page that titles a route Folio generates (`permalink: /news/`), if any. */
export function ownedRoutePage(content: Content, route: OwnedRoute): Page | undefined {
  return content.pages.find((p) => p.permalink === route);
}

/** How a generated route introduces itself: a title, a description, and the page that titles it, if one does. */
export type RouteIntro = { title: string; description?: SafeHtml; page?: Page };

/** A generated route's title and description: its titling page's, else Folio's. */
export function ownedRouteTitle(content: Content, route: OwnedRoute): RouteIntro {
  const page = ownedRoutePage(content, route);
  return { title: page?.title ?? OWNED_ROUTE_TITLES[route], description: page?.description, page };
}

export function pageAt(content: Content, permalink: string): Page | undefined {
  return standalonePages(content).find((p) => p.permalink === permalink);
}

/** What the blog index lists: the site's posts and the posts published elsewhere (`external_sources`). */
export type BlogEntry = Post | ExternalPost;

export const isExternalPost = (entry: BlogEntry): entry is ExternalPost => 'from' in entry;

/** The blog index's entries, newest first: posts and external posts together, as al-folio lists them. */
export function blogEntries(content: Content): BlogEntry[] {
  if (content.externalPosts.length === 0) return content.posts;
  return [...content.posts, ...content.externalPosts].sort((a, b) => b.date.iso.localeCompare(a.date.iso));
}

export function blogPageCount(content: Content): number {
  return Math.max(1, Math.ceil(blogEntries(content).length / content.site.blog.per_page));
}

/** Entries on blog index page `n` (1-based). */
export function blogPage(content: Content, n: number): BlogEntry[] {
  const size = content.site.blog.per_page;
  return blogEntries(content).slice((n - 1) * size, n * size);
}

export function postAt(content: Content, year: string, slug: string): Post | undefined {
  return content.posts.find((p) => String(p.date.year) === year && p.slug === slug);
}

/** The neighbours of a post in time: `newer` and `older`. */
export function adjacentPosts(content: Content, post: Post): { newer?: Post; older?: Post } {
  const i = content.posts.indexOf(post);
  return { newer: content.posts[i - 1], older: content.posts[i + 1] };
}

export function newsItemAt(content: Content, slug: string): NewsItem | undefined {
  return content.news.find((n) => !n.inline && n.slug === slug);
}

/** What the about page lists when nothing sets a limit (al-folio's starter shows 3). */
const ABOUT_LIST_LIMIT = 3;

/**
 * An about-page list as it shows: the page's own switch wins; unset, the
 * site's (`announcements`, `latest_posts` in site.yml; for news also
 * al-folio v0's `news_limit`).
 */
function aboutList(own: ListSwitch | undefined, site: ListSwitch | undefined, siteLimit?: number | null): { enabled: boolean; limit: number } {
  return {
    enabled: own?.enabled ?? site?.enabled ?? false,
    limit: own?.limit ?? site?.limit ?? siteLimit ?? ABOUT_LIST_LIMIT,
  };
}

/** The news the about page shows: none unless enabled, else the latest up to the limit. */
export function aboutNews(content: Content, page: Page): NewsItem[] {
  const list = aboutList(page.announcements, content.site.announcements, content.site.news_limit);
  return list.enabled ? content.news.slice(0, list.limit) : [];
}

/** The latest posts the about page shows: none unless enabled, else up to the limit. */
export function aboutPosts(content: Content, page: Page): Post[] {
  const list = aboutList(page.latestPosts, content.site.latest_posts);
  return list.enabled ? content.posts.slice(0, list.limit) : [];
}

/** Years that have posts, newest first: each has its page at `/blog/YYYY/`. */
export function postYears(content: Content): number[] {
  return [...new Set(content.posts.map((p) => p.date.year))];
}

export function postsOfYear(content: Content, year: string): Post[] {
  return content.posts.filter((p) => String(p.date.year) === year);
}

export function projectAt(content: Content, slug: string): Project | undefined {
  return content.projects.find((p) => p.slug === slug && !p.redirect);
}

/** The page that lists the projects (its body has `<Projects />`): where a project page leads back to. */
export function projectsPage(content: Content): Page | undefined {
  return content.pages.find((page) => page.derived.components.some((c) => c.name === 'Projects'));
}

/** What a list of projects shows: which categories, in which order (none: every project), and whether as al-folio's horizontal cards. */
export type ProjectsView = { categories?: string[]; horizontal: boolean };

/**
 * What a `<Projects />` shows: its own props (`categories="work, fun"`,
 * `horizontal="true"`) over the page's defaults (`display_categories`,
 * `horizontal`). The check has vouched for the props (lib/check/projects.ts).
 */
export function projectsView(props: PropsOf<'Projects'>, page: ProjectsView | undefined): ProjectsView {
  return {
    categories: props.categories !== undefined ? categoryList(props.categories) : page?.categories,
    horizontal: props.horizontal !== undefined ? props.horizontal.trim() === 'true' : (page?.horizontal ?? false),
  };
}

export type ProjectGroup = { category?: string; projects: Project[] };

/**
 * The cards of a projects list, as al-folio's projects page shows them: in
 * the given categories' order, each group by importance, when
 * `enable_project_categories` is on and categories are given; else one
 * group of every project.
 */
export function projectGroups(content: Content, categories: string[] | undefined): ProjectGroup[] {
  if (!content.site.enable_project_categories || !categories?.length) return [{ projects: content.projects }];
  return categories
    .map((category) => ({ category, projects: content.projects.filter((p) => p.category === category) }))
    .filter((group) => group.projects.length > 0);
}

export function courseAt(content: Content, slug: string): Course | undefined {
  return content.courses.find((c) => c.slug === slug);
}

/** The page that lists the courses (`layout: teaching`, al-folio's `_pages/teaching.md`): where a course page leads back to. */
export function teachingPage(content: Content): Page | undefined {
  return content.pages.find((page) => page.layout === 'teaching' && !page.redirect);
}

/** Terms in the order of a calendar year; a course of a later term comes first on the teaching page. */
const TERM_ORDER = ['winter', 'spring', 'summer', 'fall', 'autumn'];

function termRank(term: string | undefined): number {
  const word = term?.toLowerCase().split(/\s+/).find((w) => TERM_ORDER.includes(w));
  return word ? TERM_ORDER.indexOf(word) : -1;
}

export type CourseYear = { year: number; courses: Course[] };

/**
 * The courses as the teaching page lists them (al-folio's courses list):
 * by year, newest first; in a year, the latest term first (Fall before
 * Spring), terms Folio does not know after, then by title.
 */
export function courseGroups(content: Content): CourseYear[] {
  const years = [...new Set(content.courses.map((c) => c.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    courses: content.courses
      .filter((c) => c.year === year)
      .sort((a, b) => termRank(b.term) - termRank(a.term) || (a.term ?? '').localeCompare(b.term ?? '') || a.title.localeCompare(b.title)),
  }));
}

/**
 * Whether a document shows giscus comments: site.yml has a `giscus` block
 * with a repository, and the document says `giscus_comments: true` (a post
 * also when `giscus.all_posts` is on, unless it says `false`).
 */
export function hasComments(content: Content, doc: { giscusComments?: boolean }, { post = false } = {}): boolean {
  const giscus = content.site.giscus;
  if (!giscus) return false;
  return doc.giscusComments ?? (post && giscus.allPosts);
}
