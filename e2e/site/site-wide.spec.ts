import { crawl, type Crawl } from '../crawl';
import { axeViolations, expect, test } from '../test';

/**
 * Gates over the whole built site: every route found by crawling it (from
 * the home page and the sitemap) is checked, so a new page is covered
 * without touching this file.
 */
let site: Crawl;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  site = await crawl(request, baseURL!);
  await request.dispose();
});

test('every internal link, image and asset resolves', async () => {
  const broken = [...site.resources].filter(([, status]) => status >= 400).map(([url, status]) => `${status} ${url} (linked from ${site.foundOn.get(url)})`);
  expect(broken).toEqual([]);
  expect(site.pages.length).toBeGreaterThan(5);
  // External links are listed for a human to look at, never fetched.
  console.log(`${site.pages.length} pages, ${site.resources.size} internal URLs; external links:\n  ${[...site.external].sort().join('\n  ')}`);
});

test('every response carries the security headers', async ({ request }) => {
  for (const url of [...site.resources.keys(), '/no-such-page/']) {
    const headers = (await request.get(url, { maxRedirects: 0 })).headers();
    // Pages get the site's policy; the image optimiser answers with its own, stricter one (sandbox).
    const policy = headers['content-security-policy'] ?? '';
    expect.soft(policy, url).toMatch(headers['content-type']?.includes('text/html') ? /default-src 'self'.*frame-ancestors 'none'/ : /\S/);
    expect.soft(headers['x-content-type-options'], url).toBe('nosniff');
    expect.soft(headers['referrer-policy'], url).toBeTruthy();
    expect.soft(headers['permissions-policy'], url).toBeTruthy();
    expect.soft(headers['x-frame-options'], url).toBe('DENY');
    expect.soft(headers['strict-transport-security'], url).toBe('max-age=63072000; includeSubDomains');
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page, ${colorScheme} theme`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: Record<string, unknown> = {};
    for (const path of site.pages) {
      await page.goto(path);
      const violations = await axeViolations(page);
      if (violations.length > 0) problems[path] = violations;
    }
    await context.close();
    expect(problems).toEqual({});
  });
}
