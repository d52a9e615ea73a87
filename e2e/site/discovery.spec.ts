import { expect, test } from '../test';

test('the about page shows the latest news, as many as /news/ has up to its limit, and links to them all', async ({ page }) => {
  await page.goto('/news/');
  const all = await page.getByRole('main').getByRole('listitem').count();
  expect(all).toBeGreaterThan(0);
  await page.goto('/about/');
  const news = page.getByRole('region', { name: 'News' });
  await expect(news.getByRole('listitem')).toHaveCount(Math.min(all, 5)); // announcements.limit: 5
  await news.getByRole('link', { name: 'All news →' }).click();
  await expect(page).toHaveURL(/\/news\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
});

test('the about page describes the author as a Person with their profiles', async ({ page }) => {
  await page.goto('/about/');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.map((text) => JSON.parse(text)).find((d) => d['@type'] === 'Person');
  expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', name: 'Lorenzo Olearo', url: 'https://lorenzo.olearo.com/about/' });
  expect(data.sameAs).toContain('https://github.com/LorenzoOlearo');
  expect(data.sameAs).toContain('https://orcid.org/0009-0000-7290-3549');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://lorenzo.olearo.com/og/about/image.png');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Lorenzo Olearo');
});

test('a tag on the post leads to the posts with that tag', async ({ page }) => {
  await page.goto('/blog/2024/blending-diffusion-models/');
  await page.getByRole('article').getByRole('link', { name: '#diffusion-models' }).click();
  await expect(page).toHaveURL(/\/blog\/tag\/diffusion-models\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#diffusion-models');
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Blending Diffusion Models' })).toBeVisible();
});

test('every sitemap URL is a page of the site, and robots.txt points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://lorenzo.olearo.com/sitemap.xml');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  for (const expected of ['/about/', '/research/', '/blog/', '/blog/2024/blending-diffusion-models/', '/blog/tags/', '/blog/archive/', '/blog/tag/diffusion-models/', '/news/']) {
    expect(urls).toContain(`https://lorenzo.olearo.com${expected}`);
  }
  expect(sitemap).toMatch(/<lastmod>2024-06-06T09:00:00.000Z<\/lastmod>/);
  for (const url of urls) {
    const response = await request.get(new URL(url).pathname);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain('text/html');
  }
});

test('the feeds carry the post in full', async ({ request }) => {
  const rss = await (await request.get('/feed.xml')).text();
  expect(rss).toContain('<title><![CDATA[Blending Diffusion Models]]></title>');
  expect(rss).toContain('<content:encoded><![CDATA[');
  expect(rss).toContain('src="https://lorenzo.olearo.com/assets/img/blog/blending-methods.png"');
  const json = await (await request.get('/feed.json')).json();
  expect(json.items[0]).toMatchObject({ url: 'https://lorenzo.olearo.com/blog/2024/blending-diffusion-models/', title: 'Blending Diffusion Models' });
  expect(json.items[0].content_html).toContain('<math');
  const atom = await request.get('/atom.xml');
  expect(atom.status()).toBe(200);
  expect(await atom.text()).toContain('<id>https://lorenzo.olearo.com/blog/2024/blending-diffusion-models/</id>');
});

test('every share image renders', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const [, url] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const html = await (await request.get(new URL(url!).pathname)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, url).toMatch(/^https:\/\/lorenzo\.olearo\.com\/og\/.*image\.png$/);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toBe('image/png');
    expect((await response.body()).length, image).toBeGreaterThan(10_000);
  }
});
