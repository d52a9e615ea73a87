import type { Node } from 'unist';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { publicFile } from '../../routing/public-file';

/** A site path as the check compares it: decoded, and with a trailing slash unless it names a file (`/feed.xml`). */
export function routeKey(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded.endsWith('/') || /\.[A-Za-z0-9]+$/.test(decoded) ? decoded : `${decoded}/`;
}

/** Whether a site path (`/teaching/`, `/assets/pdf/cv.pdf#page=2`) leads to a route in `routes` (keys made by `routeKey`) or a file in public/. */
export function leadsToSite(url: string, routes: ReadonlySet<string>, publicDir: string): boolean {
  const key = routeKey(url.split(/[?#]/)[0]!);
  if (routes.has(key)) return true;
  return publicFile(key, publicDir) !== null;
}

/**
 * The content check's look at internal links: a Markdown link (or an
 * `<a href>` in MDX) to a site path that is no page, post, blog page or file
 * in public/ is a warning on its line. `routes` are keys made by `routeKey`.
 */
export function internalLinks({ routes, publicDir }: { routes: ReadonlySet<string>; publicDir: string }) {
  return (tree: Root, file: VFile) => {
    const check = (url: string | null | undefined, node: Node) => {
      if (!url || !url.startsWith('/') || url.startsWith('//') || leadsToSite(url, routes, publicDir)) return;
      file.message(`the link \`${url}\` leads to no page, post or file of the site`, node, 'folio:broken-link').note =
        'use the permalink of a page, a post address (/blog/YEAR/SLUG/), or a file in public/';
    };
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') check(node.url, node);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
        const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
        if (href && typeof href.value === 'string') check(href.value, node);
      }
    });
  };
}
