/**
 * `npm run build`: the content check (front matter, files and settings; the
 * pages' MDX is compiled by the build itself), then `next build` in two
 * processes: one compiles, a fresh one prerenders every page. In one
 * process, the compiler's memory (about 1 GB) was still held while the
 * prerender workers started (docs/performance.md). The output is the same.
 *
 * A build that fails leaves no BUILD_ID behind: after the compile step the
 * folder would otherwise look complete, and `next start` would serve a site
 * with its pages missing. Without it, `next start` refuses to start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Step = { command: string; args: string[] };

/** Runs the steps in order; on the first failure, removes `distDir/BUILD_ID` and returns that step's exit code. */
export function runBuild(steps: Step[], distDir: string): number {
  for (const { command, args } of steps) {
    const { status } = spawnSync(command, args, { stdio: 'inherit' });
    if (status !== 0) {
      fs.rmSync(path.join(distDir, 'BUILD_ID'), { force: true });
      // A step killed by a signal has no exit code.
      return status ?? 1;
    }
  }
  return 0;
}

function main(): void {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  // This script runs under tsx: the check runs with the same loader.
  const check: Step = { command: process.execPath, args: [...process.execArgv, path.join(path.dirname(fileURLToPath(import.meta.url)), 'check.ts'), '--quiet', '--no-mdx'] };
  const build = (mode: string): Step => ({ command: process.execPath, args: [next, 'build', `--experimental-build-mode=${mode}`] });
  // The same folder next.config.ts builds into.
  const distDir = process.env.FOLIO_DIST_DIR ?? '.next';
  process.exitCode = runBuild([check, build('compile'), build('generate')], distDir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
