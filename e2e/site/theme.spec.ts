import { expect, test } from '../test';

const DARK_BACKGROUND = 'rgb(17, 18, 20)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

test.describe('the theme', () => {
  test.use({ colorScheme: 'light' });

  test('follows the system, then the visitor’s choice, which persists across reloads', async ({ page }) => {
    await page.goto('/research/');
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BACKGROUND);
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BACKGROUND);

    await page.reload();
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BACKGROUND);
    await page.goto('/blog/');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);

    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await page.reload();
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BACKGROUND);
  });

  test('is right on first paint, before any JavaScript file has loaded', async ({ page }) => {
    await page.goto('/research/');
    await page.getByRole('button', { name: 'Toggle dark mode' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);

    // Hold back every script file: what shows now is what the HTML and CSS alone paint.
    let held = 0;
    await page.route('**/_next/static/**/*.js', async (route) => {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('main');
    const firstPaint = await page.evaluate(() => ({
      dark: document.documentElement.classList.contains('dark'),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(held).toBeGreaterThan(0);
    expect(firstPaint).toEqual({ dark: true, background: DARK_BACKGROUND });
  });
});
