import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The caches change nothing a visitor gets (issue 25). The fixture site is
 * exported as from a fresh clone (no `.next`: neither Next's compiler cache
 * nor Folio's build cache), then again with the caches the first export
 * left, where nothing is made again; every file of the two is the same,
 * byte for byte. The cold export is the fixture's export the end-to-end
 * specs serve (`out-fixture/`). Run by `npm run export:test` (part of
 * `npm test`), not with the unit tests: it exports twice.
 */
const ROOT = path.join(import.meta.dirname, '..');
const PARKED = path.join(ROOT, '.next-parked-by-export-cache-test');
const COLD = path.join(ROOT, 'out-fixture');
const WARM = path.join(ROOT, 'out-fixture-warm');

function exportFixture(out: string, extra: Record<string, string> = {}): string {
  const env = { ...process.env, FOLIO_CONTENT_DIR: 'e2e/fixture-content', FOLIO_EXPORT_DIR: path.relative(ROOT, out), NEXT_TELEMETRY_DISABLED: '1', ...extra };
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'export'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  // What each export took, for the CI log (npm test's time; the bench measures, this does not judge).
  console.log(`export of the fixture site into ${path.relative(ROOT, out)}/: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return run.stdout;
}

/** Every file under `dir`, relative, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const all = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(all.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name))]));
}

afterAll(() => {
  fs.rmSync(WARM, { recursive: true, force: true });
  // The server build (and its caches) that was in .next goes back; what the exports left goes.
  if (fs.existsSync(PARKED)) {
    fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
    fs.renameSync(PARKED, path.join(ROOT, '.next'));
  }
});

it('the fixture site exported with warm caches is, byte for byte, the one exported from a fresh clone', () => {
  if (fs.existsSync(path.join(ROOT, '.next'))) fs.renameSync(path.join(ROOT, '.next'), PARKED);
  exportFixture(COLD);
  const cache = path.join(ROOT, '.next', 'cache');
  expect(fs.readdirSync(cache).sort(), 'the export keeps both caches in .next/cache').toEqual(expect.arrayContaining(['folio', 'turbopack']));
  // Each process of the export leaves what its cache found and made (lib/build/cache.ts): the warm export makes nothing.
  const stats = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-cache-stats-'));
  exportFixture(WARM, { FOLIO_PROFILE_DIR: stats });
  const counted = { hits: 0, misses: 0 };
  for (const name of fs.readdirSync(stats).filter((n) => n.startsWith('cache-'))) {
    for (const kind of Object.values(JSON.parse(fs.readFileSync(path.join(stats, name), 'utf8')) as Record<string, { hits: number; misses: number }>)) {
      counted.hits += kind.hits;
      counted.misses += kind.misses;
    }
  }
  fs.rmSync(stats, { recursive: true, force: true });
  expect(counted.misses, 'the warm export made something again').toBe(0);
  expect(counted.hits).toBeGreaterThan(100);

  const cold = files(COLD);
  const warm = files(WARM);
  expect(cold.size).toBeGreaterThan(100);
  // Next's RSC payloads (`index.txt` beside a page's `index.html`, `__next.<segment>.txt`) are not in the export:
  // only the framework's runtime, which the export leaves out, would fetch them.
  const payloads = [...cold.keys()].filter((name) => /(^|\/)__next\.[^/]*\.txt$/.test(name) || (name.endsWith('index.txt') && cold.has(name.replace(/txt$/, 'html'))));
  expect(payloads).toEqual([]);
  expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
  const differ = [...cold].filter(([name, bytes]) => !bytes.equals(warm.get(name)!)).map(([name]) => name);
  expect(differ).toEqual([]);
}, 1_200_000);
