import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LOCK_FILE } from './build-lock';

/**
 * A real `npm run export`, killed with SIGKILL between the two renames that
 * put the new site in place of the old (the hook in scripts/export/swap.ts),
 * then run again: the next run puts the old site back in out/, whole, and
 * the server build it had parked back in .next, and takes over the lock the
 * killed one left. Run by `npm run test:killed-build` (part of `npm test`),
 * after `npm run build`: it exports.
 */
const ROOT = path.join(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out-killed-export');
const BUILD = path.join(ROOT, '.next');
const PARKED = path.join(ROOT, '.next-parked-by-export');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-killed-export-'));
/** A server build made by the test when the project has none (a build the export must park and put back). */
let madeBuild = false;

afterAll(() => {
  for (const folder of [OUT, `${OUT}-old`, `${OUT}-partial`, scratch]) fs.rmSync(folder, { recursive: true, force: true });
  if (madeBuild) {
    for (const name of ['BUILD_ID', 'FOLIO_BUILD_COMPLETE']) fs.rmSync(path.join(BUILD, name), { force: true });
    // The build cache the export left stays, as an export leaves it.
    if (fs.existsSync(BUILD) && fs.readdirSync(BUILD).length === 0) fs.rmSync(BUILD, { recursive: true });
  }
});

/** Every file under a folder with its size and first bytes: enough to tell a site whole from a site half-moved. */
function listing(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(folder, f)).isFile())
    .sort()
    .map((f) => `${f} ${fs.statSync(path.join(folder, f)).size} ${fs.readFileSync(path.join(folder, f)).subarray(0, 32).toString('hex')}`);
}

function exportSite(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FOLIO_EXPORT_DIR: OUT, NEXT_TELEMETRY_DISABLED: '1', ...env } });
}

it('an export killed between its renames: the next run recovers the old site whole, the server build and the lock', () => {
  // The site the last export made: out/ as a host would serve it.
  fs.mkdirSync(path.join(OUT, 'about'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'index.html'), '<!doctype html><title>the old site</title>');
  fs.writeFileSync(path.join(OUT, 'about/index.html'), '<!doctype html><title>the old about page</title>');
  const oldSite = listing(OUT);
  // An export leaves .next holding its build cache alone: no server build there either.
  if (!fs.existsSync(path.join(BUILD, 'BUILD_ID'))) {
    madeBuild = true;
    fs.mkdirSync(BUILD, { recursive: true });
    fs.writeFileSync(path.join(BUILD, 'BUILD_ID'), 'made-by-export-killed-test');
    fs.writeFileSync(path.join(BUILD, 'FOLIO_BUILD_COMPLETE'), 'made-by-export-killed-test');
  }
  const serverBuild = fs.readFileSync(path.join(BUILD, 'BUILD_ID'), 'utf8');

  const killed = exportSite({ FOLIO_TEST_KILL_EXPORT: 'between-renames' });
  expect(killed.signal, killed.stdout + killed.stderr).toBe('SIGKILL');
  // Between the renames: no out/, the old site beside it, the new one built, the server build parked.
  expect(fs.existsSync(OUT)).toBe(false);
  expect(listing(`${OUT}-old`)).toEqual(oldSite);
  expect(fs.existsSync(path.join(`${OUT}-partial`, '404.html'))).toBe(true);
  expect(fs.readFileSync(path.join(PARKED, 'BUILD_ID'), 'utf8')).toBe(serverBuild);
  expect(fs.existsSync(path.join(ROOT, LOCK_FILE))).toBe(true);

  // The next run: content that stops at the check, so it recovers and ends without building.
  fs.mkdirSync(path.join(scratch, 'content'));
  fs.writeFileSync(path.join(scratch, 'content/site.yml'), 'title: Broken\n');
  const next = exportSite({ FOLIO_CONTENT_DIR: path.join(scratch, 'content') });
  const said = next.stdout + next.stderr;
  expect(next.status, said).toBe(1);
  expect(said).toMatch(/Note: \.folio-build\.lock was left by `npm run export` \(process \d+, since [^)]+\), which is no longer running \(stopped or killed\): taken over\./);
  expect(said).toContain('Note: the last export was stopped while it replaced out-killed-export/: the site before it is back in out-killed-export/.');
  expect(said).toContain('Note: the last export was stopped before it put the server build back: .next-parked-by-export/ is .next/ again.');
  expect(said).toContain('`name` is missing');
  expect(listing(OUT)).toEqual(oldSite);
  for (const left of [`${OUT}-old`, `${OUT}-partial`, PARKED, path.join(ROOT, LOCK_FILE)]) expect(fs.existsSync(left), left).toBe(false);
  expect(fs.readFileSync(path.join(BUILD, 'BUILD_ID'), 'utf8')).toBe(serverBuild);
  expect(fs.existsSync(path.join(BUILD, 'FOLIO_BUILD_COMPLETE'))).toBe(true);
  // The build cache the killed export used (and filled) came back with the server build (scripts/export/swap.ts).
  expect(fs.readdirSync(path.join(BUILD, 'cache'))).toEqual(expect.arrayContaining(['folio', 'turbopack']));
}, 900_000);
