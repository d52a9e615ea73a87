import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateContent } from './bench/generate';

/**
 * A build killed with SIGKILL while it prerenders leaves BUILD_ID and some
 * pages behind; `next start` must refuse that folder rather than render the
 * rest from content/ on request. A real `npm run build`, killed for real.
 * Run by `npm run test:killed-build` (part of `npm test`), not with the unit tests: it builds.
 */
const ROOT = path.join(import.meta.dirname, '..');
const DIST = '.next-killed-build';
const content = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-killed-')), 'content');

afterAll(() => {
  fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  fs.rmSync(path.dirname(content), { recursive: true, force: true });
});

it('a build killed mid-prerender cannot be served by next start', async () => {
  // Enough posts that prerendering takes a while: the kill lands in the middle of it.
  generateContent(content, 150, path.join(ROOT, 'content'));
  const env = { ...process.env, FOLIO_CONTENT_DIR: content, FOLIO_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' };
  const build = spawn('npm', ['run', 'build'], { cwd: ROOT, env, detached: true, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => build.once('exit', (_code, signal) => resolve(signal)));

  // The whole tree: npm, the build script, next build and its prerender workers.
  const kill = () => {
    try {
      process.kill(-build.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const posts = path.join(ROOT, DIST, 'server/app/blog/2020');
  const prerendered = () => (fs.existsSync(posts) ? fs.readdirSync(posts).filter((f) => f.endsWith('.html')).length : 0);
  try {
    // The compile step comes first: a minute or two on a free machine, longer on a busy one.
    const deadline = Date.now() + 600_000;
    while (prerendered() === 0) {
      if (build.exitCode !== null) throw new Error('the build ended before it prerendered anything');
      if (Date.now() > deadline) throw new Error('the build did not start prerendering in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    kill();
  }
  expect(await exited).toBe('SIGKILL');
  const done = prerendered();
  expect(done, 'killed mid-prerender: some posts written, not all').toBeGreaterThan(0);
  expect(done).toBeLessThan(150);
  expect(fs.existsSync(path.join(ROOT, DIST, 'BUILD_ID')), 'without the completion mark, this folder would look servable').toBe(true);

  const start = spawnSync(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', '3199'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  expect(start.status, start.stdout + start.stderr).not.toBe(0);
  expect(start.error, 'next start exited on its own rather than serving until the timeout').toBeUndefined();
  expect(start.stdout + start.stderr).toContain(`Folio will not serve this folder: the build in ${DIST} did not finish (it failed, or was stopped or killed): run \`npm run build\` again.`);
}, 700_000);
