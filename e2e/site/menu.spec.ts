import { expect, test } from '../test';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the menu opens and closes by keyboard', async ({ page }) => {
    await page.goto('/research/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const blogLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' });
    await expect(blogLink).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(blogLink).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(blogLink).toBeHidden();
    await expect(menu).toBeFocused();

    await page.keyboard.press('Space');
    await expect(blogLink).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/blog\/$/);
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('nothing overflows the screen', async ({ page }) => {
    for (const path of ['/about/', '/research/', '/blog/', '/blog/2024/blending-diffusion-models/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the nav is always shown and there is no menu button', async ({ page }) => {
    await page.goto('/research/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' })).toBeVisible();
  });
});
