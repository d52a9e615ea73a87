import type { APIRequestContext } from '@playwright/test';

export type Crawl = {
  /** Internal HTML pages, by path. */
  pages: string[];
  /** Every internal URL found (pages, images, scripts, styles, fonts, feeds) with its status. */
  resources: Map<string, number>;
  /** External URLs found in the pages: listed, never fetched. */
  external: Set<string>;
  /** Where each URL was first seen, for messages. */
  foundOn: Map<string, string>;
  /** Links of this origin outside the base path a site is served under (none is right). */
  outside: Set<string>;
};

const ATTRIBUTES = /\s(?:href|src|poster)="([^"]+)"/g;
const SRCSET = /\ssrcset="([^"]+)"/gi;
const CSS_URL = /url\(["']?([^"')]+)["']?\)/g;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}

/**
 * Visits the built site from its home page, the sitemap and robots.txt,
 * following every internal link, image, script, stylesheet and font (also
 * those named in stylesheets); external URLs are collected, not fetched. A
 * site served under a base path (`baseURL` ending in `/repo/`) is crawled
 * from there, and links of the origin outside it are listed in `outside`.
 */
export async function crawl(request: APIRequestContext, baseURL: string): Promise<Crawl> {
  const result: Crawl = { pages: [], resources: new Map(), external: new Set(), foundOn: new Map(), outside: new Set() };
  const base = new URL(baseURL).pathname.replace(/\/+$/, '');
  const queue: string[] = [`${base}/`, `${base}/sitemap.xml`, `${base}/robots.txt`];
  const seen = new Set(queue);
  const origin = new URL(baseURL).origin;
  const add = (raw: string, from: string) => {
    const value = decode(raw.trim());
    if (!value || value.startsWith('#') || value.startsWith('data:') || value.startsWith('mailto:') || value.startsWith('javascript:')) return;
    let url: URL;
    try {
      url = new URL(value, origin + from);
    } catch {
      return;
    }
    if (url.origin !== origin && !/^https?:\/\/(127\.0\.0\.1|localhost)/.test(url.href)) {
      if (/^https?:/.test(url.protocol)) result.external.add(url.href);
      return;
    }
    const key = url.pathname + url.search;
    if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) result.outside.add(`${key} (on ${from})`);
    if (seen.has(key)) return;
    seen.add(key);
    result.foundOn.set(key, from);
    queue.push(key);
  };
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    result.resources.set(path, response.status());
    const type = response.headers()['content-type'] ?? '';
    if (response.status() !== 200) continue;
    if (type.includes('text/html')) {
      result.pages.push(path);
      const html = await response.text();
      for (const m of html.matchAll(ATTRIBUTES)) add(m[1]!, path);
      for (const m of html.matchAll(SRCSET)) for (const part of decode(m[1]!).split(',')) add(part.trim().split(/\s+/)[0]!, path);
    } else if (type.includes('css')) {
      for (const m of (await response.text()).matchAll(CSS_URL)) add(m[1]!, path);
    } else if (type.includes('xml') && path.endsWith('sitemap.xml')) {
      for (const m of (await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) add(new URL(decode(m[1]!)).pathname, path);
    } else if (path === `${base}/robots.txt`) {
      for (const m of (await response.text()).matchAll(/Sitemap:\s*(\S+)/gi)) add(new URL(m[1]!).pathname, path);
    }
  }
  return result;
}
