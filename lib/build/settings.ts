import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { normalizeBaseurl } from './base-path';

/**
 * Folio's settings from the environment, read once, typed: every FOLIO_*
 * variable a build, a server or a command (scripts/*.ts) reads. The test
 * and benchmark harnesses (playwright.config.ts, e2e/, scripts/bench/)
 * read their own (FOLIO_E2E_PORT, FOLIO_DEV_PORT, FOLIO_DEV_DIST_DIR,
 * FOLIO_CORPUS_EXPORTS, and FOLIO_LIVE_RELOAD_PORT to choose the port of
 * the dev server they start) and hand these to the commands they run. The
 * browser gets its copy of the live-reload port as
 * NEXT_PUBLIC_FOLIO_LIVE_RELOAD_PORT (instrumentation-client.ts).
 */
const env = process.env;

/** The folder the author edits (FOLIO_CONTENT_DIR; tests and the importer point it elsewhere). */
const contentDir = env.FOLIO_CONTENT_DIR ?? 'content';

export const settings = {
  contentDir,
  /** Files served as they are (FOLIO_PUBLIC_DIR: the check looks at an imported site's). */
  publicDir: env.FOLIO_PUBLIC_DIR ?? 'public',
  /** Where `next build` writes and `next start` reads (FOLIO_DIST_DIR: the fixture site builds apart). */
  distDir: env.FOLIO_DIST_DIR ?? '.next',
  /**
   * How far a build worker's heap may grow past what its last full collection kept before it
   * collects again (FOLIO_GC_HEADROOM_MB, 256; 0 leaves it to V8: lib/mdx/pipeline.ts).
   */
  gcHeadroomMB: Number(env.FOLIO_GC_HEADROOM_MB ?? 256),
  /** Prerender workers (FOLIO_BUILD_CPUS); Next leaves a core idle by default. */
  buildCpus: Number(env.FOLIO_BUILD_CPUS) || 2,
  /**
   * `npm run dev`'s event stream for live reload (FOLIO_LIVE_RELOAD_PORT):
   * the port scripts/dev.ts listens on (3035 unless set), which it sets for
   * the `next dev` it starts (empty when live reload is off).
   */
  liveReloadPort: Number(env.FOLIO_LIVE_RELOAD_PORT) || undefined,
  /** FOLIO_ANALYTICS=off leaves analytics out of a production build (a preview, a test server); `npm run dev` never has them. */
  analytics: env.FOLIO_ANALYTICS !== 'off',
  /** `npm run refresh`'s GitHub API (FOLIO_GITHUB_API: tests answer for GitHub on this machine). */
  githubApi: env.FOLIO_GITHUB_API ?? 'https://api.github.com',
  /** Folio's build cache (lib/build/cache.ts); FOLIO_BUILD_CACHE=off makes everything again, and keeps nothing. */
  buildCache: env.FOLIO_BUILD_CACHE !== 'off',
  /** Where a build's processes leave their cache figures for `npm run bench`'s profile (FOLIO_PROFILE_DIR, set by it). */
  profileDir: env.FOLIO_PROFILE_DIR,
  /** `npm run export` builds a static site (FOLIO_OUTPUT=export, set by scripts/export.ts for its build). */
  output: env.FOLIO_OUTPUT === 'export' ? ('export' as const) : ('server' as const),
  /** Where `npm run export` writes the static site (FOLIO_EXPORT_DIR; `out`). */
  exportDir: env.FOLIO_EXPORT_DIR ?? 'out',
  /**
   * The path the site is served under: `''` at the root of its domain,
   * `/repo` for a GitHub project page. FOLIO_BASE_PATH (the Pages workflow
   * sets it) wins over `baseurl` in site.yml.
   */
  basePath: basePathOf(env.FOLIO_BASE_PATH, contentDir),
} as const;

/**
 * A folder the settings name (`contentDir`, `publicDir`, `distDir`) as an
 * absolute path, from the project root (the working directory). Read at
 * build time only (every route is prerendered), so nothing needs tracing.
 */
export function projectFolder(folder: string, root = process.cwd()): string {
  return path.resolve(/*turbopackIgnore: true*/ root, folder);
}

/**
 * The base path is needed before content is read (Next's configuration
 * takes it), so only `baseurl` is read here; the content check validates
 * site.yml whole and reports a bad `baseurl` with its line.
 */
function basePathOf(override: string | undefined, content: string): string {
  if (override !== undefined) return normalizeBaseurl(override) ?? '';
  try {
    const site = YAML.parse(fs.readFileSync(path.join(content, 'site.yml'), 'utf8')) as { baseurl?: unknown } | null;
    return typeof site?.baseurl === 'string' ? (normalizeBaseurl(site.baseurl) ?? '') : '';
  } catch {
    return '';
  }
}
