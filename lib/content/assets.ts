import { imageSource, UnreadableImage } from '../images/source';
import { judgeAddress, show, type AddressKind, type Refusal } from '../routing/addresses';
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
  const refusal = refusedName(name, ['web']);
  if (refusal) {
    log.error(file, source.lineOf(key), `${key.join('.')}: ${refusal.message}`, refusal.fix);
    return undefined;
  }
  if (/^https?:/i.test(name)) return name;
  const candidates = name.startsWith('/') ? [name] : [`${base}${name}`, `/${name}`];
  for (const candidate of candidates) {
    if (publicFile(candidate, publicDir)) return encodeURI(safeDecode(candidate));
  }
  log.error(file, source.lineOf(key), `${key.join('.')} \`${name}\` does not exist`, `put the file at public${candidates[0]} or change \`${key.join('.')}\``);
  return undefined;
}

/**
 * A name of a file in public/ (`me.jpg`, `assets/img/me.jpg`,
 * `/assets/img/me.jpg`), or an address `elsewhere` allows, through the one
 * address gate: a name that would lead out of public/ (`../../etc/passwd`)
 * is refused for what it is, whether or not such a file exists.
 */
function refusedName(name: string, elsewhere: AddressKind[]): Refusal | undefined {
  const address = /^[a-z][a-z\d+.-]*:/i.test(name) || /^[/\\]/.test(name) ? name : `/${name}`;
  const verdict = judgeAddress(address, ['site', ...elsewhere]);
  return verdict.ok ? undefined : { message: `${show(name)} ${verdict.problem}`, fix: verdict.fix };
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/**
 * An image named in front matter (`profile.image`, `thumbnail`, a project's
 * `img`), as al-folio names them: a file name in assets/img/ (`me.jpg`), a
 * path from the site root without its slash (`assets/img/me.jpg`), or a
 * path from public/ (`/assets/img/me.jpg`), through the one address gate
 * first (a name leading out of public/ is refused for what it is, whether
 * or not such a file exists). Its type is read from its bytes, never its
 * name (a `.jpg` holding a PNG is a PNG, as browsers see it). A missing file
 * is an error on the key's line; a file that is there but holds no image
 * Folio can read (empty, or other bytes) is a warning, and the page does
 * without it (`fallback` says what it shows instead).
 */
export function frontMatterImage(name: string, key: string[], file: string, source: SourceFile, log: IssueLog, publicDir: string, fallback: string): LocalImage | undefined {
  const label = key.join('.').replace('.', ' ');
  if (/^https?:/i.test(name)) {
    log.error(file, source.lineOf(key), `${label} \`${name}\` is an image elsewhere`, 'download the image into public/assets/img/ and write its file name');
    return undefined;
  }
  const refusal = refusedName(name, []);
  if (refusal) {
    log.error(file, source.lineOf(key), `${label} ${refusal.message}`, 'write the name of an image in public/assets/img/, or its path from public/');
    return undefined;
  }
  const candidates = name.startsWith('/') ? [name] : [`/assets/img/${name}`, `/${name}`];
  for (const candidate of candidates) {
    try {
      // The image pipeline's reading of the file (remembered): its size as shown, EXIF orientation applied.
      const image = imageSource(candidate, publicDir);
      if (image && image.width > 0) return { src: image.src, width: image.width, height: image.height, type: image.type };
      if (image) {
        log.error(file, source.lineOf(key), `${label} \`${name}\` is an SVG without a size`, `give the <svg> a width and a height, or save public${safeDecode(candidate)} as PNG`);
        return undefined;
      }
    } catch (error) {
      if (!(error instanceof UnreadableImage)) throw error;
      log.warn(
        file,
        source.lineOf(key),
        `${label} \`${name}\` cannot be shown (${error.message}): the page shows ${fallback} instead`,
        `save public${safeDecode(candidate)} again as PNG, JPEG, WebP, AVIF or GIF`,
      );
      return undefined;
    }
  }
  log.error(file, source.lineOf(key), `${label} \`${name}\` does not exist`, `put the file at public${candidates[0]} or change \`${key.join('.')}\``);
  return undefined;
}
