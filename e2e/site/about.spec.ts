import { expect, test } from '../test';

test.describe('the about page', () => {
  test('introduces the author with photo, text, profiles, news and latest posts', async ({ page }) => {
    await page.goto('/about/');
    await expect(page).toHaveTitle('About | Lorenzo Olearo');
    await expect(page.getByRole('heading', { level: 1, name: 'Lorenzo Olearo' })).toBeVisible();
    await expect(page.locator('.subtitle').getByRole('link', { name: 'University of Milano-Bicocca' })).toBeVisible();

    const photo = page.getByRole('img', { name: 'Portrait of Lorenzo Olearo' });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.locator('.more-info')).toContainText('Milan, Italy');

    await expect(page.getByRole('main')).toContainText('PhD student in Computer Science');
    const profiles = page.getByRole('main').getByRole('list', { name: 'Profiles elsewhere' });
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
