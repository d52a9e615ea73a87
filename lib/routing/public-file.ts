import fs from 'node:fs';
import path from 'node:path';
import { routeKey } from './segments';

/**
 * The file a site path names in public/ (`/assets/img/my%20photo.jpg`,
 * `/assets/pdf/cv.pdf#page=2`), or null: when it is not there, is a folder,
 * cannot be decoded, or leads outside public/ (`/../content/secret.md`; the
 * separator in the guard keeps `public-old/` out too). The one way Folio
 * turns a path written in content into a file on disk.
 */
export function publicFile(sitePath: string, publicDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURI(sitePath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  // Read at build time only (pages are prerendered), so nothing needs tracing.
  const file = path.join(/*turbopackIgnore: true*/ publicDir, decoded);
  if (!file.startsWith(publicDir + path.sep)) return null;
  try {
    return fs.statSync(/*turbopackIgnore: true*/ file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Whether a site path (`/teaching/`, `/assets/pdf/cv.pdf#page=2`) leads to a route in `routes` (keys made by `routeKey`) or a file in public/. */
export function leadsToSite(url: string, routes: ReadonlySet<string>, publicDir: string): boolean {
  const key = routeKey(url.split(/[?#]/)[0]!);
  if (routes.has(key)) return true;
  return publicFile(key, publicDir) !== null;
}
