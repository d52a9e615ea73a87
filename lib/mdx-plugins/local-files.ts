import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'unist';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Components whose `src` names a file in public/. */
const FILE_ATTRIBUTES: Record<string, string> = { Figure: 'src', Video: 'src' };

/**
 * A Markdown image, a <Figure> or a <Video> whose file is not in public/ is
 * an error on its line, in the check and in the build (the page would show a
 * broken image).
 */
export function localFiles({ publicDir }: { publicDir: string }) {
  return (tree: Root, file: VFile) => {
    let first: VFileMessage | undefined;
    const check = (src: string | null | undefined, node: Node) => {
      if (!src || !src.startsWith('/') || src.startsWith('//')) return;
      const target = path.join(publicDir, decodeURI(src.split(/[?#]/)[0]!));
      if (!target.startsWith(publicDir) || !fs.existsSync(target)) {
        const m = file.message(`\`${src}\` does not exist`, node, 'folio:missing-file');
        m.fatal = true;
        m.note = `put the file at public${decodeURI(src)} or fix the path`;
        first ??= m;
      }
    };
    visit(tree, (node) => {
      if (node.type === 'image') check(node.url, node);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && FILE_ATTRIBUTES[node.name]) {
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === FILE_ATTRIBUTES[node.name!]);
        if (attr && typeof attr.value === 'string') check(attr.value, node);
      }
    });
    if (first) throw first;
  };
}
