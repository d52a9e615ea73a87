import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { href } from '../../routing/urls';

/** The path the site is served under: `''` at the root of its domain, `/repo` for a GitHub project page. */
export type Options = { basePath: string };

const URL_PROPERTIES = ['href', 'src', 'poster'] as const;
const HTML_ATTRIBUTES = new Set(['href', 'src', 'poster']);

/**
 * Links and media in content name the site's paths from its root, as
 * al-folio content does (`/assets/pdf/cv.pdf`, `[the blog](/blog/)`); on a
 * site served under a base path (`/repo/`) they gain it (lib/routing/urls.ts),
 * in Markdown and in HTML alike. Components resolve their own props, and so
 * do images: every `<img>` (Markdown, HTML, or JSX: rehype-jsx-images.ts)
 * renders through MarkdownImage, which finds the file in public/ by its
 * path first and names the files the build made of it (lib/images/).
 */
export function rehypeSiteLinks({ basePath }: Options) {
  return (tree: Root) => {
    if (!basePath) return;
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName !== 'img') {
        const element = node as Element;
        for (const name of URL_PROPERTIES) {
          const value = element.properties[name];
          if (typeof value === 'string') element.properties[name] = href(value, basePath);
        }
        const srcSet = element.properties.srcSet;
        if (typeof srcSet === 'string') element.properties.srcSet = srcSet.replace(/(^|,\s*)(\/(?!\/)\S*)/g, (_m, lead: string, path: string) => lead + href(path, basePath));
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[a-z]/.test(node.name) && node.name !== 'img') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && HTML_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') attribute.value = href(attribute.value, basePath);
        }
      }
    });
  };
}
