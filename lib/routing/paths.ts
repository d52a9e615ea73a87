import { routes } from './urls';

/**
 * The paths of the pages the content layer makes, one helper per kind, so
 * a route is named in one place.
 */

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
  '/blog/': 'Blog',
  '/news/': 'News',
  '/blog/tags/': 'Tags and categories',
  '/blog/archive/': 'Archive',
};

export function isOwnedRoute(permalink: string): permalink is OwnedRoute {
  return (OWNED_ROUTES as readonly string[]).includes(permalink);
}

/** A project's own page, `/projects/<file name>/`; none when it has `redirect`. */
export function projectPagePath(project: { slug: string; redirect?: string }): string | undefined {
  return project.redirect ? undefined : routes.project(project.slug);
}

/** Where a project's card leads: its `redirect`, else its own page. */
export function projectHref(project: { slug: string; redirect?: string }): string {
  return project.redirect ?? projectPagePath(project)!;
}
