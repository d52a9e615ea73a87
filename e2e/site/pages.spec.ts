import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { expect, test } from '../test';

test('the research page shows the two research questions', async ({ page }) => {
  await page.goto('/research/');
  await expect(page.getByRole('heading', { level: 1, name: 'Research' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /initial noise/i })).toBeVisible();
  await expect(page.getByRole('heading', { name: /spatial conditioning/i })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('ControlNet');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Research' })).toHaveAttribute('aria-current', 'page');
});

test('the blog lists the post, which reads with date, reading time, tags and math', async ({ page }) => {
  await page.goto('/blog/');
  await expect(page.getByRole('heading', { level: 1, name: 'Blog' })).toBeVisible();
  // The tab says what the page says.
  await expect(page).toHaveTitle('Blog | Lorenzo Olearo');
  const item = page.getByRole('article').filter({ hasText: 'Blending Diffusion Models' });
  await expect(item).toContainText('June 6, 2024');
  await expect(item).toContainText('#blending');
  await item.getByRole('link', { name: 'Blending Diffusion Models' }).click();

  await expect(page).toHaveURL(/\/blog\/2024\/blending-diffusion-models\/$/);
  await expect(page).toHaveTitle('Blending Diffusion Models | Lorenzo Olearo');
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Blending Diffusion Models');
  await expect(article.locator('time')).toHaveAttribute('datetime', '2024-06-06T09:00:00.000Z');
  await expect(article).toContainText(/\d+ min read/);
  await expect(article).toContainText('#diffusion-models');
  await expect(article.locator('.katex-display .katex-html').first()).toBeVisible();
  await expect(article.getByRole('img', { name: /blending methods/i }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' })).toHaveAttribute('aria-current', 'page');
});

test('only a page with math loads KaTeX, even when it links to one', async ({ page }) => {
  const katex: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/katex/')) katex.push(new URL(request.url()).pathname);
  });
  await page.goto('/about/'); // links to the math post, and prefetches it
  await page.waitForLoadState('networkidle');
  expect(katex).toEqual([]);

  await page.goto('/blog/2024/blending-diffusion-models/');
  await page.waitForLoadState('networkidle');
  expect(katex).toContain('/katex/katex.min.css');
  expect(katex.some((path) => path.startsWith('/katex/fonts/') && path.endsWith('.woff2'))).toBe(true);
  // The fonts the math uses have loaded.
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
});

test('an unknown URL gets the 404 page in the site layout', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lorenzo Olearo' })).toBeVisible();
});

test('the footer carries the profiles and a copyright line', async ({ page }) => {
  await page.goto('/research/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'GitHub' })).toBeVisible();
  await expect(footer).toContainText(`© ${new Date().getUTCFullYear()} Lorenzo Olearo`);
});


test('the CV shows its sections in the order of content/cv.yml, and each profile by a name a reader knows', async ({ page }) => {
  const file = YAML.parse(fs.readFileSync(path.join(import.meta.dirname, '../../content/cv.yml'), 'utf8')) as { cv: { sections: Record<string, unknown> } };
  await page.goto('/cv/');
  await expect(page.locator('.cv h2')).toHaveText(Object.keys(file.cv.sections));
  const contact = page.getByRole('list', { name: 'Contact' });
  await expect(contact.getByRole('link', { name: 'Google Scholar' })).toHaveAttribute('href', 'https://scholar.google.com/citations?user=MVkQ_XQAAAAJ');
  await expect(contact).not.toContainText('MVkQ_XQAAAAJ');
  await expect(contact.getByRole('link', { name: /LorenzoOlearo/ })).toHaveAttribute('href', 'https://github.com/LorenzoOlearo');
});
