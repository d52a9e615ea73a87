import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { imageSource } from '../../images/source';
import { publicFile } from '../../routing/public-file';

/** Where public/ is: the files a body names are looked for there. */
export type Options = { publicDir: string };

type Check = (src: string | null | undefined, node: Node, image: boolean) => void;

/**
 * Checks site paths against public/: a missing file, or an image that is no
 * image, is a fatal message on its line. Throws the first when done, so
 * every one is in the file's messages.
 */
export function localFileChecker(publicDir: string, file: VFile): { check: Check; done: () => void } {
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
