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
  if (!cache) return encodeImage(source.file, width, format);
  return cache.remember('image', cacheKey(source.hash, width, format), () => encodeImage(source.file, width, format));
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
