/**
 * `npm run build`: the content check, then `next build` in two processes,
 * one that compiles and a fresh one that prerenders every page; the check
 * runs beside the compile once Next's compiler cache is there
 * (scripts/build-steps.ts).
 *
 * Only a build that finished can be served: the dist folder is marked
 * complete after the last step (lib/build-state.ts), and `next start`
 * refuses a folder without the mark, however the build ended (an error, a
 * Ctrl-C, a SIGKILL). A failed build also leaves no BUILD_ID behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundCompilerCache, BuildCache, pruneBuildCache } from '../lib/build/cache';
import { buildCacheDir } from '../lib/build/process-cache';
import { markComplete, markIncomplete } from '../lib/build/build-state';
import { settings } from '../lib/build/settings';
import { takeBuildLock } from './build-lock';
import { buildStages, runStages, runStep, type Stage } from './build-steps';

/**
 * Runs the stages (scripts/build-steps.ts). On a failure, removes
 * `distDir/BUILD_ID` and returns the failed step's exit code; when all
 * succeed, marks the build complete.
 */
export async function runBuild(stages: Stage[], distDir: string): Promise<number> {
  markIncomplete(distDir);
  // Every step as in production, the check included, so it fills the build's cache (lib/content/derive.ts).
  const status = await runStages(stages, { ...process.env, NODE_ENV: 'production' });
  if (status !== 0) {
    fs.rmSync(path.join(distDir, 'BUILD_ID'), { force: true });
    return status;
  }
  markComplete(distDir);
  return 0;
}

/** What `next build` keeps in its folder when it starts (it removes the rest): its caches, `next dev`'s output, its logs. */
const KEPT_BY_NEXT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

/**
 * The last build in `distDir`, moved aside at once and removed by a process
 * of its own while this build runs: `next build` would remove it first thing,
 * and at 1000 posts its 25,000 files take seconds. It goes to a folder beside
 * (`<distDir>-previous`, which a build killed meanwhile leaves for the next
 * one to remove); only what Next itself would remove moves. Resolves when it
 * is gone.
 */
export function setAsideLastBuild(distDir: string): Promise<void> {
  const aside = `${distDir}-previous`;
  const entries = fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((entry) => !KEPT_BY_NEXT.has(entry)) : [];
  if (entries.length === 0 && !fs.existsSync(aside)) return Promise.resolve();
  const into = path.join(aside, String(process.pid));
  fs.mkdirSync(into, { recursive: true });
  for (const entry of entries) {
    try {
      fs.renameSync(path.join(distDir, entry), path.join(into, entry));
    } catch {
      // Held open elsewhere (a server on Windows): left for next build, which removes it with retries.
    }
  }
  // Its output (none, unless it fails: then the next build tries again) is held and dropped.
  const removal = runStep({ command: process.execPath, args: ['-e', `require('node:fs').rmSync(${JSON.stringify(aside)}, { recursive: true, force: true })`] }, process.env, []);
  return removal.then(() => undefined);
}

async function main(): Promise<void> {
  // One build or export at a time in a project (scripts/build-lock.ts).
  const lock = takeBuildLock(process.cwd(), 'build');
  if ('refused' in lock) {
    console.error(`The build did not start: ${lock.refused}.`);
    process.exitCode = 1;
    return;
  }
  if (lock.note) console.log(`Note: ${lock.note}.`);
  // The same folder next.config.ts builds into.
  const distDir = settings.distDir;
  try {
    boundCompilerCache(path.join(distDir, 'cache'));
    const lastBuildGone = setAsideLastBuild(distDir);
    process.exitCode = await runBuild(buildStages(path.join(distDir, 'cache')), distDir);
    await lastBuildGone;
    // What this build did not use, and no build used for a week, goes from Folio's cache (lib/build/cache.ts).
    if (process.exitCode === 0) pruneBuildCache(new BuildCache(buildCacheDir()));
  } finally {
    lock.release();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
