import { citationIssues } from '../bibliography/citations';
import { imageIssues } from './images';
import { checkDocument } from '../mdx/pipeline';
import type { ContentIssue } from '../issues';
import { missingUrlIssue } from '../seo/url';
import { routes as urls } from '../routing/urls';
import { publicRoutes, siteFeeds } from '../seo/public-routes';
import { routeKey } from '../routing/segments';
import { readContent } from '../content/load';
import type { Content, LoadOptions } from '../content/types';
import { projectsIssues } from './projects';
import { oldAddressIssues, resumeCopyIssues } from './old-addresses';
import { emptyListIssues } from './lists';
import { listingIssues } from './listings';
import { redirectIssues } from './redirects';
import { navIssues } from './nav';

/**
 * The whole content check: front matter against the schemas, then every body
 * compiled with the site's own MDX pipeline. Returns every issue found.
 * `compile: false` skips the compile: the build runs it before `next build`,
 * which compiles each body once anyway and reports MDX errors the same way.
 */
export async function checkContent(options: LoadOptions, { compile = true }: { compile?: boolean } = {}): Promise<ContentIssue[]> {
  const { content, log, documents } = readContent({ ...options, includeDrafts: true });
  const issues = [...log.issues];
  // Feeds, the sitemap and share links are built from `url`.
  if (content && !content.site.url) issues.push(missingUrlIssue(options));
  const routes = content ? siteRoutes(content) : undefined;
  if (compile) for (const doc of documents) issues.push(...(await checkDocument(doc, options.publicDir, routes)));
  if (content) {
    // <Cite> keys against content/publications.bib (a broken site.yml leaves no content to check them against).
    const withReferences = new Set([...content.posts, ...content.projects].map((p) => p.source.path));
    // A post may cite from its own BibTeX file (`bibliography:`) too.
    const own = new Map(content.posts.map((p) => [p.source.path, p.bibliography ?? []]));
    for (const doc of documents) issues.push(...citationIssues(doc, [...content.publications, ...(own.get(doc.source.path) ?? [])], { inPost: withReferences.has(doc.source.path) }));
    issues.push(...projectsIssues(content, documents));
    // Every image the site re-encodes must decode: the build would stop on it.
    issues.push(...(await imageIssues(content, options)));
    issues.push(...redirectIssues(content, routes!, options.publicDir));
    issues.push(...oldAddressIssues(content, routes!, options.publicDir), ...resumeCopyIssues(content, options.contentDir, options.publicDir));
    issues.push(...navIssues(content, routes!, options.publicDir));
    issues.push(...emptyListIssues(content));
    issues.push(...listingIssues(content));
  }
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Where an internal link may lead (besides files in public/): every public page, `/`, the feeds, the sitemap, robots.txt, the search page. */
export function siteRoutes(content: Content): Set<string> {
  const paths = [...publicRoutes(content).map((r) => r.path), urls.home, ...siteFeeds(content).map((f) => f.path), urls.sitemap, urls.robots, urls.search];
  return new Set(paths.map(routeKey));
}
