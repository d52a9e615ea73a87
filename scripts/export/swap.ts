/**
 * The export's folders across runs. The new site takes out/'s place in two
 * renames (out → out-old, out-partial → out), the old site removed only
 * once the new one is in place; a server build in `.next` is parked while
 * the export builds there, and put back after. An export killed part-way
 * leaves either behind: `recoverExport`, first thing in the next run, puts
 * each back, so out/ holds the old site or the new one, whole, and `.next`
 * the server build. The build cache the export had taken into `.next`
 * (`.next/cache`) goes back with the server build, as it would have: a
 * killed export costs the next build no more than a killed `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unfinishedBuild } from '../../lib/build/build-state';

export type ExportFolders = { out: string; buildDir: string; parked: string };

const oldSite = (out: string) => `${out}-old`;

/** Undoes what a killed export left; returns what it did, to tell the author. */
export function recoverExport({ out, buildDir, parked }: ExportFolders): string[] {
  const notes: string[] = [];
  const name = (folder: string) => `${path.relative(process.cwd(), folder) || '.'}/`;
  const old = oldSite(out);
  if (fs.existsSync(old)) {
    // With out/ in place, the last export got as far as the new site: the old one goes, as it would have.
    if (fs.existsSync(out)) fs.rmSync(old, { recursive: true, force: true });
    else {
      fs.renameSync(old, out);
      notes.push(`the last export was stopped while it replaced ${name(out)}: the site before it is back in ${name(out)}`);
    }
  }
  if (fs.existsSync(parked)) {
    if (fs.existsSync(buildDir) && unfinishedBuild(buildDir) === null) {
      fs.rmSync(parked, { recursive: true, force: true });
      notes.push(`${name(parked)} (a server build a stopped export had moved aside) is older than the finished build in ${name(buildDir)}: removed`);
    } else {
      // The cache the export was using (the server build's, moved in, and what it added) stays with the server build.
      const cache = (folder: string) => path.join(folder, 'cache');
      if (fs.existsSync(cache(buildDir)) && !fs.existsSync(cache(parked))) fs.renameSync(cache(buildDir), cache(parked));
      fs.rmSync(buildDir, { recursive: true, force: true });
      fs.renameSync(parked, buildDir);
      notes.push(`the last export was stopped before it put the server build back: ${name(parked)} is ${name(buildDir)} again`);
    }
  }
  return notes;
}

/** Puts the site built in `staging` in place of `out`. */
export function swapIn(staging: string, out: string): void {
  const old = oldSite(out);
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(out)) fs.renameSync(out, old);
  // The fault test's hook (scripts/export-killed.test.ts): the export killed between its renames.
  if (process.env.FOLIO_TEST_KILL_EXPORT === 'between-renames') process.kill(process.pid, 'SIGKILL');
  fs.renameSync(staging, out);
  fs.rmSync(old, { recursive: true, force: true });
}
