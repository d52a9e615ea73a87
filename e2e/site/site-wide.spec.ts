import { crawl, type Crawl } from '../crawl';
import { expect, test } from '../test';

/**
 * Gates over the whole built site: every route found by crawling it (from
 * the home page and the sitemap) is checked, so a new page is covered
 * without touching this file. axe's judgement of every page: ./axe.spec.ts.
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

