import { expect, test } from '../test';

test.describe('the about page', () => {
  test('introduces the author with a monogram, text, profiles, news and latest posts', async ({ page }) => {
    await page.goto('/about/');
    await expect(page).toHaveTitle('About | Lorenzo Olearo');
    await expect(page.getByRole('heading', { level: 1, name: 'Lorenzo Olearo' })).toBeVisible();
    await expect(page.locator('.subtitle').getByRole('link', { name: 'University of Milano-Bicocca' })).toBeVisible();

    // No photograph: a monogram stands in, and the text speaks of no portrait.
    await expect(page.getByRole('img')).toHaveCount(0);
    await expect(page.locator('.monogram')).toHaveText('LO');
    await expect(page.getByRole('main')).not.toContainText(/portrait/i);
    await expect(page.locator('.more-info')).toContainText('Milan, Italy');

    await expect(page.getByRole('main')).toContainText('PhD student in Computer Science');
    const profiles = page.getByRole('main').getByRole('list', { name: 'Profiles elsewhere' });
    // Once on the page: the footer leaves them out here.
    await expect(page.getByRole('list', { name: 'Profiles elsewhere' })).toHaveCount(1);
    await expect(profiles.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/LorenzoOlearo');
    await expect(profiles.getByRole('link', { name: 'ORCID' })).toHaveAttribute('href', 'https://orcid.org/0009-0000-7290-3549');
    await expect(profiles.getByRole('link', { name: 'Email' })).toHaveAttribute('href', 'mailto:lorenzo.olearo@olearo.com');

    const news = page.getByRole('region', { name: 'News' });
    await expect(news.getByRole('listitem')).toHaveCount(2);
    await expect(news.getByRole('listitem').first()).toContainText('November 1, 2024');

    const latest = page.getByRole('region', { name: 'Latest posts' });
    await latest.getByRole('link', { name: 'Blending Diffusion Models' }).click();
    await expect(page).toHaveURL(/\/blog\/2024\/blending-diffusion-models\/$/);
  });

  test('is also the home page, with the about URL as canonical', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Lorenzo Olearo' })).toBeVisible();
    await expect(page).toHaveTitle('Lorenzo Olearo');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://lorenzo.olearo.com/about/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  });
});

test('a link to the site previews with the person’s name, role and monogram', async ({ page, request }) => {
  for (const path of ['/', '/about/']) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Lorenzo Olearo');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', 'PhD student in Computer Science · University of Milano-Bicocca');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://lorenzo.olearo.com/og/about/image.png');
  }
  const card = await request.get('/og/about/image.png');
  expect(card.headers()['content-type']).toBe('image/png');
  // Drawn at build: a person card differs from a page-title card.
  expect((await card.body()).equals(await (await request.get('/og/research/image.png')).body())).toBe(false);
});

test('the footer carries the profiles on every other page', async ({ page }) => {
  await page.goto('/publications/');
  await expect(page.getByRole('contentinfo').getByRole('list', { name: 'Profiles elsewhere' })).toBeVisible();
});
