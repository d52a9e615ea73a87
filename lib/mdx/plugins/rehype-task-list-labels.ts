import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** GFM task-list checkboxes have no label; give each the text of its item. */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !String(node.properties.className ?? '').includes('task-list-item')) return;
      const box = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'input') ??
        node.children.flatMap((c) => (c.type === 'element' ? c.children : [])).find((c): c is Element => c.type === 'element' && c.tagName === 'input');
      if (box) box.properties.ariaLabel = toString(node).trim();
    });
  };
}
