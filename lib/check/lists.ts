import type { ContentIssue } from '../issues';
import { hasList, type Content } from '../content';
import { isOwnedRoute, routes, type OwnedRoute } from '../routing/urls';
import { publishedPosts } from '../seo/public-routes';

/** What each list needs, and how to give it that. */
const NEEDS: Record<OwnedRoute, { lacks: string; fix: string }> = {
  [routes.blogIndex]: { lacks: 'the blog has no published post', fix: 'publish a post (`npm run new -- post "Title"`), or remove the page' },
  [routes.archive]: { lacks: 'the blog has no published post', fix: 'publish a post (`npm run new -- post "Title"`), or remove the page' },
  [routes.tags]: { lacks: 'no published post has a tag or a category', fix: 'give a post `tags:` or `categories:`, or remove the page' },
  [routes.news]: { lacks: 'there is no news item', fix: 'add one to content/news/ (`npm run new -- news "Title"`), or remove the page' },
};

/**
 * A page that titles a list the site does not have (`permalink: /blog/`
 * without a post): the list does not exist, so neither does its page nor
 * its menu item. Not an error (a site may be between posts), but said, on
 * the page's `permalink` line.
 */
export function emptyListIssues(content: Content): ContentIssue[] {
  const published = { ...content, posts: publishedPosts(content) };
  return content.pages.flatMap((page) => {
    if (!isOwnedRoute(page.permalink) || hasList(published, page.permalink)) return [];
    const { lacks, fix } = NEEDS[page.permalink];
    return [
      {
        severity: 'warning' as const,
        file: page.file,
        line: page.source.lineOf(['permalink']),
        column: 1,
        message: `this page titles ${page.permalink}, but ${lacks}: the list, this page and its menu item are left out of the site`,
        fix,
      },
    ];
  });
}
