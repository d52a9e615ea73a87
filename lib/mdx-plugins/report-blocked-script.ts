import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * next-mdx-remote removes JavaScript from MDX (blockJS), silently. Say so,
 * with the line, so the author is never surprised by text that vanished.
 * `{/* comments *\/}` are removed too, which is what the author meant.
 */
export function reportBlockedScript() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value)) {
        file.message(`the JavaScript expression \`{${node.value.trim()}}\` is removed: scripts are blocked in content`, node, 'folio:blocked-script').note =
          'write \\{ and \\} for literal braces, or put the text in plain Markdown';
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute' || (attr.value && typeof attr.value === 'object')) {
            const name = attr.type === 'mdxJsxAttribute' ? attr.name : '...';
            const value = attr.type === 'mdxJsxAttribute' && typeof attr.value === 'object' ? attr.value?.value : attr.value;
            file.message(`the attribute \`${name}={${value}}\` of <${node.name}> is removed: scripts are blocked in content`, node, 'folio:blocked-script').note =
              `write it as a string: ${name}="${value}"`;
          }
        }
      }
    });
  };
}
