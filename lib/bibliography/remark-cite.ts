import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The keys a document cites with <Cite id="...">, in the order of first citation. */
    citations: string[];
  }
}

/** One `<Cite>` in a body; `line` and `column` are in the body, not the file. */
export type Citation = { id?: string; line: number; column: number };

type CiteNode = MdxJsxFlowElement | MdxJsxTextElement;

function citeNodes(tree: Root): CiteNode[] {
  const nodes: CiteNode[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') nodes.push(node);
  });
  return nodes;
}

/** The `id="..."` of a <Cite>, when written as a string (expressions are blocked in content). */
function idOf(node: CiteNode): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return attr && typeof attr.value === 'string' && attr.value.trim() ? attr.value.trim() : undefined;
}

/** Every <Cite> of a document, in the order of the text. */
export function findCitations(tree: Root): Citation[] {
  return citeNodes(tree).map((node) => ({ id: idOf(node), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }));
}

/** The cited keys, each once, in the order of first citation: the numbering of the reference list. */
export function citedKeys(citations: Citation[]): string[] {
  return [...new Set(citations.map((c) => c.id).filter((id): id is string => id !== undefined))];
}

/**
 * Numbers citations: each `<Cite id="x">` gets `number="N"`, N counting the
 * keys in the order they are first cited, so `[1]` in the text is the first
 * entry of the post's reference list. The keys are left in `file.data.citations`.
 */
export default function remarkCite() {
  return (tree: Root, file: VFile) => {
    const numbers = new Map<string, number>();
    for (const node of citeNodes(tree)) {
      const id = idOf(node);
      if (!id) continue;
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'number'));
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(numbers.get(id)) });
    }
    file.data.citations = [...numbers.keys()];
  };
}
