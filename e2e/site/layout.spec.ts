import { expect, test } from '../test';
import { placement, testLayoutOf } from '../layout';

/**
 * The layout of docs/design.md on every page type of the shipped site, at
 * every width from 360 to 1920 px: the content centred as one composition
 * (no empty third), no sideways scrolling, lines of prose at their measure,
 * every heading above the body text. The fixture site's spec covers the
 * types this site has none of (projects, figure rows, a page from `.md`).
 */
const PAGE_TYPES = [
  { type: 'the about page (home), with the portrait beside the text', path: '/', prose: true },
  { type: 'a page with a table of contents beside it', path: '/research/', prose: true },
  { type: 'a post', path: '/blog/2024/blending-diffusion-models/', prose: true },
  { type: 'the publications (a list page)', path: '/publications/', prose: false },
  { type: 'the CV', path: '/cv/', prose: false },
  { type: 'the blog', path: '/blog/', prose: false },
  { type: 'the news', path: '/news/', prose: false },
  { type: 'the tags', path: '/blog/tags/', prose: false },
  { type: 'the archive', path: '/blog/archive/', prose: false },
  { type: 'the search page', path: '/search/', prose: false },
  { type: 'a page not found', path: '/no-such-page/', prose: false },
];

testLayoutOf(PAGE_TYPES);

test('the composition stops growing at its width: the margins grow instead, equal on both sides', async ({ page }) => {
  await page.goto('/publications/');
  const widths: number[] = [];
  for (const width of [1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const at = await placement(page);
    widths.push(Math.round(at.right - at.left));
  }
  expect(widths[0]).toBeGreaterThan(700);
  expect(widths[1]).toBe(widths[0]);
});

test("the nav's first item is the home page, marked on it", async ({ page }) => {
  await page.goto('/');
  const home = await page.getByRole('heading', { level: 1 }).textContent();
  const first = page.getByRole('navigation', { name: 'Main' }).getByRole('link').first();
  await expect(first).toHaveText('About');
  await expect(first).toHaveAttribute('aria-current', 'page');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(home!);
});

test('on a phone the portrait is as wide as the column (up to 20rem), its caption under it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const portrait = page.locator('figure.profile');
  const [figure, main] = [await portrait.boundingBox(), await page.locator('main').boundingBox()];
  expect(figure!.width).toBeGreaterThanOrEqual(300);
  expect(Math.abs(figure!.x + figure!.width / 2 - (main!.x + main!.width / 2))).toBeLessThanOrEqual(2);
  const caption = await portrait.locator('figcaption').boundingBox();
  const picture = await portrait.locator('img, .monogram').first().boundingBox();
  expect(caption!.y).toBeGreaterThanOrEqual(picture!.y + picture!.height);
});
