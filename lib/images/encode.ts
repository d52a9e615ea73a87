import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ENCODERS } from './encoders';
import type { ImageFormat } from './plan';

/**
 * One generated file: the source turned upright (EXIF orientation), scaled
 * to `width` (never up), in `format`. A file cut short or damaged is read
 * as far as it goes, as browsers show it (the content check warns about
 * it); rejects only when sharp can read nothing of it.
 */
export function encodeImage(file: string, width: number, format: ImageFormat): Promise<Buffer> {
  const image = sharp(/*turbopackIgnore: true*/ file, { failOn: 'none' }).rotate().resize({ width, withoutEnlargement: true });
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
 * every block all the same). Resolves to null when the file is whole, to
 * what is wrong when it is cut short or damaged but can be shown as far as
 * it goes (as `encodeImage` shows it, and browsers do); rejects when sharp
 * can read nothing of it. What was found is remembered in the cache, so
 * the content check decodes each image once, not at every build.
 */
export async function verifyReadable(source: { file: string; hash: string }, cacheDir: string): Promise<string | null> {
  const whole = cachePath(cacheDir, `${source.hash}.readable`);
  const damaged = cachePath(cacheDir, `${source.hash}.damaged`);
  if (fs.existsSync(whole)) return null;
  if (fs.existsSync(damaged)) return fs.readFileSync(damaged, 'utf8');
  const decode = (failOn: 'warning' | 'none') => sharp(/*turbopackIgnore: true*/ source.file, { failOn }).rotate().resize({ width: 64 }).raw().toBuffer();
  try {
    await decode('warning');
  } catch (error) {
    await decode('none');
    const reason = (error as Error).message.split('\n')[0]!;
    writeAtomically(damaged, Buffer.from(reason));
    return reason;
  }
  writeAtomically(whole, Buffer.alloc(0));
  return null;
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
