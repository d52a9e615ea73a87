import net from 'node:net';
import { expect, test } from '../test';

type RawAnswer = { status: number; headers: Record<string, string>; body: Buffer };

/** Sends a raw HTTP request (no client-side URL normalising), with extra header lines, and returns the answer as it came. */
function raw(baseURL: string, method: string, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  const lines = Object.entries({ Host: `${hostname}:${port}`, ...headers, Connection: 'close' }).map(([name, value]) => `${name}: ${value}\r\n`);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${method} ${target} HTTP/1.1\r\n${lines.join('')}\r\n`));
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      const [statusLine = '', ...fields] = data.subarray(0, end).toString('latin1').split('\r\n');
      const parsed = Object.fromEntries(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]));
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers: parsed, body: data.subarray(end + 4) });
    });
    socket.on('error', reject);
  });
}

/** The status code and the redirect's location, if any, of a raw request. */
const rawResponse = async (baseURL: string, method: string, target: string) => {
  const { status, headers } = await raw(baseURL, method, target);
  return { status, location: headers.location as string | undefined };
};

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

test.describe('a Range header on a file: 206, or 416 or the whole file, never a 500', () => {
  /** A public file and one of the build's own assets, with their sizes. */
  async function files(baseURL: string) {
    const page = (await raw(baseURL, 'GET', '/about/')).body.toString();
    const asset = /(?:src|href)="(\/_next\/static\/[^"?]+\.(?:js|css))"/.exec(page)?.[1];
    expect(asset, 'a /_next/static asset in the page').toBeTruthy();
    const photo = /src="(\/assets\/img\/[^"?]+)"/.exec(page)?.[1] ?? '/assets/img/propic-collodio-bw.jpg';
    const result: [string, number][] = [];
    for (const target of [photo, asset!]) {
      const whole = await raw(baseURL, 'GET', target);
      expect(whole.status, target).toBe(200);
      result.push([target, whole.body.length]);
    }
    return result;
  }

  test('a satisfiable range gets its bytes', async ({ baseURL }) => {
    for (const [target, size] of await files(baseURL!)) {
      const answer = await raw(baseURL!, 'GET', target, { Range: 'bytes=0-9' });
      expect(answer.status, target).toBe(206);
      expect(answer.headers['content-range'], target).toBe(`bytes 0-9/${size}`);
      expect(answer.body.length, target).toBe(10);
    }
  });

  for (const range of ['bytes=abc', 'bytes=99999999-', 'bytes=5-2', 'bytes=-0', 'bytes=', 'bytes=99999999-99999999,88888888-']) {
    test(`Range: ${range}`, async ({ baseURL }) => {
      for (const [target, size] of await files(baseURL!)) {
        for (const method of ['GET', 'HEAD']) {
          const answer = await raw(baseURL!, method, target, { Range: range });
          expect([200, 416], `${method} ${target}`).toContain(answer.status);
          if (answer.status === 200 && method === 'GET') expect(answer.body.length, target).toBe(size);
        }
      }
    });
  }
});

test.describe('a redirect never leads to another host', () => {
  for (const target of ['http://evil.example/about', 'http://evil.example/blog?x=1', 'HTTPS://EVIL.EXAMPLE/about', 'http://evil.example//evil.example/about', '//evil.example/about', '/\\evil.example/about']) {
    test(`GET ${target}`, async ({ baseURL }) => {
      const answer = await raw(baseURL!, 'GET', target);
      expect(answer.status, target).toBeLessThan(500);
      // Next.js sends the address in a Refresh header too.
      for (const address of [answer.headers.location, /url=(.*)$/.exec(answer.headers.refresh ?? '')?.[1]]) {
        if (address === undefined) continue;
        expect(address, target).toMatch(/^\/(?![/\\])/);
        expect(new URL(address, baseURL).host, target).toBe(new URL(baseURL!).host);
      }
    });
  }

  test('an absolute-form target is redirected to the page on this site', async ({ baseURL }) => {
    const answer = await raw(baseURL!, 'GET', 'http://evil.example/about');
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe('/about/');
  });
});
