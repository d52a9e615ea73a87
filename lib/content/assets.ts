import { imageSource, UnreadableImage } from '../images/source';
import { publicFile } from '../routing/public-file';
import type { IssueLog } from '../issues';
import type { SourceFile } from './source-file';
import type { LocalImage } from './types';

/**
 * Files and images named in front matter (`profile.image`, `thumbnail`, a
 * project's `img`, `cv_pdf`), found in public/ as al-folio finds them: each
 * one missing is an error on its key's line.
 */

/**
 * A file named in front matter (`cv_pdf`), as al-folio names them: an
 * address, a path from public/ (`/assets/pdf/cv.pdf`), a path from the site
 * root without its slash, or a bare name in `base`. Logs the key's line when
 * the file is not there.
 */
export function localFile(name: string, key: string[], base: string, file: string, source: SourceFile, log: IssueLog, publicDir: string): string | undefined {
  if (/^https?:\/\//.test(name)) return name;
  const candidates = name.startsWith('/') ? [name] : [`${base}${name}`, `/${name}`];
  for (const candidate of candidates) {
    if (publicFile(candidate, publicDir)) return encodeURI(decodeURI(candidate));
  }
  log.error(file, source.lineOf(key), `${key.join('.')} \`${name}\` does not exist`, `put the file at public${candidates[0]} or change \`${key.join('.')}\``);
  return undefined;
}

/**
 * An image named in front matter (`profile.image`, `thumbnail`, a project's
 * `img`), as al-folio names them: a file name in assets/img/ (`me.jpg`), a
 * path from the site root without its slash (`assets/img/me.jpg`), or a
 * path from public/ (`/assets/img/me.jpg`). Its type is read from its
 * bytes, never its name (a `.jpg` holding a PNG is a PNG, as browsers see
 * it). A missing file is an error on the key's line; a file that is there
 * but holds no image Folio can read (empty, or other bytes) is a warning,
 * and the page does without it (`fallback` says what it shows instead).
 */
export function frontMatterImage(name: string, key: string[], file: string, source: SourceFile, log: IssueLog, publicDir: string, fallback: string): LocalImage | undefined {
  const candidates = name.startsWith('/') ? [name] : [`/assets/img/${name}`, `/${name}`];
  const label = key.join('.').replace('.', ' ');
  for (const candidate of candidates) {
    try {
      // The image pipeline's reading of the file (remembered): its size as shown, EXIF orientation applied.
      const image = imageSource(candidate, publicDir);
      if (image && image.width > 0) return { src: image.src, width: image.width, height: image.height, type: image.type };
      if (image) {
        log.error(file, source.lineOf(key), `${label} \`${name}\` is an SVG without a size`, `give the <svg> a width and a height, or save public${decodeURI(candidate)} as PNG`);
        return undefined;
      }
    } catch (error) {
      if (!(error instanceof UnreadableImage)) throw error;
      log.warn(
        file,
        source.lineOf(key),
        `${label} \`${name}\` cannot be shown (${error.message}): the page shows ${fallback} instead`,
        `save public${decodeURI(candidate)} again as PNG, JPEG, WebP, AVIF or GIF`,
      );
      return undefined;
    }
  }
  const fix = /^https?:/.test(name)
    ? 'download the image into public/assets/img/ and write its file name'
    : `put the file at public${candidates[0]} or change \`${key.join('.')}\``;
  log.error(file, source.lineOf(key), `${label} \`${name}\` does not exist`, fix);
  return undefined;
}
