import type { Root as HastRoot } from 'hast';
import type { Node } from 'unist';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { imageSource } from '../../images/source';
import { publicFile } from '../../routing/public-file';

/** Components whose `src` names a file in public/, and whether it is an image the site re-encodes. */
const FILE_ATTRIBUTES: Record<string, { attribute: string; image: boolean }> = {
  Figure: { attribute: 'src', image: true },
  img: { attribute: 'src', image: true },
  Video: { attribute: 'src', image: false },
};

type Check = (src: string | null | undefined, node: Node, image: boolean) => void;

/**
 * Checks site paths against public/: a missing file, or an image that is no
 * image, is a fatal message on its line. Throws the first when done, so
 * every one is in the file's messages.
 */
function checker(publicDir: string, file: VFile): { check: Check; done: () => void } {
  let first: VFileMessage | undefined;
  const fail = (reason: string, note: string, node: Node) => {
    const m = file.message(reason, node, 'folio:missing-file');
    m.fatal = true;
    m.note = note;
    first ??= m;
  };
  const check: Check = (src, node, image) => {
    if (!src || !src.startsWith('/') || src.startsWith('//')) return;
    let decoded: string;
    try {
      decoded = decodeURI(src.split(/[?#]/)[0]!);
    } catch {
      return fail(`\`${src}\` is not a valid path`, 'write a space as %20 and a % as %25', node);
    }
    if (!publicFile(src, publicDir)) return fail(`\`${src}\` does not exist`, `put the file at public${decoded} or fix the path`, node);
    if (!image) return;
    try {
      imageSource(src, publicDir);
    } catch {
      fail(`\`${src}\` is not an image`, `save it as PNG, JPEG, WebP, AVIF, GIF or SVG (public${decoded})`, node);
    }
  };
  return {
    check,
    done: () => {
      if (first) throw first;
    },
  };
}

/**
 * A Markdown image, a <Figure>, an <img> or a <Video> whose file is not in
 * public/ is an error on its line, in the check and in the build (the page
 * would show a broken image); so is an image file that is no image (the
 * build could not make its sizes).
 */
export function localFiles({ publicDir }: { publicDir: string }) {
  return (tree: Root, file: VFile) => {
    const { check, done } = checker(publicDir, file);
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

/** The same for an `<img>` written in HTML, in a `.md` body (after rehype-raw has made it an element). */
export function localHtmlImages({ publicDir }: { publicDir: string }) {
  return (tree: HastRoot, file: VFile) => {
    const { check, done } = checker(publicDir, file);
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string') check(node.properties.src, node, true);
    });
    done();
  };
}
