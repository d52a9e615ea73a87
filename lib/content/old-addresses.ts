import fs from 'node:fs';
import { z } from 'zod';
import type { IssueLog } from '../issues';
import { oldAddressRoute, type OldAddressRoute } from '../routing/old-address-routes';
import { permalinkSegments } from '../routing/segments';
import { newsPath, projectPagePath, routes } from '../routing/urls';
import { perIndex } from './memo';
import type { Content, NewsItem, Page, Post, Project } from './types';
import { parseYaml } from './yaml';

/**
 * The addresses a site had before and no longer has, each still answered
 * (issue 21): links from papers, CVs and search engines to an al-folio site
 * keep working after the move. Each is a page that sends its visitor on at
 * once (components/MovedPage.tsx, as `redirect:` pages do), prerendered by
 * the route Next gives that path (lib/routing/old-address-routes.ts), left
 * out of the sitemap and the search index. They are written
 *
 * - in a document's front matter, `redirect_from:` (jekyll-redirect-from's
 *   key, which al-folio sites use): a path or a list of paths that lead to
 *   the page, post, news item or project;
 * - in `content/redirects.yml`, for addresses that are no document:
 *   `/old/path/: /new/path/` (or an address elsewhere);
 * - by Folio itself for its own documents that have no page: an inline
 *   news item at `/news/<name>/` (al-folio built a page for every news
 *   item) leads to its place on the news list, a project with `redirect:`
 *   at `/projects/<name>/` to where its card leads.
 *
 * The content check (lib/check/old-addresses.ts) says, on its line, when
 * one cannot be kept.
 */

export type OldAddress = {
  /** The old address, decoded, ending in a slash: `/2018/nanoseconds/`. */
  path: string;
  /** Where it leads now: a path of the site (a permalink, or `/news/#news-x`) or an address elsewhere. */
  to: string;
  /** The moved page's title. */
  title: string;
  /** Where the author wrote it; none for the addresses Folio keeps by itself. */
  place?: { file: string; line: number; column: number };
};

/** An old address as written: a path from the site root, without `?`, `#`, `..` or spaces; with its trailing slash. */
export function oldAddressPath(value: string): string | null {
  const text = value.trim();
  if (!text.startsWith('/') || text.startsWith('//') || /[?#\s]/.test(text) || text.split('/').includes('..')) return null;
  let decoded: string;
  try {
    decoded = decodeURI(text);
  } catch {
    return null;
  }
  return decoded.endsWith('/') || /\.[A-Za-z0-9]+$/.test(decoded) ? decoded : `${decoded}/`;
}

const NOT_A_PATH = { fix: 'write the old address from the site root, e.g. /2018/old-post-name/' };

/** `redirect_from:` in front matter: one path or a list; blank is none. */
export const redirectFromField = z.union([z.string(), z.array(z.union([z.string(), z.number()])), z.null()]).transform((value, ctx) => {
  const list = value === null ? [] : typeof value === 'string' ? [value] : value.map(String);
  const paths: string[] = [];
  list.forEach((item, i) => {
    const path = oldAddressPath(item);
    if (path) paths.push(path);
    else ctx.addIssue({ code: 'custom', path: typeof value === 'string' ? [] : [i], message: `\`${item}\` is not a path of the site`, params: NOT_A_PATH });
  });
  return paths;
});

/** `content/redirects.yml`: old path → where it leads now. Each problem is an error on its line. */
export function readRedirects(file: string, log: IssueLog): OldAddress[] {
  if (!fs.existsSync(file)) return [];
  const yaml = parseYaml(fs.readFileSync(file, 'utf8'), file, log);
  if (!yaml) return [];
  const found: OldAddress[] = [];
  for (const [key, value] of Object.entries(yaml.data)) {
    const place = { file: log.relative(file), line: yaml.lineOf([key]), column: yaml.columnOf([key]) };
    const path = oldAddressPath(key);
    const to = typeof value === 'string' ? value.trim() : '';
    if (!path) {
      log.error(file, place.line, `\`${key}\` is not a path of the site`, NOT_A_PATH.fix, place.column);
    } else if (!/^https?:\/\/\S+$/i.test(to) && !(to.startsWith('/') && !to.startsWith('//') && !/\s/.test(to))) {
      log.error(file, place.line, `\`${key}\` leads to ${typeof value === 'string' || typeof value === 'number' ? `\`${value}\`` : 'no address'}, which is neither a path of the site nor an address`, `write where it leads now: \`${key}: /new/path/\` or \`${key}: https://...\``, place.column);
    } else {
      found.push({ path, to, title: 'This page has moved', place });
    }
  }
  return found;
}

type Documents = { pages: Page[]; posts: Post[]; news: NewsItem[]; projects: Project[] };

/** A news item's place: its page, or (inline) its entry on the news list. */
function newsPlace(item: NewsItem): string {
  return newsPath(item) ?? routes.newsAnchor(item.slug);
}

/**
 * Every old address of the site: `redirect_from` of each document,
 * content/redirects.yml, then those Folio keeps by itself (where the author
 * wrote none for that path).
 */
export function collectOldAddresses({ pages, posts, news, projects }: Documents, redirects: OldAddress[]): OldAddress[] {
  const found: OldAddress[] = [];
  const from = (doc: Page | Post | NewsItem | Project, to: string, title: string) =>
    // A list item's line, or the key's when it is one path.
    (doc.redirectFrom ?? []).forEach((path, i) => found.push({ path, to, title, place: { file: doc.file, line: doc.source.lineOf(['redirect_from', i]), column: 1 } }));
  for (const page of pages) from(page, page.permalink, page.title);
  for (const post of posts) from(post, post.permalink, post.title);
  for (const item of news) from(item, newsPlace(item), item.title ?? 'News');
  for (const project of projects) from(project, projectPagePath(project) ?? project.redirect!, project.title);
  found.push(...redirects);
  // Paths the author wrote, and those a titled news item's page has.
  const written = new Set([...found.map((a) => a.path), ...news.flatMap((item) => (item.inline ? [] : [decodeURI(routes.newsItem(item.slug))]))]);
  const own = (path: string, to: string, title: string) => !written.has(path) && found.push({ path, to, title });
  for (const item of news) if (item.inline) own(decodeURI(routes.newsItem(item.slug)), newsPlace(item), item.title ?? 'News');
  for (const project of projects) if (project.redirect) own(decodeURI(routes.project(project.slug)), project.redirect, project.title);
  return found;
}

const byPath = perIndex((content: Content) => new Map(content.oldAddresses.map((a) => [a.path, a])));

/**
 * The old addresses one route prerenders (lib/routing/old-address-routes.ts),
 * as its decoded segments: `['2018', 'nanoseconds']` for the catch-all.
 */
export function oldAddressSegments(content: Content, route: OldAddressRoute): string[][] {
  return content.oldAddresses.filter((a) => oldAddressRoute(a.path) === route).map((a) => permalinkSegments(encodeURI(a.path)));
}

/** The old address at a path (decoded, with its trailing slash), if the site keeps one there. */
export function oldAddressAt(content: Content, path: string): OldAddress | undefined {
  return byPath(content).get(path);
}
