import { permalinkSegments } from './segments';

/**
 * Which of Folio's page routes (app/) serves an old address (lib/content/
 * old-addresses.ts), so that route prerenders the moved page there. Next
 * matches a path to the most specific route: `/blog/2019/Old-Title/` is the
 * post route's, whatever content has; `/journal/2019/x/` falls to the
 * catch-all. Addresses of the routes that list posts (`/blog/page/2/`,
 * `/blog/tag/x/`), of generated files (`/img/`, `/og/`, feeds) and of the
 * fixed pages (`/`, `/blog/`, `/news/`, `/search/`) cannot be given to an
 * old address: null.
 */
export type OldAddressRoute = 'page' | 'post' | 'year' | 'newsItem' | 'project';

/** Top folders of routes that serve files Folio makes, never a page. */
const FILE_ROUTES = new Set(['img', 'og', 'katex', 'folio-mermaid', '_next', 'assets']);

export function oldAddressRoute(path: string): OldAddressRoute | null {
  const segments = permalinkSegments(path);
  const [top, second] = segments;
  // A file's address (`/cv.pdf`, `/feed.xml`, `/about.html`) is a file of public/ or of the export, not a page.
  if (segments.length === 0 || /\.[A-Za-z0-9]+$/.test(segments.at(-1)!) || FILE_ROUTES.has(top!)) return null;
  if (segments.length === 1 && (top === 'blog' || top === 'news' || top === 'search')) return null;
  if (top === 'blog') {
    if (segments.length === 2) return second === 'archive' || second === 'tags' ? null : 'year';
    if (second === 'page' || second === 'tag' || second === 'category') return segments.length === 3 || (segments.length === 5 && segments[3] === 'page') ? null : 'page';
    if (segments.length === 3) return 'post';
    return 'page';
  }
  if (top === 'news' && segments.length === 2) return 'newsItem';
  if (top === 'projects' && segments.length === 2) return 'project';
  return 'page';
}
