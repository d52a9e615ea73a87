import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * next-mdx-remote removes JavaScript from MDX (blockJS), silently. Say so,
 * with the line, so the author is never surprised by text that vanished.
 * `{/* comments *\/}` are removed too, which is what the author meant.
 */
export function remarkBlockedScript() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        file.message(`the line \`${node.value.split('\n')[0]!.trim()}\` is removed: content cannot import or export code`, node, 'folio:blocked-script').note =
          'delete it: the components Folio offers (<Figure>, <Callout>, ...) need no import';
      }
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value)) {
        file.message(`the JavaScript expression \`{${node.value.trim()}}\` is removed: scripts are blocked in content`, node, 'folio:blocked-script').note =
          'write \\{ and \\} for literal braces, or put the text in plain Markdown';
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute' || (attr.value && typeof attr.value === 'object')) {
            const name = attr.type === 'mdxJsxAttribute' ? attr.name : '...';
            const value = attr.type === 'mdxJsxAttribute' && typeof attr.value === 'object' ? attr.value?.value : attr.value;
            file.message(`the attribute \`${name}={${value}}\` of <${node.name}> is removed: scripts are blocked in content`, attr.position ? attr : node, 'folio:blocked-script').note = fixFor(name, String(value));
          }
        }
      }
    });
  };
}

/** How to say it without code. A string is no way to give HTML (`dangerouslySetInnerHTML="..."` would crash the page). */
function fixFor(name: string, value: string): string {
  if (name === 'dangerouslySetInnerHTML') return 'write the HTML itself in the file, between the tags';
  if (name === '...') return 'write each attribute out as name="value"';
  if (/^on[A-Z]/.test(name)) return 'delete it: content cannot run scripts';
  if (name === 'style') return 'write it as CSS text: style="color: red; margin: 0"';
  return `write it as a string: ${name}="${value}"`;
}
