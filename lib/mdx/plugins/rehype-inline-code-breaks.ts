import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Where a long name in inline code may break when a line is full: after a
 * path or member separator (`/`, `.`, `_`, `::`) and between the words of a
 * camelCase name (`UniPC|Multistep|Scheduler`), never inside a word. Hyphens
 * break on their own.
 */
const BREAK = /(?<=[/._]|::)(?=[^/._:])|(?<=[a-z\d])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g;

/** Inline code gets a `<wbr>` at each of those points; code blocks are left alone. */
export function rehypeInlineCodeBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'pre') return SKIP;
      if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? withBreaks(child.value) : [child]));
      return SKIP;
    });
  };
}

export function withBreaks(text: string): ElementContent[] {
  const parts = text.split(BREAK);
  return parts.flatMap((part, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } satisfies Element] : []),
    { type: 'text', value: part },
  ]);
}
