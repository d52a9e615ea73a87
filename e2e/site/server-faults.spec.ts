import net from 'node:net';
import { expect, test } from '../test';

/** Sends a raw HTTP request line (no client-side URL normalising) and returns the status code. */
function rawStatus(baseURL: string, method: string, target: string): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0)));
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
      const status = await rawStatus(baseURL!, 'GET', target);
      expect(status, target.slice(0, 80)).toBeGreaterThanOrEqual(300);
      expect(status, target.slice(0, 80)).toBeLessThan(500);
      if (status < 400) expect(status).not.toBe(200);
    });
  }

  // `npm start` (scripts/start.ts) refuses these before Next.js sees them.
  for (const method of ['PROPFIND', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'TRACE', 'FOOBAR']) {
    test(`${method} /about/`, async ({ baseURL }) => {
      const status = await rawStatus(baseURL!, method, '/about/');
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
