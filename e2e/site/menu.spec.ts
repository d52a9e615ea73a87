import type { Page } from '@playwright/test';
import { expect, test } from '../test';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the menu opens and closes by keyboard, and focus comes back to its button', async ({ page }) => {
    await page.goto('/research/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const blogLink = nav(page).getByRole('link', { name: 'Blog' });
    await expect(blogLink).toBeHidden();
    // Until it is used, the browser gives the popover's button its state (the script sets none before React hydrates).
    await expect(menu).not.toHaveAttribute('aria-expanded', 'true');

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(blogLink).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(blogLink).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    await page.keyboard.press('Space');
    await expect(blogLink).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'About' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blog\/$/);
    await expect(nav(page).getByRole('link', { name: 'Blog' })).toBeHidden();
  });

  test('the menu dims the page behind a backdrop and closes on a tap outside', async ({ page }) => {
    await page.goto('/research/');
    await page.getByRole('button', { name: 'Menu' }).tap();
    await expect(nav(page).getByRole('link', { name: 'Publications' })).toBeVisible();
    const backdrop = await page.locator('#site-nav').evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor);
    expect(backdrop).toBe('rgba(0, 0, 0, 0.4)');
    // A tap on the dimmed page, far below the menu.
    await page.touchscreen.tap(195, 780);
    await expect(nav(page).getByRole('link', { name: 'Publications' })).toBeHidden();
    await expect(page).toHaveURL(/\/research\/$/);
  });

  test('the header stays on screen down a long post', async ({ page }) => {
    await page.goto('/blog/2024/blending-diffusion-models/');
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(3000);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.y).toBe(0);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
  });

  test('nothing overflows the screen', async ({ page }) => {
    for (const path of ['/about/', '/research/', '/publications/', '/blog/', '/blog/2024/blending-diffusion-models/', '/cv/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a phone without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, hasTouch: true });

  test('the menu still opens, closes on Escape and on a tap outside, and leads to its pages', async ({ page }) => {
    await page.goto('/research/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const cvLink = nav(page).getByRole('link', { name: 'CV' });
    await expect(cvLink).toBeHidden();
    await menu.click();
    await expect(cvLink).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(cvLink).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await page.mouse.click(195, 780);
    await expect(cvLink).toBeHidden();

    await menu.click();
    await cvLink.click();
    await expect(page).toHaveURL(/\/cv\/$/);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the nav is always shown and there is no menu button', async ({ page }) => {
    await page.goto('/research/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(nav(page).getByRole('link', { name: 'Blog' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Publications' })).toBeVisible();
  });
});
