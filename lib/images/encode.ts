import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ENCODERS } from './encoders';
import type { ImageFormat } from './plan';

/**
 * One generated file: the source turned upright (EXIF orientation), scaled
 * to `width` (never up), in `format`. Rejects when sharp cannot read the
 * source (a truncated or corrupt file).
 */
export function encodeImage(file: string, width: number, format: ImageFormat): Promise<Buffer> {
  const image = sharp(/*turbopackIgnore: true*/ file).rotate().resize({ width, withoutEnlargement: true });
  switch (format) {
    case 'avif':
      return image.avif(ENCODERS.avif).toBuffer();
    case 'webp':
      return image.webp(ENCODERS.webp).toBuffer();
    case 'png':
      return image.png(ENCODERS.png).toBuffer();
    case 'jpeg':
      return image.jpeg(ENCODERS.jpeg).toBuffer();
  }
}

/**
 * `encodeImage`, kept in the build's cache folder under the source's hash
 * (its bytes and the encoder settings) and sharp's version: the next build
 * reads what this one encoded, and an image used by a thousand posts, or
 * copied under two names, is encoded once.
 */
export async function encodeCached(source: { file: string; hash: string }, width: number, format: ImageFormat, cacheDir: string): Promise<Buffer> {
  const cached = cachePath(cacheDir, `${source.hash}.${width}.${format}`);
  try {
    return fs.readFileSync(cached);
  } catch {
    // Not encoded yet.
  }
  const bytes = await encodeImage(source.file, width, format);
  writeAtomically(cached, bytes);
  return bytes;
}

/**
 * Decodes the whole source (JPEG at a fraction of its size, which reads
 * every block all the same): rejects when sharp cannot read it. A source
 * read once is remembered in the cache, so the content check decodes each
 * image once, not at every build.
 */
export async function verifyReadable(source: { file: string; hash: string }, cacheDir: string): Promise<void> {
  const marker = cachePath(cacheDir, `${source.hash}.readable`);
  if (fs.existsSync(marker)) return;
  await sharp(/*turbopackIgnore: true*/ source.file).rotate().resize({ width: 64 }).raw().toBuffer();
  writeAtomically(marker, Buffer.alloc(0));
}

/** Encoded files are kept per sharp version: another encoder, another cache. */
function cachePath(cacheDir: string, name: string): string {
  return path.join(/*turbopackIgnore: true*/ cacheDir, sharp.versions.sharp ?? 'sharp', name);
}

/** Another process may write the same file at the same time: each writes its own, then renames. */
function writeAtomically(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
}
