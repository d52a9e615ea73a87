import type { ImageFormat } from './plan';

/**
 * How each format is encoded: next/image's settings (quality 75; AVIF at
 * 75 × 50/80, which its authors matched to WebP 75 by dssim and
 * ssimulacra2), so images look as they did when next/image made them.
 * AVIF's effort is the build's cost: see docs/performance.md.
 */
export const ENCODERS = {
  avif: { quality: 47, effort: 3 },
  webp: { quality: 75 },
  // A PNG with a quality is quantized to a palette, as next/image does.
  png: { quality: 75 },
  jpeg: { quality: 75, mozjpeg: true },
} as const satisfies Record<ImageFormat, object>;

/** Part of every generated file's hash: new settings make new addresses. */
export const ENCODER_SETTINGS = JSON.stringify(ENCODERS);
