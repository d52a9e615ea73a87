import { axeViolations, expect, test } from '../test';

const PAGES = ['/', '/about/', '/research/', '/publications/', '/blog/', '/blog/2024/blending-diffusion-models/', '/cv/', '/no-such-page/'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /\blight\b/);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
