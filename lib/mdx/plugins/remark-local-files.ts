import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileProps } from '../vocabulary';
import { localFileChecker, type Options } from './local-file-check';

export type { Options } from './local-file-check';

/**
 * A Markdown image, or a file named by an element's props (the vocabulary's
 * `files`: a <Figure>'s or an <img>'s image, a <Video>'s file), that is not in
 * public/ is an error on its line, in the check and in the build (the page
 * would show a broken image); so is an image file that is no image (the
 * build could not make its sizes).
 */
export function remarkLocalFiles({ publicDir, checked }: Options) {
  return (tree: Root, file: VFile) => {
    const { check, done } = localFileChecker(publicDir, file, checked);
    visit(tree, (node) => {
      if (node.type === 'image') check(node.url, node, true);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        for (const [name, kind] of Object.entries(fileProps(node.name) ?? {})) {
          const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
          // On the attribute's line: a component written over several lines has it below the tag.
          if (attr && typeof attr.value === 'string') check(attr.value, attr.position ? attr : node, kind === 'image');
        }
      }
    });
    done();
  };
}
