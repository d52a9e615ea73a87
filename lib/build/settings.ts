import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { normalizeBaseurl } from './base-path';

/**
 * Folio's settings from the environment, read once, typed: every FOLIO_*
 * variable a build, a server or a command reads. (Test harnesses read their
 * own ports: FOLIO_E2E_PORT, FOLIO_DEV_PORT.)
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
  /** Prerender workers (FOLIO_BUILD_CPUS); Next leaves a core idle by default. */
  buildCpus: Number(env.FOLIO_BUILD_CPUS) || 2,
  /** `npm run dev`'s event stream for live reload (FOLIO_LIVE_RELOAD_PORT, set by scripts/dev.ts). */
  liveReloadPort: Number(env.FOLIO_LIVE_RELOAD_PORT) || undefined,
  /** FOLIO_ANALYTICS=off leaves analytics out of a production build (a preview, a test server); `npm run dev` never has them. */
  analytics: env.FOLIO_ANALYTICS !== 'off',
  /** `npm run refresh`'s GitHub API (FOLIO_GITHUB_API: tests answer for GitHub on this machine). */
  githubApi: env.FOLIO_GITHUB_API ?? 'https://api.github.com',
  /** `npm run export` builds a static site into out/ (FOLIO_OUTPUT=export). */
  output: env.FOLIO_OUTPUT === 'export' ? ('export' as const) : ('server' as const),
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
