import fs from 'node:fs';
import path from 'node:path';
import { CV_FILES } from '../content/cv';
import type { Content } from '../content/types';
import type { ContentIssue } from '../issues';
import { oldAddressRoute } from '../routing/old-address-routes';
import { leadsToSite, publicFile } from '../routing/public-file';
import { routeKey } from '../routing/segments';
import { publicRoutes } from '../seo/public-routes';

/**
 * The content check's look at the site's old addresses (`redirect_from:`,
 * content/redirects.yml; lib/content/old-addresses.ts), each on its line:
 * an old address must be one the site no longer has (not a page, a post, a
 * list Folio makes, a file in public/), must be a page's address (a file's
 * address, `/cv.pdf`, is answered by the file itself), must be written
 * once, and must lead to a page, a post, a file or an address elsewhere.
 * `routes`: every address of the site (keys made by `routeKey`), the old
 * addresses among them.
 */
export function oldAddressIssues(content: Content, routes: ReadonlySet<string>, publicDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const old = new Set(content.oldAddresses.map((a) => routeKey(a.path)));
  const pages = new Set(publicRoutes(content).flatMap((r) => (r.oldAddress ? [] : [routeKey(r.path)])));
  // The site's own addresses: every route but those only an old address gives.
  const own = new Set([...routes].filter((key) => !old.has(key) || pages.has(key)));
  const seen = new Map<string, string>();
  for (const address of content.oldAddresses) {
    if (!address.place) continue;
    const { file, line, column } = address.place;
    const report = (message: string, fix: string) => issues.push({ severity: 'error', file, line, column, message, fix });
    const key = routeKey(address.path);
    const first = seen.get(key);
    if (first) {
      report(`the old address ${address.path} is given twice (first in ${first})`, 'keep one of the two');
      continue;
    }
    seen.set(key, `${file}:${line}`);
    if (/\.[A-Za-z0-9]+$/.test(address.path)) {
      report(`the old address ${address.path} is a file's: a static host answers it with the file, not a page`, `put the file at public${address.path}`);
    } else if (own.has(key) || publicFile(`${address.path}index.html`, publicDir)) {
      report(`the old address ${address.path} is an address of this site, so visitors would never be sent on`, 'remove it: the page there answers it');
    } else if (!oldAddressRoute(address.path)) {
      report(`the old address ${address.path} is where Folio lists posts (its blog pages, tags and categories) or serves its files`, 'remove it: Folio answers this address itself');
    } else if (address.to.startsWith('/') && !leadsToSite(address.to, own, publicDir) && !leadsToAnchor(address.to, own)) {
      report(`the old address ${address.path} leads to ${address.to}, which is no page, post or file of the site`, 'write the permalink of a page, a post address (/blog/YEAR/SLUG/), a file in public/, or a full address (https://...)');
    }
  }
  return issues;
}

/** `/news/#news-x`: a place on a page of the site. */
function leadsToAnchor(to: string, routes: ReadonlySet<string>): boolean {
  return to.includes('#') && routes.has(routeKey(to.split('#')[0]!));
}

/** Where al-folio served the JSON Resume, and Folio serves content/resume.json (app/assets/json/[file]/). */
export const RESUME_ADDRESS = `/assets/json/${CV_FILES.jsonresume}`;

/**
 * Folio serves content/resume.json at al-folio's address for it,
 * `/assets/json/resume.json` (app/assets/json/[file]/): a copy of its own
 * in public/ would answer there instead, and go stale.
 */
export function resumeCopyIssues(content: Content, contentDir: string, publicDir: string): ContentIssue[] {
  const copy = publicFile(RESUME_ADDRESS, publicDir);
  if (!copy || !fs.existsSync(path.join(contentDir, 'resume.json'))) return [];
  const file = path.relative(content.root, copy).split(path.sep).join('/');
  return [{ severity: 'error', file, line: 1, column: 1, message: 'Folio serves content/resume.json at /assets/json/resume.json: this copy would stand in its way', fix: `delete ${file} (content/resume.json is the one to edit)` }];
}

/**
 * Whether the built site answers `address` (a path without the base path):
 * a route in `routes` (keys made by `routeKey`: pages, lists, feeds, the old
 * addresses' pages), a file in public/ (`/assets/pdf/cv.pdf`, a folder's
 * index.html), or content/resume.json at al-folio's address for it. What the
 * export would write, known without building it (scripts/import-corpus.ts).
 */
export function siteAnswers(address: string, routes: ReadonlySet<string>, dirs: { contentDir: string; publicDir: string }): boolean {
  const local = address.split(/[?#]/)[0]!;
  if (leadsToSite(local, routes, dirs.publicDir)) return true;
  if (local.endsWith('/') && publicFile(`${local}index.html`, dirs.publicDir)) return true;
  return routeKey(local) === RESUME_ADDRESS && fs.existsSync(path.join(dirs.contentDir, CV_FILES.jsonresume));
}
