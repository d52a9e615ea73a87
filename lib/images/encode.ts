import sharp from 'sharp';
import { cacheKey, type BuildCache } from '../build/cache';
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
 * `encodeImage`, kept in the build cache (lib/build/cache.ts) under the
 * source's hash (its bytes and the encoder settings), the width and the
 * format; the cache's version holds sharp's. The next build reads what this
 * one encoded, and an image used by a thousand posts, or copied under two
 * names, is encoded once. Without a cache (`next dev`), encoded each time.
 */
export async function encodeCached(source: { file: string; hash: string }, width: number, format: ImageFormat, cache: BuildCache | undefined): Promise<Buffer> {
  const encode = () => oneAtATime(() => encodeImage(source.file, width, format));
  if (!cache) return encode();
  return cache.remember('image', cacheKey(source.hash, width, format), encode);
}

let queue: Promise<unknown> = Promise.resolve();

/** Encodes one image at a time in a process: a build worker renders several pages at once. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Every file the build will serve, encoded into the cache before `next build`
 * starts, by the content check, `parallel` at a time: the prerender workers
 * then read them. An encode's memory (sharp's, the encoder's buffers) stayed
 * in a worker to its end: 230-360 MB more at the peak of a 1000-post build.
 * A file that does not encode is left to the page that shows it, which
 * reports it with its line.
 */
export async function encodeAll(files: Iterable<{ source: { file: string; hash: string }; width: number; format: ImageFormat }>, cache: BuildCache, parallel: number): Promise<void> {
  const pending = [...files];
  const next = async (): Promise<void> => {
    const file = pending.shift();
    if (!file) return;
    await cache.remember('image', cacheKey(file.source.hash, file.width, file.format), () => encodeImage(file.source.file, file.width, file.format)).catch(() => undefined);
    return next();
  };
  await Promise.all(Array.from({ length: parallel }, next));
}

/**
 * Decodes the whole source (JPEG at a fraction of its size, which reads
 * every block all the same): rejects when sharp cannot read it. A source
 * read once is remembered in the cache, so the content check decodes each
 * image once, not at every build.
 */
export async function verifyReadable(source: { file: string; hash: string }, cache: BuildCache | undefined): Promise<void> {
  const decode = async () => {
    await sharp(/*turbopackIgnore: true*/ source.file).rotate().resize({ width: 64 }).raw().toBuffer();
    return Buffer.alloc(0);
  };
  if (cache) await cache.remember('image', cacheKey(source.hash, 'readable'), decode);
  else await decode();
}
