import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { sanitizeTree, unsafeComponentProps } from '../../sanitize/sanitize';

/**
 * The one sanitizer, on the rendered tree of every page, post and news item
 * (and so of the feeds, which render the same tree): HTML the policy does
 * not allow (lib/sanitize/policy.ts) is removed, and each removal is an
 * error on its line in the content check, so nothing disappears silently.
 * The page is still built without it. A component given an unsafe address
 * (`<Figure src="javascript:...">`) cannot be built: that stops the compile.
 */
export function rehypeSanitizeContent() {
  return (tree: Root, file: VFile) => {
    const fatal: VFileMessage[] = [];
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
        for (const problem of unsafeComponentProps(node)) {
          const m = file.message(problem.message, { place: problem.position, source: 'folio', ruleId: 'unsafe-url' });
          m.fatal = true;
          m.note = problem.fix;
          fatal.push(m);
        }
      }
    });
    if (fatal[0]) throw fatal[0];
    const clean = sanitizeTree(
      tree,
      (removal) => {
        const m = file.message(removal.message, { place: removal.position, source: 'folio', ruleId: 'unsafe-html' });
        // An error in the check; the compile goes on without the removed HTML.
        m.fatal = true;
        m.note = removal.fix;
      },
      // The text positions count in: an attribute of HTML in a .md body is found there.
      { source: String(file.value) },
    );
    tree.children = clean.children;
  };
}
