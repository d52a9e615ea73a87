import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Writing with the site open: `npm run dev` (scripts/dev.ts) on a copy of
 * the fixture content; saving a post changes the open page without a
 * reload, a broken save shows the error with its file, and the next good
 * save brings the page back.
 *
 * It starts its own dev server (next dev compiles on demand: slow on a
 * small machine, hence the long but bounded waits) in FOLIO_DEV_DIST_DIR.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST_DIR = process.env.FOLIO_DEV_DIST_DIR ?? '.next-dev-e2e';
const POST_URL = '/blog/2024/first-post/';
const POST_FILE = 'blog/2024-01-05-first-post.md';
const SERVER_START = 180_000;
const PAGE_CHANGE = 60_000;

test.describe.configure({ mode: 'serial', timeout: 360_000 });

let server: ChildProcess | undefined;
let output = '';
let baseURL = '';
let content = '';
let tsconfigBefore = '';

/** The first free port from `from` on (the dev server and its event stream each need one). */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

async function waitForServer(url: string, timeout: number) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm run dev exited:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet, or still compiling.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`npm run dev did not serve ${url} within ${timeout / 1000} s:\n${output}`);
}

test.beforeAll(async () => {
  test.setTimeout(SERVER_START + 30_000);
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-live-'));
  fs.cpSync(path.join(ROOT, 'e2e/fixture-content'), content, { recursive: true });
  tsconfigBefore = fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8');
  const port = await freePort(Number(process.env.FOLIO_DEV_PORT ?? 3450));
  const eventsPort = await freePort(port + 1);
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/dev.ts', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    // Its own process group, so the whole tree (tsx, next dev, its workers) is stopped together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FOLIO_CONTENT_DIR: content, FOLIO_DIST_DIR: DIST_DIR, FOLIO_LIVE_RELOAD_PORT: String(eventsPort), NEXT_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await waitForServer(baseURL + POST_URL, SERVER_START);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  if (content) fs.rmSync(content, { recursive: true, force: true });
  forgetDistDirTypes();
});

/** next dev adds its folder's generated types to tsconfig.json; take back what this test's run added. */
function forgetDistDirTypes() {
  const file = path.join(ROOT, 'tsconfig.json');
  const now = fs.readFileSync(file, 'utf8');
  if (!tsconfigBefore || now === tsconfigBefore) return;
  const config = JSON.parse(now) as { include?: string[] };
  const before = (JSON.parse(tsconfigBefore) as { include?: string[] }).include ?? [];
  const added = [`${DIST_DIR}/types/**/*.ts`, `${DIST_DIR}/dev/types/**/*.ts`].filter((p) => !before.includes(p));
  config.include = config.include?.filter((p) => !added.includes(p));
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
}

test('a saved post shows on the open page without a reload; a broken save shows its error and recovers', async ({ page }) => {
  const file = path.join(content, POST_FILE);
  const original = fs.readFileSync(file, 'utf8');
  const save = (title: string) => fs.writeFileSync(file, original.replace('title: First post', `title: ${title}`));
  let loads = 0;
  page.on('load', () => loads++);

  await page.goto(baseURL + POST_URL, { timeout: PAGE_CHANGE });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First post');
  await expect(page.locator('html')).toHaveAttribute('data-live-reload', 'on', { timeout: PAGE_CHANGE });
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));

  // The author edits the title and saves.
  save('Edited while open');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited while open', { timeout: PAGE_CHANGE });
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker), 'the page was not reloaded').toBe('still here');
  expect(loads).toBe(1);

  // A save that breaks the front matter: the page shows the error, naming the file.
  save('"an unclosed quote');
  await expect(page.getByText(/2024-01-05-first-post\.md:\d+:\d+ +error: not valid YAML/).first()).toBeVisible({ timeout: PAGE_CHANGE });

  // The next good save brings the page back.
  save('Fixed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixed', { timeout: PAGE_CHANGE });
  await expect(page.getByText(/not valid YAML/)).toHaveCount(0);
});
