import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * ```mermaid blocks become <Mermaid chart="..."> before code highlighting sees
 * them. The component shows the source until the diagram library (loaded
 * only on pages that have a diagram) draws it.
 */
export function remarkMermaid() {
  return (tree: Root) => {
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Mermaid',
        attributes: [{ type: 'mdxJsxAttribute', name: 'chart', value: node.value }],
        children: [],
        position: node.position,
      };
    });
  };
}
