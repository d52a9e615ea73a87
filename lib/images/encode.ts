import sharp from 'sharp';
import { cacheKey, type BuildCache } from '../build/cache';
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
 * every block all the same). Resolves to null when the file is whole, to
 * what is wrong when it is cut short or damaged but can be shown as far as
 * it goes (as `encodeImage` shows it, and browsers do); rejects when sharp
 * can read nothing of it. What was found is remembered in the cache, so
 * the content check decodes each image once, not at every build.
 */
export async function verifyReadable(source: { file: string; hash: string }, cache: BuildCache | undefined): Promise<string | null> {
  const decode = (failOn: 'warning' | 'none') => sharp(/*turbopackIgnore: true*/ source.file, { failOn }).rotate().resize({ width: 64 }).raw().toBuffer();
  // What is kept: nothing for a whole image, the reason for a damaged one (shown as far as it goes).
  const verdict = async () => {
    try {
      await decode('warning');
      return Buffer.alloc(0);
    } catch (error) {
      await decode('none');
      return Buffer.from((error as Error).message.split('\n')[0]!);
    }
  };
  const reason = cache ? await cache.remember('image', cacheKey(source.hash, 'readable'), verdict) : await verdict();
  return reason.length > 0 ? reason.toString('utf8') : null;
}
