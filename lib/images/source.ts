import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { imageSize } from 'image-size';
import { ENCODER_SETTINGS } from './encoders';
import { publicFile } from '../routing/public-file';

/** An image file in public/, as the pipeline knows it. */
export type ImageSource = {
  /** Its site path, percent-encoded as pages write it: `/assets/img/my%20photo.jpg`. */
  src: string;
  /** Its absolute path. */
  file: string;
  /** image-size's name of its type: `jpg`, `png`, `svg`, ... */
  type: string;
  /** As shown: EXIF orientation applied (0 for an SVG that does not say). */
  width: number;
  height: number;
  /** Its bytes and the encoder settings, hashed: the files made from it are named by it. */
  hash: string;
  animated: boolean;
};

/** Thrown for a file that is there but is no image Folio can read; the message says why, in the author's terms. */
export class UnreadableImage extends Error {}

/**
 * Width and height as the image is shown: EXIF orientations 5 to 8 turn it
 * a quarter. The type is the bytes', never the name's (a `.jpg` holding a
 * PNG is a PNG). Throws for a file that is no image: empty, other bytes, or
 * an image's header with none of its pixels after it (a download that
 * stopped early), which no browser can show either.
 */
export function displayedSize(bytes: Uint8Array): { width: number; height: number; type: string } {
  if (bytes.length === 0) throw new UnreadableImage('the file is empty');
  const { width, height, type, orientation } = imageSize(bytes);
  if (!width || !height || !type) throw new UnreadableImage('no width or height');
  if (!hasPixelData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), type)) throw new UnreadableImage('the file ends before its pixels');
  return orientation && orientation >= 5 ? { width: height, height: width, type } : { width, height, type };
}

/** Whether the file starts as a PNG, JPEG, GIF or WebP does (its first bytes), whatever else is wrong with it. */
function imageSignature(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 12));
  return head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) || head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) || head.toString('latin1', 0, 4) === 'GIF8' || (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP');
}

/**
 * Whether any of the pixels follow the header: a PNG's first IDAT chunk, a
 * JPEG's start of scan, a GIF's first frame. A file cut short after that is
 * shown as far as it goes (lib/images/encode.ts), as browsers show it.
 */
function hasPixelData(buffer: Buffer, type: string): boolean {
  if (type === 'png') {
    for (let at = 8; at + 8 < buffer.length; at += 12 + buffer.readUInt32BE(at)) {
      if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT') return at + 8 < buffer.length;
    }
    return false;
  }
  if (type === 'jpg') {
    // Segments after the start-of-image marker, each `FF xx` with a length, up to the start of scan (`FF DA`).
    for (let at = 2; at + 4 <= buffer.length; at += 2 + buffer.readUInt16BE(at + 2)) {
      if (buffer[at] !== 0xff) return false;
      if (buffer[at + 1] === 0xda) return at + 4 + buffer.readUInt16BE(at + 2) < buffer.length;
    }
    return false;
  }
  if (type === 'gif') return gifFrames(buffer) > 0;
  return true;
}

const MEMO = Symbol.for('folio.imageSources');
const shared = globalThis as { [MEMO]?: Map<string, { stamp: string; source: ImageSource }> };

/**
 * The image at a site path, read once per build process (and again in
 * `next dev` when the file changes). Null when the file is not in public/;
 * throws UnreadableImage when it is there and is no image.
 */
export function imageSource(src: string, publicDir: string): ImageSource | null {
  const file = publicFile(src, publicDir);
  if (!file) return null;
  const stat = fs.statSync(/*turbopackIgnore: true*/ file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const memo = (shared[MEMO] ??= new Map());
  const known = memo.get(file);
  if (known && known.stamp === stamp) return known.source;
  const bytes = fs.readFileSync(/*turbopackIgnore: true*/ file);
  let size: ReturnType<typeof displayedSize>;
  try {
    size = displayedSize(bytes);
  } catch (error) {
    // An SVG need not say its size (it scales); it is shown as it is.
    if (!file.toLowerCase().endsWith('.svg')) throw error instanceof UnreadableImage ? error : new UnreadableImage(imageSignature(bytes) ? 'the file ends before its pixels' : 'its bytes are no PNG, JPEG, WebP, AVIF, GIF or SVG');
    size = { width: 0, height: 0, type: 'svg' };
  }
  const source: ImageSource = {
    src: encodeURI(decodeURI(src.split(/[?#]/)[0]!)),
    file,
    ...size,
    hash: createHash('sha256').update(bytes).update(ENCODER_SETTINGS).digest('hex').slice(0, 10),
    animated: isAnimated(bytes, size.type),
  };
  memo.set(file, { stamp, source });
  return source;
}

/**
 * Whether a GIF, PNG or WebP has more than one frame: those are shown as
 * they are (re-encoding would keep the first frame only).
 */
export function isAnimated(bytes: Uint8Array, type: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'webp') {
    // An extended WebP (VP8X) says so in its flags.
    return buffer.toString('latin1', 12, 16) === 'VP8X' && (buffer[20]! & 0x02) !== 0;
  }
  if (type === 'png') {
    // An APNG has an animation control chunk before its image data.
    const actl = buffer.indexOf('acTL', 8, 'latin1');
    return actl !== -1 && actl < buffer.indexOf('IDAT', 8, 'latin1');
  }
  if (type === 'gif') return gifFrames(buffer) > 1;
  return false;
}

/** Counts a GIF's image descriptors, walking its blocks (stops at the second). */
function gifFrames(gif: Buffer): number {
  let at = 13;
  if (gif.length < at) return 0;
  if (gif[10]! & 0x80) at += 3 * 2 ** ((gif[10]! & 0x07) + 1);
  let frames = 0;
  const skipSubBlocks = () => {
    while (at < gif.length && gif[at] !== 0) at += gif[at]! + 1;
    at += 1;
  };
  while (at < gif.length && frames < 2) {
    const block = gif[at];
    if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames += 1;
      const flags = gif[at + 9]!;
      at += 10;
      if (flags & 0x80) at += 3 * 2 ** ((flags & 0x07) + 1);
      at += 1;
      skipSubBlocks();
    } else {
      break;
    }
  }
  return frames;
}
