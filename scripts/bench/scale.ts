import fs from 'node:fs';
import path from 'node:path';
import { generateContent } from './generate';
import { profileRun, type Profile } from './profile';

/**
 * Build and export, cold and warm (issue 25): each run profiled
 * (./profile.ts) as an author runs it. Cold is a fresh clone: no `.next`,
 * so neither Next's compiler cache nor Folio's; warm is the next run after
 * one post's text changed, with the caches the cold run left.
 *
 * The runs use copies of the content (`.bench/`), never `content/`, and
 * their own dist folders; the export builds in `.next` whatever it is told
 * (scripts/export.ts), so a `.next` already there is moved aside for the
 * bench and put back after.
 */

export type BuildRun = { site: string; posts: number; output: 'build' | 'export'; cache: 'cold' | 'warm'; profile: Profile };

/** Budgets of issue 25, in seconds and megabytes. */
export const BUILD_BUDGET = { shippedWarmExportSeconds: 20, shippedColdExportSeconds: 45, warmBuildShare: 0.5, peakMB: 2048, exportShareOfBuild: 1.15 };

/** Changes one post's text (a sentence added to its body), as an author does between two builds. */
export function changeOnePost(contentDir: string): void {
  const blog = path.join(contentDir, 'blog');
  const file = path.join(blog, fs.readdirSync(blog).sort()[0]!);
  fs.appendFileSync(file, `\nOne more sentence, written at ${new Date().toISOString()}.\n`);
}

/** `.next` moved aside while `run` runs (the export's own build goes there), and put back after. */
export async function withoutDotNext<T>(run: () => Promise<T>): Promise<T> {
  const parked = '.next-parked-by-bench';
  const had = fs.existsSync('.next') && !fs.existsSync(parked);
  if (had) fs.renameSync('.next', parked);
  try {
    return await run();
  } finally {
    fs.rmSync('.next', { recursive: true, force: true });
    if (had) fs.renameSync(parked, '.next');
  }
}

async function coldAndWarm(site: string, posts: number, output: 'build' | 'export', contentDir: string, distDir: string, log: (run: BuildRun) => void): Promise<BuildRun[]> {
  const env = { FOLIO_CONTENT_DIR: contentDir, FOLIO_DIST_DIR: distDir, FOLIO_EXPORT_DIR: path.resolve('.bench', `${site}-out`) };
  const runs: BuildRun[] = [];
  // The export always builds in .next: that is its dist folder here.
  fs.rmSync(output === 'export' ? '.next' : distDir, { recursive: true, force: true });
  for (const cache of ['cold', 'warm'] as const) {
    if (cache === 'warm') changeOnePost(contentDir);
    const run: BuildRun = { site, posts, output, cache, profile: await profileRun(output, env) };
    if (!run.profile.ok) throw new Error(`${output} of ${site} (${cache}) failed:\n${run.profile.output.slice(-3000)}`);
    log(run);
    runs.push(run);
  }
  return runs;
}

/** The shipped site's export, cold and warm. */
export async function shippedSiteRuns(log: (run: BuildRun) => void): Promise<BuildRun[]> {
  const contentDir = path.resolve('.bench/shipped-content');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync('content', contentDir, { recursive: true });
  const posts = fs.readdirSync(path.join(contentDir, 'blog')).length;
  return withoutDotNext(() => coldAndWarm('shipped site', posts, 'export', contentDir, '.next', log));
}

/** `posts` generated posts (math, code, a figure each): the build, then the export, each cold and warm. */
export async function scaleRuns(posts: number, log: (run: BuildRun) => void): Promise<BuildRun[]> {
  const contentDir = generateContent(path.resolve('.bench/scale-content'), posts);
  const build = await coldAndWarm(`${posts} posts`, posts, 'build', contentDir, '.next-scale', log);
  // The same content again for the export: the post changed back.
  generateContent(contentDir, posts);
  const exported = await withoutDotNext(() => coldAndWarm(`${posts} posts`, posts, 'export', contentDir, '.next', log));
  return [...build, ...exported];
}

export type Budget = { name: string; ok: boolean; detail: string };

/** Issue 25's budgets over the runs there are. */
export function buildBudgets(runs: BuildRun[]): Budget[] {
  const budgets: Budget[] = [];
  const find = (site: string, output: BuildRun['output'], cache: BuildRun['cache']) => runs.find((r) => r.site === site && r.output === output && r.cache === cache)?.profile;
  const s = (p: Profile) => `${p.seconds.toFixed(1)} s`;
  const shippedCold = find('shipped site', 'export', 'cold');
  const shippedWarm = find('shipped site', 'export', 'warm');
  if (shippedWarm) budgets.push({ name: `shipped site: npm run export after one post changed ≤ ${BUILD_BUDGET.shippedWarmExportSeconds} s`, ok: shippedWarm.seconds <= BUILD_BUDGET.shippedWarmExportSeconds, detail: s(shippedWarm) });
  if (shippedCold) budgets.push({ name: `shipped site: first npm run export on a fresh clone ≤ ${BUILD_BUDGET.shippedColdExportSeconds} s`, ok: shippedCold.seconds <= BUILD_BUDGET.shippedColdExportSeconds, detail: s(shippedCold) });
  for (const site of [...new Set(runs.map((r) => r.site))].filter((name) => name !== 'shipped site')) {
    const cold = find(site, 'build', 'cold');
    const warm = find(site, 'build', 'warm');
    if (cold && warm) budgets.push({ name: `${site}: the build after one post changed ≤ ${BUILD_BUDGET.warmBuildShare * 100}% of the first`, ok: warm.seconds <= cold.seconds * BUILD_BUDGET.warmBuildShare, detail: `${s(warm)} of ${s(cold)}: ${((warm.seconds / cold.seconds) * 100).toFixed(0)}%` });
    for (const cache of ['cold', 'warm'] as const) {
      const build = find(site, 'build', cache);
      const exported = find(site, 'export', cache);
      if (build && exported) budgets.push({ name: `${site}, ${cache}: the export ≤ ${Math.round(BUILD_BUDGET.exportShareOfBuild * 100)}% of the build`, ok: exported.seconds <= build.seconds * BUILD_BUDGET.exportShareOfBuild, detail: `${s(exported)} against ${s(build)}: ${((exported.seconds / build.seconds) * 100).toFixed(0)}%` });
    }
    for (const run of runs.filter((r) => r.site === site))
      budgets.push({ name: `${site}, ${run.output} ${run.cache}: peak memory ≤ ${BUILD_BUDGET.peakMB} MB`, ok: run.profile.peakMB <= BUILD_BUDGET.peakMB, detail: `${run.profile.peakMB.toFixed(0)} MB` });
  }
  return budgets;
}
