import { crawl } from '../crawl';
import { expect, test } from '../test';

/**
 * The headers `next start` sends (next.config.ts, lib/build/security-headers.ts).
 * A static host sends none of its own: the export's pages carry the policy
 * in a <meta> (e2e/export/static-site.spec.ts), and the export project
 * leaves this file out.
 */

test('the pages and files under test carry every header', async ({ request }) => {
  for (const path of ['/', '/about/', '/blog/', '/no-such-page/', '/katex/katex.min.css']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('every crawled response carries the security headers', async ({ playwright, baseURL, request }) => {
  const context = await playwright.request.newContext({ baseURL });
  const site = await crawl(context, baseURL!);
  await context.dispose();
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
