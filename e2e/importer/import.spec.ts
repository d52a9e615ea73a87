import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import YAML from 'yaml';
import { expect, test } from '../test';
import { PORTS } from '../servers';
import { serveCorpusExports, type CorpusHosts } from './corpus-exports';

/**
 * Moving in from al-folio, end to end: al-folio v1's starter
 * (lib/authoring/importer/fixtures/starter) imported with `npm run
 * import:al-folio`, whose check finds nothing, then exported with `npm run
 * export` and served as GitHub Pages serves it, and visited: the CV and the
 * projects the al-folio site showed are there, and no Liquid is. The export
 * is the corpus runner's (./corpus-exports.ts: `npm test` imports, checks
 * and exports every corpus site before the browser specs), not built again
 * here. The starter is served from `baseurl: /al-folio`, as al-folio's own
 * demo is: the imported site keeps it (site.yml), and so do its links.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

test.describe.configure({ mode: 'serial' });

let served: CorpusHosts | undefined;
let baseURL = '';

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-imported-'));
  try {
    const imported = spawnSync(process.execPath, [TSX, 'scripts/import-al-folio.ts', 'lib/authoring/importer/fixtures/starter', '--out', site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toContain('The content check on the result: 0 errors, 0 warnings');
    const { baseurl } = YAML.parse(fs.readFileSync(path.join(site, 'content/site.yml'), 'utf8')) as { baseurl?: string };
    expect(baseurl).toBe('/al-folio');
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
  served = await serveCorpusExports(['starter'], PORTS.site + 10);
  baseURL = served.url('starter');
  expect(baseURL).toMatch(/\/al-folio$/);
});

test.afterAll(() => served?.close());

/** What a visitor reads on the page, code blocks aside (a post may show Liquid as code). */
async function prose(page: Page) {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('pre, code').forEach((code) => code.remove());
    return copy.textContent ?? '';
  });
}

test('the CV page shows the education and the positions of _data/cv.yml, and the PDF', async ({ page }) => {
  await page.goto(`${baseURL}/cv/`);
  await expect(page.getByRole('heading', { level: 1, name: 'CV' })).toBeVisible();
  const education = page.locator('section', { has: page.getByRole('heading', { name: 'Education' }) });
  await expect(education.getByText('Doctor of Science in Physics')).toBeVisible();
  await expect(education.getByText('University of Paris').first()).toBeVisible();
  const experience = page.locator('section', { has: page.getByRole('heading', { name: 'Experience' }) });
  await expect(experience.getByText('Professor of General Physics')).toBeVisible();
  await expect(experience.getByText('Radium Institute')).toBeVisible();
  await expect(page.getByRole('link', { name: /PDF/ })).toHaveAttribute('href', '/al-folio/assets/pdf/example_pdf.pdf');
});

test('the projects page shows the cards, by category, and no Liquid', async ({ page }) => {
  await page.goto(`${baseURL}/projects/`);
  await expect(page.getByRole('heading', { level: 2, name: 'Work' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fun' })).toBeVisible();
  for (const title of ['electrometer', 'radium', 'petites Curies']) await expect(page.getByRole('link', { name: new RegExp(title, 'i') })).toBeVisible();
  await expect(page.getByRole('link', { name: /petites Curies/i })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Little_Curies');
  expect(await prose(page)).not.toMatch(/\{%|%\}|\{\{|\}\}/);
});

test("a project's card opens its page, with its figures", async ({ page }) => {
  await page.goto(`${baseURL}/projects/`);
  await page.getByRole('link', { name: /electrometer/i }).click();
  await expect(page).toHaveURL(/\/al-folio\/projects\/1_project\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /electrometer/i })).toBeVisible();
  await expect(page.getByText('Left, the electrometer. Middle, its piezoelectric quartz. Right, the scale we read.')).toBeVisible();
  expect(await prose(page)).not.toMatch(/\{%|%\}|\{\{|\}\}/);
  // The code block shows al-folio's Liquid as the author wrote it in {% raw %} (the page's other <pre> are its publications' BibTeX).
  await expect(page.locator('article pre').filter({ hasText: '{% include figure.liquid path="assets/img/6.jpg"' })).toBeVisible();
});

test("a distill post reads as an ordinary post: its citations from its own bibliography, its footnote, its code", async ({ page }) => {
  await page.goto(`${baseURL}/blog/2021/radioactivity-notes/`);
  await expect(page.getByRole('heading', { level: 1, name: 'notes on measuring radioactivity' })).toBeVisible();
  const body = page.locator('article .prose');
  await expect(body.getByRole('link', { name: /^\[\d\]$/ })).toHaveText(['[1]', '[1]', '[2]']);
  const references = page.getByRole('region', { name: 'References' });
  // The post's own .bib (assets/bibliography/) and the site's papers.bib, in the order of first citation.
  await expect(references.getByRole('listitem').nth(0)).toContainText('Sur les radiations émises par phosphorescence');
  await expect(references.getByRole('listitem').nth(1)).toContainText('Sur une substance nouvelle radio-active');
  await expect(page.getByText('The quartz balances the charge the rays set free')).toBeAttached();
  await expect(page.locator('main pre').first()).toContainText('def activity(charge, seconds):');
  expect(await prose(page)).not.toMatch(/d-cite|d-footnote|d-code|\{%|\{\{/);
  // The table of contents Folio makes from the headings (distill's `toc` list became `toc: {beginning: true}`).
  await expect(page.getByRole('navigation', { name: /contents/i }).getByRole('link', { name: 'Reading the current' })).toBeVisible();
});
