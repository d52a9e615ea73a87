import path from 'node:path';
import { settings } from './settings';
import { BuildCache } from './cache';

/** The cache's folder: in the dist folder's cache, which `next build` keeps (FOLIO_DIST_DIR moves it along). */
export function buildCacheDir(root = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, settings.distDir, 'cache', 'folio');
}

const PROCESS_CACHE = Symbol.for('folio.buildCache');
const shared = globalThis as { [PROCESS_CACHE]?: BuildCache | null };

/**
 * The cache of a production build, one per process (route handlers and
 * pages get separate copies of this module). None in `next dev`, where
 * pages are made on request from what is on disk, in tests, or with
 * FOLIO_BUILD_CACHE=off.
 */
export function buildCache(): BuildCache | undefined {
  if (shared[PROCESS_CACHE] === undefined) {
    const on = process.env.NODE_ENV === 'production' && settings.buildCache;
    shared[PROCESS_CACHE] = on ? new BuildCache(buildCacheDir(), { profileDir: settings.profileDir }) : null;
  }
  return shared[PROCESS_CACHE] ?? undefined;
}
