import { crawl, type Crawl } from '../crawl';
import { expect, test } from '../test';

/**
 * The static export, served under a base path by a plain static host, as a
 * GitHub project page is (`out-base/` at /folio-test/: `npm run export:test`).
 * Its pages carry no framework runtime: Folio's own script, its theme
 * script, JSON-LD, and the Content-Security-Policy in a <meta>.
 * (The site and fixture specs run against the exports at the root too:
 * the export-site and export-fixture projects.)
 */
let site: Crawl;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  site = await crawl(request, baseURL!);
  await request.dispose();
});

test('every link, image, feed and asset answers, and none leads outside the base path', async ({ baseURL, request }) => {
  const base = new URL(baseURL!).pathname;
  const broken = [...site.resources].filter(([, status]) => status !== 200).map(([url, status]) => `${status} ${url} (linked from ${site.foundOn.get(url)})`);
  expect(broken).toEqual([]);
  expect([...site.outside]).toEqual([]);
  expect(site.pages.length).toBeGreaterThan(10);
  for (const url of site.resources.keys()) expect(url.startsWith(base), url).toBe(true);
  // The feeds and the sitemap are there too, under the base path (pages name the feeds by their public address, so fetch them here).
  for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'robots.txt']) expect((await request.get(`${base}${file}`)).status(), file).toBe(200);
  const sitemap = await (await request.get(`${base}sitemap.xml`)).text();
  expect(sitemap).toContain('<loc>https://lorenzo.olearo.com/folio-test/about/</loc>');
});

test('no page carries the framework: only Folio\'s script, its theme script and JSON-LD, under the policy', async ({ request }) => {
  for (const path of site.pages) {
    const html = await (await request.get(path)).text();
    expect.soft(html, path).not.toContain('__next_f');
    expect.soft(html, path).not.toMatch(/_next\/static\/chunks\/[^"]+\.js/);
    expect.soft(html, path).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+';/);
    expect.soft(html, path).not.toContain("unsafe-inline' ;");
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim());
    for (const attributes of scripts) expect.soft(attributes, path).toMatch(/^$|^type="application\/ld\+json"$|^type="module" src="\/folio-test\/folio\.js\?v=\w+"$/);
  }
});

test('a visitor\'s browser fetches no framework code, and stays inside the site', async ({ page, baseURL }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  for (const path of ['', 'blog/', 'about/', 'no-such-page/']) {
    await page.goto(path);
    await expect(page.locator('main, [role="main"]').first()).toBeVisible();
  }
  expect(fetched.filter((url) => /\/_next\/static\/chunks\/.+\.js/.test(url))).toEqual([]);
  expect(fetched.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  const scripts = fetched.filter((url) => /\.m?js(\?|$)/.test(url)).map((url) => new URL(url).pathname);
  expect([...new Set(scripts)]).toEqual(['/folio-test/folio.js']);
});

test('a page that is not there is the site\'s 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/not found/i);
});

test('search works under the base path: its code and index load from it, and a result leads into it', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('about/');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search the site' }).fill('downsampling');
  const option = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
  await expect(option.locator('mark').first()).toHaveText(/downsampling/i);
  expect(requested).toEqual(expect.arrayContaining(['/folio-test/folio-search.js', '/folio-test/search-index.json']));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}blog/2024/blending-diffusion-models/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
