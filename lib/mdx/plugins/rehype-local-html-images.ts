import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localFileChecker, type Options } from './local-file-check';

export type { Options } from './local-file-check';

/** An `<img>` written in HTML, in a `.md` body (after rehype-raw has made it an element), is checked as remarkLocalFiles checks a Markdown image. */
export function rehypeLocalHtmlImages({ publicDir, checked }: Options) {
  return (tree: Root, file: VFile) => {
    const { check, done } = localFileChecker(publicDir, file, checked);
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string') check(node.properties.src, node, true);
    });
    done();
  };
}
