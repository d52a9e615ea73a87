import { crawl, type Crawl } from '../crawl';
import { axeViolations, expect, test } from '../test';

/**
 * axe's WCAG A/AA and best-practice rules on every page of the site, found
 * by crawling it (./site-wide.spec.ts's gates crawl it the same way), and
 * on the not-found page, in both themes. Run against the server build only:
 * the export's pages are the same (e2e/parity/).
 */
let site: Crawl;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  site = await crawl(request, baseURL!);
  await request.dispose();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page, the not-found page too, ${colorScheme} theme`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: Record<string, unknown> = {};
    for (const path of [...site.pages, '/no-such-page/']) {
      await page.goto(path);
      // In the theme the visitor's system asks for, before axe judges its contrast.
      await expect(page.locator('html'), path).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /\blight\b/);
      const violations = await axeViolations(page);
      if (violations.length > 0) problems[path] = violations;
    }
    await context.close();
    expect(problems).toEqual({});
  });
}
