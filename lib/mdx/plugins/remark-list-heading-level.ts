import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * `<Publications />` puts its years under headings, which must sit one level
 * below the heading the list follows (a screen reader's outline, axe's
 * heading-order): h3 under "## Publications" on a research page, h2 on a
 * page whose text has no heading before it. Set here, as `level`, from the
 * document; not written by authors (the vocabulary has no such attribute),
 * so it runs after remarkComponentProps.
 */
export function remarkListHeadingLevel() {
  return (tree: Root) => {
    // The page's title is the h1.
    let depth = 1;
    visit(tree, (node) => {
      if (node.type === 'heading') depth = node.depth;
      else if (node.type === 'mdxJsxFlowElement' && node.name === 'Publications') {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'level', value: String(Math.min(depth + 1, 6)) });
      }
    });
  };
}
