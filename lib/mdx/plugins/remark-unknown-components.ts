import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** The component names an `.mdx` body may use. */
export type Options = { known: readonly string[] };

/**
 * A capitalised tag Folio does not provide would crash the page when
 * rendered: stop at compile time, naming every unknown tag and its line.
 */
export function remarkUnknownComponents({ known }: Options) {
  const names = new Set(known);
  return (tree: Root, file: VFile) => {
    const unknown: VFileMessage[] = [];
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name) && !names.has(node.name)) {
        const m = file.message(`unknown component <${node.name}>`, node, 'folio:unknown-component');
        m.fatal = true;
        m.note = `use one of: ${known.map((n) => `<${n}>`).join(', ')}; or write lowercase HTML`;
        unknown.push(m);
      }
    });
    if (unknown[0]) throw unknown[0];
  };
}
