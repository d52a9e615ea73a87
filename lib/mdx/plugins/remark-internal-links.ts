import type { Node } from 'unist';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { leadsToSite } from '../../routing/public-file';

/** The site's routes (keys made by lib/routing/segments.ts's `routeKey`), and where public/ is. */
export type Options = { routes: ReadonlySet<string>; publicDir: string };

/**
 * The content check's look at internal links: a Markdown link (or an
 * `<a href>` in MDX) to a site path that is no page, post, blog page or file
 * in public/ is a warning on its line.
 */
export function remarkInternalLinks({ routes, publicDir }: Options) {
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
