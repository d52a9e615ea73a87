import { leadsToSite } from '../routing/public-file';
import { routeKey } from '../routing/segments';
import { isOwnedRoute } from '../routing/urls';
import type { ContentIssue } from '../issues';
import type { Content, Page, Post } from '../content/types';
import { homePage } from '../content';

/**
 * The content check's look at `redirect:` on pages and posts: a path of the
 * site must lead to a page, a post or a file in public/ (`routes`: keys made
 * by `routeKey`), a page may not send visitors to itself, and a page that
 * titles a route Folio generates (`/blog/`, `/news/`, ...) cannot move.
 */
export function redirectIssues(content: Content, routes: ReadonlySet<string>, publicDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const home = homePage(content);
  const report = (doc: Page | Post, message: string, fix: string) =>
    issues.push({ severity: 'error', file: doc.file, line: doc.source.lineOf(['redirect']), column: 1, message, fix });
  for (const doc of [...content.pages, ...content.posts]) {
    const target = doc.redirect;
    if (!target) continue;
    if ('layout' in doc && isOwnedRoute(doc.permalink)) {
      report(doc, `\`redirect\`: this page titles ${doc.permalink}, a list Folio generates, which cannot move`, 'remove `redirect`, or give the page another `permalink`');
    } else if (target.startsWith('/')) {
      const own = new Set([routeKey(doc.permalink), ...(doc === home ? ['/'] : [])]);
      if (own.has(routeKey(target.split(/[?#]/)[0]!))) {
        report(doc, `\`redirect\`: ${target} is this page itself, so visitors would never arrive`, 'write the path of another page, or an address (https://...)');
      } else if (!leadsToSite(target, routes, publicDir)) {
        report(doc, `\`redirect\`: ${target} leads to no page, post or file of the site`, 'use the permalink of a page, a post address (/blog/YEAR/SLUG/), a file in public/, or a full address (https://...)');
      }
    }
  }
  return issues;
}
