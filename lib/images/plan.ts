/**
 * Which files an image becomes, decided without reading it: the widths a
 * page offers the browser for each place an image is shown, and the formats.
 * Pure: the build (app/img/) and the pages (components/ResponsiveImage.tsx)
 * both ask here, so a page never names a file the build did not write.
 */

/**
 * Every place Folio shows an image, with its CSS `sizes`: how wide the image
 * is drawn at each viewport width. A component names its role; the widths
 * follow from it.
 */
export const IMAGE_ROLES = {
  /** `<Figure>`, `<Figures>` and Markdown images: the text column (624 px), the whole width on a phone. */
  figure: '(min-width: 768px) 704px, 100vw',
  /** A panoramic `<Figure>` (twice as wide as tall, or more): the wide band (docs/design.md). */
  figureWide: '(min-width: 1024px) 936px, 100vw',
  /** A zoomed figure: over the whole page. */
  zoom: '100vw',
  /** The about page's photo: the side column on wide screens (240 px), the column's width up to 320 px on a phone. */
  profile: '(min-width: 1024px) 240px, 320px',
  /** A post's thumbnail beside its summary in the blog's lists. */
  thumbnail: '(min-width: 640px) 160px, 96px',
  /** A post's thumbnail on its featured card, above the blog's list. */
  featured: '(min-width: 1024px) 480px, (min-width: 640px) 50vw, 100vw',
  /** A project's image on its card. */
  card: '(min-width: 1024px) 320px, (min-width: 640px) 50vw, 100vw',
  /** A project's image beside the text, on al-folio's horizontal cards. */
  cardRow: '(min-width: 768px) 160px, 33vw',
  /** A publication's preview, in the entry's left column. */
  preview: '104px',
} as const;

export type ImageRole = keyof typeof IMAGE_ROLES;

/**
 * next/image's widths (its default `imageSizes` and `deviceSizes`): the same
 * steps, so a browser picks the same file it picked before.
 */
export const WIDTHS = [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840] as const;

/** The narrowest screen next/image plans for, in device pixels: a `50vw` image needs at least 320. */
const SMALLEST_SCREEN = 640;

/** Screens go up to 3 device pixels per CSS pixel; beyond that, files are never chosen (next/image stops at 2x). */
const MAX_DENSITY = 3;

/**
 * The widths of an image `intrinsic` pixels wide, drawn at `sizes`. As
 * next/image plans them (a `vw` size: every step from the smallest phone's
 * share up), with two differences that change no browser's choice:
 *
 * - no step wider than the file: next/image lists 1920w and 3840w for a
 *   1600-pixel image and serves the same 1600 pixels for each; here the
 *   file's own width is the last step;
 * - a size in pixels only (`240px`) keeps the steps a screen of 1x to 3x can
 *   pick (next/image lists all fifteen, 32w to 3840w, for a 240-pixel photo).
 */
export function plannedWidths(intrinsic: number, sizes: string): number[] {
  const slots = slotsOf(sizes);
  let steps: number[];
  if (slots.vw.length > 0 || slots.other) {
    const ratio = slots.vw.length > 0 ? Math.min(...slots.vw) / 100 : 1;
    steps = WIDTHS.filter((w) => w >= SMALLEST_SCREEN * ratio);
  } else {
    const least = Math.min(...slots.px);
    const most = Math.max(...slots.px) * MAX_DENSITY;
    // A step is picked when it is the first one at or above what a screen needs.
    steps = WIDTHS.filter((w, i) => w >= least && (i === 0 || WIDTHS[i - 1]! < most));
  }
  const below = steps.filter((w) => w < intrinsic);
  return below.length === steps.length ? below : [...below, intrinsic];
}

/** The drawn widths a `sizes` value names: each entry's length, the media condition before it left out. */
function slotsOf(sizes: string): { px: number[]; vw: number[]; other: boolean } {
  const slots = { px: [] as number[], vw: [] as number[], other: false };
  for (const entry of sizes.split(',')) {
    const length = entry.trim().split(/\s+/).pop() ?? '';
    const match = /^(\d+(?:\.\d+)?)(px|vw)$/.exec(length);
    if (!match) slots.other = true;
    else slots[match[2] as 'px' | 'vw'].push(Number(match[1]));
  }
  return slots;
}

export type ImageFormat = 'avif' | 'webp' | 'png' | 'jpeg';

export const MIME_TYPES: Record<ImageFormat, string> = { avif: 'image/avif', webp: 'image/webp', png: 'image/png', jpeg: 'image/jpeg' };

/** What a source file becomes: smaller formats offered first, then one every browser shows. */
export type FormatPlan = { sources: ImageFormat[]; fallback: ImageFormat };

/**
 * The formats of the files made from a source of this type (image-size's
 * names): AVIF, then WebP, then the original's own format. `null`: the
 * file is shown as it is (SVG, an animation, a type no browser decodes the
 * same way everywhere), as next/image does too.
 */
export function formatPlan(type: string, animated: boolean): FormatPlan | null {
  if (animated) return null;
  switch (type) {
    case 'jpg':
      return { sources: ['avif', 'webp'], fallback: 'jpeg' };
    case 'png':
    case 'gif':
      return { sources: ['avif', 'webp'], fallback: 'png' };
    case 'tiff':
      return { sources: ['avif', 'webp'], fallback: 'jpeg' };
    case 'webp':
    case 'avif':
      return { sources: ['avif'], fallback: 'webp' };
    default:
      return null;
  }
}

/** Every format of a plan, in the order they are offered. */
export function formatsOf(plan: FormatPlan): ImageFormat[] {
  return [...plan.sources, plan.fallback];
}

/**
 * The name of one generated file: `blending-methods.5d41402abc.640.avif`.
 * The source's name (readable in the browser's network panel and in image
 * search), the hash of its bytes (a changed image is a new address, so the
 * file may be cached for good), the width, the format.
 */
export function generatedName(sourcePath: string, hash: string, width: number, format: ImageFormat): string {
  return `${stemOf(sourcePath)}.${hash}.${width}.${format}`;
}

/** Reads a generated file's name back; null when it is not one. */
export function parseGeneratedName(name: string): { hash: string; width: number; format: ImageFormat } | null {
  const match = /^[a-z0-9-]+\.([0-9a-f]{10})\.([1-9]\d*)\.(avif|webp|png|jpeg)$/.exec(name);
  return match ? { hash: match[1]!, width: Number(match[2]), format: match[3] as ImageFormat } : null;
}

/** A source file's name as a URL-safe word: `Café photo 1.JPG` → `cafe-photo-1`. */
function stemOf(sourcePath: string): string {
  let base = sourcePath.split('/').pop() ?? '';
  try {
    base = decodeURIComponent(base);
  } catch {
    // A name with a stray % stays as it is.
  }
  const stem = base
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'image';
}
