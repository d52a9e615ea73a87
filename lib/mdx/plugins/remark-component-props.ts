import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { vocabularyEntry } from '../vocabulary';

/**
 * A component attribute outside its allowed values would be ignored or
 * misread (`<Publications selected="ture">` listed everything): stop at
 * compile time, naming the attribute, its line and what it accepts. An
 * attribute the component does not have is a warning: it does nothing.
 */
export function remarkComponentProps() {
  return (tree: Root, file: VFile) => {
    let first: VFileMessage | undefined;
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
      const entry = vocabularyEntry(node.name);
      if (!entry || entry.checkedBy === 'site') return;
      const rules = entry.props;
      for (const attr of node.attributes) {
        // Expressions are reported (and removed) by remarkBlockedScript.
        if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && typeof attr.value !== 'string')) continue;
        const at = attr.position ? attr : node;
        const rule = rules[attr.name];
        if (!rule) {
          file.message(`<${node.name}> has no attribute \`${attr.name}\`: it does nothing`, at, 'folio:component-props').note =
            `use one of: ${Object.keys(rules).join(', ')}`;
          continue;
        }
        if (attr.value === null ? rule.flag : rule.test(attr.value)) continue;
        const reason =
          attr.value === null
            ? `<${node.name} ${attr.name}>: \`${attr.name}\` needs a value, ${rule.allowed}`
            : `<${node.name} ${attr.name}="${attr.value}">: \`${attr.name}\` must be ${rule.allowed}`;
        const m = file.message(reason, at, 'folio:component-props');
        m.fatal = true;
        m.note = `correct the value, or leave \`${attr.name}\` out`;
        first ??= m;
      }
    });
    if (first) throw first;
  };
}
