import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../test';
import { PORTS } from '../servers';
import { serveCorpusExports, type CorpusHosts } from './corpus-exports';

/**
 * Every address an al-folio site had answers after the move, in the served
 * static export (what GitHub Pages serves), for both families: al-folio v0
 * (lib/authoring/importer/fixtures/v0: posts at `/:year/:title/`; v0-home:
 * inline news, a JSON Resume, a PDF) and v1 (the starter, under
 * `baseurl: /al-folio`). The exports are the corpus runner's (`npm run
 * test:corpus -- --keep-exports .corpus-exports`, which `npm test` runs
 * first; ./corpus-exports.ts): when they are not there, this spec makes
 * them, for its sites only.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITES = ['v0', 'v0-home', 'starter'] as const;

test.describe.configure({ mode: 'serial' });

let served: CorpusHosts | undefined;
const url = (site: (typeof SITES)[number]) => served!.url(site);

test.beforeAll(async () => {
  test.setTimeout(1_200_000);
  served = await serveCorpusExports(SITES, PORTS.site + 20);
});

test.afterAll(() => served?.close());

test('v0: an old post permalink (`/:year/:title/`) takes the visitor to the post', async ({ page }) => {
  await page.goto(`${url('v0')}/2018/nanoseconds/`);
  await expect(page).toHaveURL(/\/blog\/2018\/nanoseconds\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test("v0: an inline news item's page (al-folio built one) leads to the item on the news list", async ({ page }) => {
  await page.goto(`${url('v0-home')}/news/announcement_1/`);
  await expect(page).toHaveURL(/\/news\/#news-announcement_1$/);
  await expect(page.locator('#news-announcement_1')).toContainText('Started my PhD.');
});

test('v0: the JSON Resume and the PDF answer at their old addresses', async ({ request }) => {
  const resume = await request.get(`${url('v0-home')}/assets/json/resume.json`);
  expect(resume.status()).toBe(200);
  expect(resume.headers()['content-type']).toContain('application/json');
  const json = (await resume.json()) as { basics?: { name?: string } };
  const original = JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/authoring/importer/fixtures/v0-home/assets/json/resume.json'), 'utf8')) as { basics?: { name?: string } };
  expect(json.basics?.name).toBe(original.basics?.name);
  const pdf = await request.get(`${url('v0-home')}/assets/pdf/cv.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('v1 (under /al-folio): news items, a project and the files keep their addresses', async ({ page, request }) => {
  const site = url('starter');
  await page.goto(`${site}/news/announcement_1/`);
  await expect(page).toHaveURL(/\/al-folio\/news\/#news-announcement_1$/);
  await expect(page.locator('#news-announcement_1')).toContainText('the electrometer is calibrated');
  await page.goto(`${site}/news/announcement_2/`);
  await expect(page.getByRole('heading', { level: 1, name: 'A long announcement with details' })).toBeVisible();
  await page.goto(`${site}/projects/1_project/`);
  await expect(page.getByRole('heading', { level: 1, name: /electrometer/i })).toBeVisible();
  expect((await request.get(`${site}/assets/json/resume.json`)).status()).toBe(200);
  const pdf = await request.get(`${site}/assets/pdf/example_pdf.pdf`);
  expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
});
