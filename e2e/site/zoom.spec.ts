import { expect, test } from '../test';

const POST = '/blog/2024/blending-diffusion-models/';

test.describe('a figure on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('opens larger than the screen on a tap, pans, and closes on a tap or Escape, focus back on it', async ({ page }) => {
    await page.goto(POST);
    const figure = page.getByRole('link', { name: /^Enlarge image: Diagram of the four blending methods/ });
    const inPage = (await figure.locator('img').boundingBox())!;
    expect(inPage.width).toBeLessThan(390);

    await figure.tap();
    const lightbox = page.getByRole('link', { name: 'Close the enlarged image' }).filter({ visible: true });
    await expect(lightbox).toBeVisible();
    await expect(lightbox).toBeFocused();
    // Opened in place: the address and the history are untouched.
    expect(new URL(page.url()).hash).toBe('');
    const big = lightbox.locator('img');
    await expect.poll(async () => (await big.boundingBox())?.width ?? 0).toBeGreaterThan(2 * inPage.width);
    // Wider than the screen, it scrolls sideways, and opens on its middle.
    const scroll = await lightbox.evaluate((el) => ({ left: el.scrollLeft, max: el.scrollWidth - el.clientWidth }));
    expect(scroll.max).toBeGreaterThan(0);
    expect(scroll.left).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(lightbox).toBeHidden();
    await expect(figure).toBeFocused();

    await figure.tap();
    await expect(lightbox).toBeVisible();
    await lightbox.tap();
    await expect(lightbox).toBeHidden();
  });
});

test.describe('a figure without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('opens over the page as the link’s target, and closes', async ({ page }) => {
    await page.goto(POST);
    await page.getByRole('link', { name: /^Enlarge image: Diagram of the four blending methods/ }).click();
    const lightbox = page.locator('.lightbox:target');
    await expect(lightbox).toBeVisible();
    await lightbox.click();
    await expect(page.locator('.lightbox:target')).toHaveCount(0);
  });
});
