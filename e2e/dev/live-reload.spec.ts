import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../ports';

/**
 * Writing with the site open: `npm run dev` (scripts/dev.ts) on a copy of
 * the fixture content. Saving a post changes the open page without a
 * reload, however the file is saved: in place, atomically (a temporary file
 * renamed over it, as vim, `sed -i` and many editors do), deleted and
 * written again, or many files at once (a `git checkout`). A broken save
 * shows the error with its file, and the next good save brings the page back.
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
  const eventsPort = await freePort(Number(process.env.FOLIO_LIVE_RELOAD_PORT ?? port + 1));
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

const file = (name: string) => path.join(content, name);
const read = (name: string) => fs.readFileSync(file(name), 'utf8');
const retitle = (text: string, from: string, to: string) => {
  expect(text, `the fixture has \`title: ${from}\``).toContain(`title: ${from}\n`);
  return text.replace(`title: ${from}\n`, `title: ${to}\n`);
};
/** An atomic save: write a temporary file beside it, rename it over the original. */
function saveAtomically(name: string, text: string) {
  const temporary = `${file(name)}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file(name));
}

type Marked = { marker?: string };

/** Opens a page and waits until it re-renders in place on a save; marks the window to tell a reload from a re-render. */
async function open(page: Page, url: string) {
  await page.goto(baseURL + url, { timeout: PAGE_CHANGE });
  await expect(page.locator('html')).toHaveAttribute('data-live-reload', 'on', { timeout: PAGE_CHANGE });
  await page.evaluate(() => ((window as Marked).marker = 'still here'));
}
const notReloaded = async (page: Page) => expect(await page.evaluate(() => (window as Marked).marker), 'the page was re-rendered in place, not reloaded').toBe('still here');

test('a saved post shows on the open page without a reload; a broken save shows its error and recovers', async ({ page }) => {
  const original = read(POST_FILE);
  const save = (title: string) => fs.writeFileSync(file(POST_FILE), retitle(original, 'First post', title));
  const heading = page.getByRole('heading', { level: 1 });

  await open(page, POST_URL);
  await expect(heading).toHaveText('First post');

  // The author edits the title and saves.
  save('Edited while open');
  await expect(heading).toHaveText('Edited while open', { timeout: PAGE_CHANGE });
  await notReloaded(page);

  // A save that breaks the front matter: the page shows the error, naming the file.
  save('"an unclosed quote');
  const error = page.getByText(/2024-01-05-first-post\.md:\d+:\d+ +error: not valid YAML/).first();
  await expect(error).toBeVisible({ timeout: PAGE_CHANGE });

  // Still broken after the next save: Next's error page is loaded afresh, and it follows saves too...
  const reloaded = page.waitForEvent('load', { timeout: PAGE_CHANGE });
  save('"still unclosed');
  await reloaded;
  await expect(error).toBeVisible({ timeout: PAGE_CHANGE });

  // ...and the next good save brings the page back.
  save('Fixed');
  await expect(heading).toHaveText('Fixed', { timeout: PAGE_CHANGE });
  await expect(page.getByText(/not valid YAML/)).toHaveCount(0);
  fs.writeFileSync(file(POST_FILE), original);
});

test('a post saved atomically, then in place, then deleted and written again: the page follows each save', async ({ page }) => {
  const original = read(POST_FILE);
  const heading = page.getByRole('heading', { level: 1 });
  await open(page, POST_URL);
  await expect(heading).toHaveText('First post');

  saveAtomically(POST_FILE, retitle(original, 'First post', 'Saved atomically'));
  await expect(heading).toHaveText('Saved atomically', { timeout: PAGE_CHANGE });
  await notReloaded(page);

  // The file on disk is a new one now; a save in place must still be seen.
  fs.writeFileSync(file(POST_FILE), retitle(original, 'First post', 'Then saved in place'));
  await expect(heading).toHaveText('Then saved in place', { timeout: PAGE_CHANGE });
  await notReloaded(page);

  // Deleted: the page says it is gone. Written again: it is back, and followed.
  fs.rmSync(file(POST_FILE));
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible({ timeout: PAGE_CHANGE });
  fs.writeFileSync(file(POST_FILE), retitle(original, 'First post', 'Written again'));
  await expect(heading).toHaveText('Written again', { timeout: PAGE_CHANGE });
  fs.writeFileSync(file(POST_FILE), retitle(original, 'First post', 'And edited once more'));
  await expect(heading).toHaveText('And edited once more', { timeout: PAGE_CHANGE });
  fs.writeFileSync(file(POST_FILE), original);
});

test('the blog list follows a checkout of several posts at once, and a new post', async ({ page }) => {
  const posts = { 'blog/2025-01-02-seventh-post.md': 'Seventh post', 'blog/2024-06-30-sixth-post.md': 'Sixth post', 'blog/2024-05-25-fifth-post.md': 'Fifth post' };
  const originals = Object.fromEntries(Object.keys(posts).map((name) => [name, read(name)]));
  const list = page.getByRole('main');
  await open(page, '/blog/');
  for (const title of Object.values(posts)) await expect(list.getByRole('link', { name: title, exact: true })).toBeVisible();

  // git checkout replaces every file it changes, all at once.
  for (const [name, title] of Object.entries(posts)) saveAtomically(name, retitle(originals[name]!, title, `${title} from the other branch`));
  for (const title of Object.values(posts)) await expect(list.getByRole('link', { name: `${title} from the other branch`, exact: true })).toBeVisible({ timeout: PAGE_CHANGE });
  await notReloaded(page);

  // A new post shows at the top of the list.
  fs.writeFileSync(file('blog/2025-02-01-a-new-post.md'), '---\ntitle: A brand-new post\n---\n\nWritten with the site open.\n');
  await expect(list.getByRole('article').first().getByRole('heading')).toHaveText('A brand-new post', { timeout: PAGE_CHANGE });
  await notReloaded(page);

  fs.rmSync(file('blog/2025-02-01-a-new-post.md'));
  for (const [name, text] of Object.entries(originals)) fs.writeFileSync(file(name), text);
});

test('a saved theme in site.yml and a saved styles.css restyle the open page without a reload; a broken styles.css shows its error', async ({ page }) => {
  const site = read('site.yml');
  const styles = read('styles.css');
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/about/');
  const link = page.locator('main .prose p a[href^="https://ieeexplore"]');
  const token = (name: string) => page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
  await expect(link).toHaveCSS('color', 'rgb(122, 31, 92)');

  // site.yml: another accent for the light theme, and headings in the bundled serif.
  expect(site, 'the fixture sets the light accent and the heading font').toMatch(/light: "#7a1f5c"\n[\s\S]*heading: system-sans\n/);
  fs.writeFileSync(file('site.yml'), site.replace('light: "#7a1f5c"', 'light: "#1a5e20"').replace('heading: system-sans', 'heading: source-serif-4'));
  await expect(link).toHaveCSS('color', 'rgb(26, 94, 32)', { timeout: PAGE_CHANGE });
  await expect(page.locator('main h1').first()).not.toHaveCSS('font-family', /^system-ui/, { timeout: PAGE_CHANGE });
  await notReloaded(page);

  // styles.css: a token changed, saved atomically as editors do.
  expect(styles).toContain('--folio-radius: 0.75rem;');
  saveAtomically('styles.css', styles.replace('--folio-radius: 0.75rem;', '--folio-radius: 1.25rem;'));
  await expect.poll(() => token('--folio-radius'), { timeout: PAGE_CHANGE }).toBe('1.25rem');
  await notReloaded(page);

  // A syntax error: the page shows it, naming the file and line; the fix brings the page back.
  fs.writeFileSync(file('styles.css'), `${styles}\nh2 {\n  color: red;\n`);
  await expect(page.getByText(/styles\.css:\d+:\d+ +error: not valid CSS: Unclosed block/).first()).toBeVisible({ timeout: PAGE_CHANGE });
  fs.writeFileSync(file('styles.css'), styles);
  await expect(link).toBeVisible({ timeout: PAGE_CHANGE });
  await expect.poll(() => token('--folio-radius'), { timeout: PAGE_CHANGE }).toBe('0.75rem');
  fs.writeFileSync(file('site.yml'), site);
  await expect(link).toHaveCSS('color', 'rgb(122, 31, 92)', { timeout: PAGE_CHANGE });
});

test('a site whose last post, news item and post published elsewhere go has no blog, news or feeds, and no links to them; the first post brings them back', async ({ page, request }) => {
  const moved = path.join(path.dirname(content), `${path.basename(content)}-moved`);
  fs.mkdirSync(moved);
  // The blog also lists the posts published elsewhere (site.yml's external_sources, from their snapshot): they go too.
  const gone = ['blog', 'news', 'data/external-posts.json'];
  for (const name of gone) fs.renameSync(file(name), path.join(moved, path.basename(name)));
  try {
    await open(page, '/about/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Blog' })).toHaveCount(0, { timeout: PAGE_CHANGE });
    await page.reload();
    expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
    await expect(nav.getByRole('link').first()).toHaveText('About');
    for (const url of ['/blog/', '/news/', '/blog/tags/', '/blog/archive/', '/feed.xml']) {
      expect((await request.get(baseURL + url, { timeout: PAGE_CHANGE })).status(), url).toBe(404);
    }
    expect(await (await request.get(baseURL + '/sitemap.xml', { timeout: PAGE_CHANGE })).text()).not.toContain('/blog/');
  } finally {
    for (const name of gone) fs.renameSync(path.join(moved, path.basename(name)), file(name));
    fs.rmSync(moved, { recursive: true, force: true });
  }
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' })).toBeVisible({ timeout: PAGE_CHANGE });
});
