import { projectFolder, settings } from '../build/settings';
import { href, routes } from '../routing/urls';
import { formatPlan, formatsOf, generatedName, IMAGE_ROLES, MIME_TYPES, plannedWidths, type ImageFormat, type ImageRole } from './plan';
import { imageSource, UnreadableImage, type ImageSource } from './source';

export { IMAGE_ROLES, type ImageRole } from './plan';

/**
 * Folio's images, made at build: every image the site shows is offered in
 * the widths its place needs (lib/images/plan.ts), as AVIF and WebP with
 * the original's format as the fallback, each one a file the build writes
 * (app/img/[file]/). No image server: `next start` and a static host serve
 * the same files.
 */

/** One place content shows an image: which file, in which role, written where. */
export type ImageUse = { src: string; role: ImageRole; file: string; line: number };

/** One file the build writes: a source at one width in one format, and the places that show it. */
export type GeneratedImage = { name: string; source: ImageSource; width: number; format: ImageFormat; uses: ImageUse[] };

/**
 * The files made for these uses, by name: each source at the widths of
 * each of its roles, in each format. A file named by several uses (an image
 * in a thousand posts) is one entry. An image missing from public/, or no
 * image, is left out: the content check and the page that shows it report
 * it with its line.
 */
export function plannedFiles(uses: ImageUse[], publicDir: string): Map<string, GeneratedImage> {
  const files = new Map<string, GeneratedImage>();
  for (const use of uses) {
    let source: ImageSource | null;
    try {
      source = imageSource(use.src, publicDir);
    } catch {
      source = null;
    }
    const plan = source && formatPlan(source.type, source.animated);
    if (!source || !plan) continue;
    for (const width of plannedWidths(source.width, IMAGE_ROLES[use.role])) {
      for (const format of formatsOf(plan)) {
        const name = generatedName(source.src, source.hash, width, format);
        const file = files.get(name) ?? { name, source, width, format, uses: [] };
        file.uses.push(use);
        files.set(name, file);
      }
    }
  }
  return files;
}

/**
 * An image of the site's public/ as a page reserves room for it; null when
 * the file is not there. A file that holds no image (empty, or other bytes)
 * has no size (0 by 0): the page shows the file as it is, as al-folio did,
 * and the content check warns about it with its line.
 */
export function siteImage(src: string, publicDir = projectFolder(settings.publicDir)): { src: string; width: number; height: number } | null {
  const source = readableSource(src, publicDir);
  if (source === 'unreadable') return { src: encodeURI(decodeURI(src)), width: 0, height: 0 };
  return source && { src: source.src, width: source.width, height: source.height };
}

/** `imageSource`, with a file that holds no image told apart from a missing one. */
function readableSource(src: string, publicDir: string): ImageSource | 'unreadable' | null {
  try {
    return imageSource(src, publicDir);
  } catch (error) {
    if (error instanceof UnreadableImage) return 'unreadable';
    throw error;
  }
}

/** What a page writes for one image: `<source>`s, then the `<img>`'s own candidates. */
export type Picture = {
  sources: { type: string; srcSet: string }[];
  /** The widest fallback file (or the original, for an image shown as it is). */
  src: string;
  srcSet?: string;
  sizes?: string;
};

/**
 * The addresses of an image's files in one role, base path included.
 * Throws when the file is not in public/ (the content check and the compile
 * report it with its line first); a file that holds no image is shown as it
 * is (the check warns about it).
 */
export function picture(src: string, role: ImageRole, publicDir = projectFolder(settings.publicDir)): Picture {
  const source = readableSource(src, publicDir);
  if (!source) throw new Error(`the image ${src} is not in public/`);
  if (source === 'unreadable') return { sources: [], src: href(encodeURI(decodeURI(src))) };
  const plan = formatPlan(source.type, source.animated);
  if (!plan) return { sources: [], src: href(source.src) };
  const sizes = IMAGE_ROLES[role];
  const widths = plannedWidths(source.width, sizes);
  const url = (width: number, format: ImageFormat) => href(routes.image(generatedName(source.src, source.hash, width, format)));
  const srcSet = (format: ImageFormat) => widths.map((w) => `${url(w, format)} ${w}w`).join(', ');
  return {
    sources: plan.sources.map((format) => ({ type: MIME_TYPES[format], srcSet: srcSet(format) })),
    src: url(widths[widths.length - 1]!, plan.fallback),
    srcSet: srcSet(plan.fallback),
    sizes,
  };
}
