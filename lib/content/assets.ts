import fs from 'node:fs';
import path from 'node:path';
import { imageSource } from '../images/source';
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
 * al-folio names images relative to `assets/img/`; a path with a leading slash
 * is relative to `public/`. Returns null when the file is not there.
 */
function localImage(name: string, base: string, publicDir: string): LocalImage | null {
  const src = name.startsWith('/') ? name : base + name;
  try {
    // The image pipeline's reading of the file (remembered): its size as shown, EXIF orientation applied.
    const image = imageSource(src, publicDir);
    return image && image.width > 0 ? { src: image.src, width: image.width, height: image.height } : null;
  } catch {
    return null;
  }
}

/**
 * An image named in front matter (`profile.image`, `thumbnail`), as al-folio
 * names them: a file name in assets/img/ (`me.jpg`), a path from the site
 * root without its slash (`assets/img/me.jpg`), or a path from public/
 * (`/assets/img/me.jpg`). Logs the key's line when the file is not there.
 */
export function frontMatterImage(name: string, key: string[], file: string, source: SourceFile, log: IssueLog, publicDir: string): LocalImage | undefined {
  const candidates = name.startsWith('/') ? [name] : [`/assets/img/${name}`, `/${name}`];
  for (const candidate of candidates) {
    const image = localImage(candidate, '/', publicDir);
    if (image) return image;
  }
  const found = candidates.find((candidate) => fs.existsSync(path.join(publicDir, decodeURI(candidate))));
  if (found) {
    log.error(file, source.lineOf(key), `${key.join('.').replace('.', ' ')} \`${name}\` is not an image`, `save public${decodeURI(found)} as PNG, JPEG, WebP, AVIF or GIF`);
    return undefined;
  }
  const fix = /^https?:/.test(name)
    ? 'download the image into public/assets/img/ and write its file name'
    : `put the file at public${candidates[0]} or change \`${key.join('.')}\``;
  log.error(file, source.lineOf(key), `${key.join('.').replace('.', ' ')} \`${name}\` does not exist`, fix);
  return undefined;
}
