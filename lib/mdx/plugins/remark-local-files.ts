import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localFileChecker, type Options } from './local-file-check';

export type { Options } from './local-file-check';

/** Components whose `src` names a file in public/, and whether it is an image the site re-encodes. */
const FILE_ATTRIBUTES: Record<string, { attribute: string; image: boolean }> = {
  Figure: { attribute: 'src', image: true },
  img: { attribute: 'src', image: true },
  Video: { attribute: 'src', image: false },
};

/**
 * A Markdown image, a <Figure>, an <img> or a <Video> whose file is not in
 * public/ is an error on its line, in the check and in the build (the page
 * would show a broken image); so is an image file that is no image (the
 * build could not make its sizes).
 */
export function remarkLocalFiles({ publicDir }: Options) {
  return (tree: Root, file: VFile) => {
    const { check, done } = localFileChecker(publicDir, file);
    visit(tree, (node) => {
      if (node.type === 'image') check(node.url, node, true);
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && FILE_ATTRIBUTES[node.name]) {
        const { attribute, image } = FILE_ATTRIBUTES[node.name]!;
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
        // On the attribute's line: a component written over several lines has it below the tag.
        if (attr && typeof attr.value === 'string') check(attr.value, attr.position ? attr : node, image);
      }
    });
    done();
  };
}
