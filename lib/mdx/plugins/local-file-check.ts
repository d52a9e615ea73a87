import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { imageSource, UnreadableImage } from '../../images/source';
import { publicFile } from '../../routing/public-file';

/**
 * Where public/ is: the files a body names are looked for there. `checked`
 * collects the paths checked, so a compile kept between builds checks them
 * again (lib/mdx/pipeline.ts).
 */
export type Options = { publicDir: string; checked?: CheckedFile[] };

/** A site path a body names, as the check saw it. */
export type CheckedFile = { src: string; image: boolean };

/** Whether a path checked once still passes: the file is in public/, and is an image if it must be. */
export function stillThere({ src, image }: CheckedFile, publicDir: string): boolean {
  try {
    return publicFile(src, publicDir) !== null && (!image || imageSource(src, publicDir) !== null);
  } catch {
    return false;
  }
}

type Check = (src: string | null | undefined, node: Node, image: boolean) => void;

/**
 * Checks site paths against public/: a missing file is a fatal message on
 * its line (throws the first when done, so every one is in the file's
 * messages); an image whose file holds no image (empty, or other bytes) is
 * a warning, and the page shows the file as it is, as al-folio did.
 */
export function localFileChecker(publicDir: string, file: VFile, checked?: CheckedFile[]): { check: Check; done: () => void } {
  let first: VFileMessage | undefined;
  const fail = (reason: string, note: string, node: Node) => {
    const m = file.message(reason, node, 'folio:missing-file');
    m.fatal = true;
    m.note = note;
    first ??= m;
  };
  const check: Check = (src, node, image) => {
    if (!src || !src.startsWith('/') || src.startsWith('//')) return;
    checked?.push({ src, image });
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
    } catch (error) {
      if (!(error instanceof UnreadableImage)) throw error;
      // A Markdown image is checked as Markdown, then again as the <img> it became: one warning.
      const reason = `the image \`${src}\` cannot be shown (${error.message}): the page links the file as it is`;
      if (file.messages.some((m) => m.reason === reason && m.line === node.position?.start.line)) return;
      const m = file.message(reason, node, 'folio:unreadable-image');
      m.fatal = false;
      m.note = `save public${decoded} again as PNG, JPEG, WebP, AVIF, GIF or SVG`;
    }
  };
  return {
    check,
    done: () => {
      if (first) throw first;
    },
  };
}
