import { leadsToSite } from '../routing/public-file';
import type { ContentIssue } from '../issues';
import type { Content } from '../content/types';

/**
 * The content check's look at header submenus (`dropdown: true`): each
 * child written as a path of the site must lead to a page, a post or a file
 * in public/ (`routes`: keys made by `routeKey`), or the header would link
 * to a 404. Addresses (https://...) were judged by the schema.
 */
export function navIssues(content: Content, routes: ReadonlySet<string>, publicDir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const page of content.pages) {
    page.dropdown?.forEach((child, index) => {
      if ('divider' in child || !child.href.startsWith('/') || leadsToSite(child.href, routes, publicDir)) return;
      issues.push({
        severity: 'error',
        file: page.file,
        line: page.source.lineOf(['children', index, 'permalink']),
        column: 1,
        message: `\`children\`: ${child.title} (${child.href}) leads to no page, post or file of the site`,
        fix: 'use the permalink of a page, a post address (/blog/YEAR/SLUG/), a file in public/, or a full address (https://...); or remove the item',
      });
    });
  }
  return issues;
}
