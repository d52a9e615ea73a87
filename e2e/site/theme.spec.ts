import type { Page } from '@playwright/test';
import { expect, test } from '../test';

const DARK_BACKGROUND = 'rgb(17, 18, 20)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The switch, named by the theme it shows. */
const themeSwitch = (page: Page) => page.getByRole('button', { name: /^Theme: / });

test.describe('the theme', () => {
  test.use({ colorScheme: 'light' });

  test('cycles system, light, dark, and each choice holds across reloads and pages', async ({ page }) => {
    await page.goto('/research/');
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: system');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);

    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: light');
    await page.reload();
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: light');
    // A light choice holds while the system turns dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(LIGHT_BACKGROUND);

    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: dark');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/blog/');
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: dark');
    expect(await background(page)).toBe(DARK_BACKGROUND);

    // Back to following the system, which follows its changes at once.
    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: system');
    await page.reload();
    await expect(themeSwitch(page)).toHaveAccessibleName('Theme: system');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await background(page)).toBe(DARK_BACKGROUND);
  });

  test('is right on first paint, before any script file has loaded', async ({ page }) => {
    await page.goto('/research/');
    await themeSwitch(page).click(); // light
    await themeSwitch(page).click(); // dark
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);

    // Hold back every script file: what shows now is what the HTML, its inline head script and the CSS paint.
    let held = 0;
    await page.route(/\.js(\?|$)/, async (route) => {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('main');
    const firstPaint = await page.evaluate(() => ({ dark: document.documentElement.classList.contains('dark'), background: getComputedStyle(document.body).backgroundColor }));
    expect(held).toBeGreaterThan(0);
    expect(firstPaint).toEqual({ dark: true, background: DARK_BACKGROUND });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the theme follows the system, and the switch that could not work is not shown', async ({ page }) => {
    await page.goto('/about/');
    expect(await background(page)).toBe(DARK_BACKGROUND);
    await expect(page.locator('button[data-folio-theme]')).toBeHidden();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
  });
});
