import { expect, test } from '../test';
import { fullLines } from '../layout';

const POST = '/blog/2024/blending-diffusion-models/';

test.describe('the text of a post', () => {
  test('has typographer’s quotes, apostrophes and dashes, and leaves code as written', async ({ page }) => {
    await page.goto(POST);
    const article = page.getByRole('article');
    await expect(article).toContainText('Ask a text-to-image model for “a lion” and you get a lion.');
    await expect(article).toContainText('I used 25 steps throughout');
    await expect(article).toContainText('master’s thesis');
    const prose = await article.locator('.prose > p').evaluateAll((ps) =>
      ps.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('code, .katex').forEach((el) => el.remove());
        return copy.textContent!;
      }),
    );
    expect(prose.filter((text) => /["']/.test(text))).toEqual([]);
    // Code keeps its straight quotes.
    await expect(article.locator('pre').first()).toContainText('"CompVis/stable-diffusion-v1-4"');
  });

  for (const [width, label] of [
    [1440, 'a desktop'],
    [390, 'a phone'],
  ] as const) {
    test(`keeps body lines to 65–75 characters on ${label}, or the screen’s width`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(POST);
      const lengths = (await Promise.all((await page.getByRole('article').locator('.prose > p').all()).slice(0, 8).map(fullLines))).flat();
      expect(lengths.length).toBeGreaterThan(10);
      const sorted = [...lengths].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      if (width === 1440) {
        expect(median).toBeGreaterThanOrEqual(65);
        expect(median).toBeLessThanOrEqual(75);
      }
      expect(Math.max(...lengths)).toBeLessThanOrEqual(80);
    });
  }

  test('inline code has no backticks and breaks between the parts of a long name', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(POST);
    const code = page.getByRole('article').locator('.prose p code', { hasText: 'UniPCMultistepScheduler' });
    expect(await code.evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])).toEqual(['none', 'none']);
    await expect(code).toHaveText('UniPCMultistepScheduler');
    expect(await code.locator('wbr').count()).toBeGreaterThan(0);
  });

  test('a code block’s title bar sits on its block', async ({ page }) => {
    await page.goto(POST);
    const title = page.getByRole('article').locator('[data-rehype-pretty-code-title]', { hasText: 'blend.py' });
    const [bar, block] = [await title.boundingBox(), await page.getByRole('article').locator('[data-rehype-pretty-code-title] + .code-block pre').first().boundingBox()];
    expect(Math.abs(bar!.y + bar!.height - block!.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(bar!.x - block!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(bar!.width - block!.width)).toBeLessThanOrEqual(1);
  });
});

test('news dates stay on one line', async ({ page }) => {
  await page.goto('/about/');
  const date = page.getByRole('region', { name: 'News' }).locator('time', { hasText: 'September 30, 2024' });
  // The lines its text takes (the element itself is as tall as its row of the grid).
  const lines = await date.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
});

test('the 404 page’s tab says the page was not found', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page).toHaveTitle('Page not found | Lorenzo Olearo');
});
