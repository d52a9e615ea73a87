import net from 'node:net';
import { expect, test } from '../test';

/** Sends a raw HTTP request line (no client-side URL normalising) and returns the status code and the redirect's location, if any. */
function rawResponse(baseURL: string, method: string, target: string): Promise<{ status: number; location?: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => {
      const head = data.split('\r\n\r\n')[0]!;
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), location: /\r\nlocation: *([^\r\n]*)/i.exec(head)?.[1] });
    });
    socket.on('error', reject);
  });
}

test.describe('hostile requests get a 4xx, never a 5xx', () => {
  const targets = [
    '/blog/../../etc/passwd',
    '/blog/%2e%2e/%2e%2e/etc/passwd',
    '/blog/%252e%252e/%252e%252e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/blog/2024/%c0%ae%c0%ae/passwd',
    '/%00',
    '/blog/%ff/',
    `/${'a'.repeat(8_000)}/`,
    `/blog/${'x/'.repeat(2_000)}`,
  ];
  for (const target of targets) {
    test(`GET ${target.slice(0, 60)}`, async ({ baseURL }) => {
      const { status, location } = await rawResponse(baseURL!, 'GET', target);
      expect(status, target.slice(0, 80)).toBeGreaterThanOrEqual(300);
      expect(status, target.slice(0, 80)).toBeLessThan(500);
      if (status < 400) {
        // A redirect (Next adds the trailing slash) stays on the site and ends in a refusal, never a page.
        expect(location, `${target.slice(0, 80)}: where the redirect leads`).toMatch(/^\/(?!\/)/);
        const next = await rawResponse(baseURL!, 'GET', location!);
        expect(next.status, `${target.slice(0, 80)} → ${location!.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(next.status, `${target.slice(0, 80)} → ${location!.slice(0, 80)}`).toBeLessThan(500);
      }
    });
  }

  // `npm start` (scripts/start.ts) refuses these before Next.js sees them.
  for (const method of ['PROPFIND', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'TRACE', 'FOOBAR']) {
    test(`${method} /about/`, async ({ baseURL }) => {
      const { status } = await rawResponse(baseURL!, method, '/about/');
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });
  }

  test('a POST to a static page is refused', async ({ request }) => {
    const response = await request.post('/about/', { data: 'x=1' });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
});
