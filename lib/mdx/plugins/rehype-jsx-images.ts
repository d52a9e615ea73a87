import type { Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * An `<img>` written as JSX in an `.mdx` body (as the importer writes
 * al-folio's HTML) becomes the HTML element a Markdown image is: MDX leaves
 * JSX tags to React as written, so it would skip MarkdownImage, the
 * responsive files the build makes and the site's base path. Runs after
 * the sanitizer, which reports what it removes as the author wrote it
 * (`onError`); its string attributes are kept (an expression is removed
 * anyway: MDX's JavaScript is blocked).
 */
export function rehypeJsxImages() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'img' || !parent || index === undefined) return;
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
      parent.children[index] = { ...h('img', attributes), position: node.position };
      return SKIP;
    });
  };
}
