import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listenOptions, originForm, refusal, servedFileSize, unsatisfiableRange } from './start';

describe('refusal', () => {
  it('lets GET and HEAD of a valid path through', () => {
    expect(refusal('GET', '/about/')).toBeNull();
    expect(refusal('HEAD', '/blog/tag/caf%C3%A9/')).toBeNull();
    expect(refusal('GET', '/search/?q=%E2%9C%93')).toBeNull();
    expect(refusal('GET', 'http://example.org/about/')).toBeNull();
  });

  it('refuses every other method with 405 and names the allowed ones', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', undefined]) {
      expect(refusal(method, '/about/'), String(method)).toEqual({ status: 405, headers: { Allow: 'GET, HEAD' }, body: expect.stringContaining('GET and HEAD') });
    }
  });

  it('refuses a path that is not valid percent-encoded UTF-8 with 400', () => {
    for (const target of ['/blog/%ff/', '/blog/2024/%c0%ae%c0%ae/passwd', '/%E0%A4%A/']) {
      expect(refusal('GET', target)?.status, target).toBe(400);
    }
  });

  it('leaves dot segments to the router (they resolve inside the site)', () => {
    expect(refusal('GET', '/blog/../../etc/passwd')).toBeNull();
    expect(refusal('GET', '/blog/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });
});

describe('listenOptions', () => {
  it("reads next start's -p and -H, else PORT, else port 3000 on every interface", () => {
    expect(listenOptions(['-H', '127.0.0.1', '-p', '4600'], {})).toEqual({ port: 4600, hostname: '127.0.0.1' });
    expect(listenOptions(['--port', '8080'], { PORT: '9000' })).toEqual({ port: 8080, hostname: undefined });
    // HOSTNAME is the machine's name in many shells and containers: not an address to listen on.
    expect(listenOptions([], { PORT: '9000', HOSTNAME: 'build-box' })).toEqual({ port: 9000, hostname: undefined });
    expect(listenOptions([], {})).toEqual({ port: 3000, hostname: undefined });
  });

  it('refuses a port that is not a number', () => {
    expect(() => listenOptions(['-p', 'eighty'], {})).toThrow('the port `eighty` is not a port number');
  });
});

describe('originForm', () => {
  it('keeps an origin-form target, and takes only the path and query of an absolute-form one', () => {
    expect(originForm('/about/?q=1')).toBe('/about/?q=1');
    expect(originForm('//evil.example/about')).toBe('//evil.example/about');
    expect(originForm('http://evil.example/about')).toBe('/about');
    expect(originForm('HTTPS://evil.example/blog?x=1#f')).toBe('/blog?x=1');
    expect(originForm('http://evil.example')).toBe('/');
    expect(originForm(undefined)).toBe('/');
  });
});

describe('a Range header next start would answer with a 500', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-start-'));
  for (const [name, text] of Object.entries({ 'public/assets/a b.pdf': '0123456789', '.next/static/chunks/x.js': 'js', 'secret.txt': 'no' })) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  const files = { root, distDir: '.next', basePath: '' };

  it('is found only for a file served as it is: public/ and /_next/static/', () => {
    expect(servedFileSize('/assets/a%20b.pdf', files)).toBe(10);
    expect(servedFileSize('/_next/static/chunks/x.js', files)).toBe(2);
    expect(servedFileSize('/repo/assets/a%20b.pdf', { ...files, basePath: '/repo' })).toBe(10);
    for (const pathname of ['/about/', '/assets/', '/assets/missing.pdf', '/../secret.txt', '/%2e%2e/secret.txt', '/_next/static/../../secret.txt', '/%ff']) {
      expect(servedFileSize(pathname, files), pathname).toBeUndefined();
    }
    expect(servedFileSize('/assets/a%20b.pdf', { ...files, basePath: '/repo' })).toBeUndefined();
  });

  it('is one that names no byte of the file; a satisfiable or ignored one is left to Next.js', () => {
    for (const range of ['bytes=10-', 'bytes=99999999-', 'bytes=5-2', 'bytes=-0', 'bytes=abc', 'bytes=', 'bytes=10-20,30-']) expect(unsatisfiableRange(range, 10), range).toBe(true);
    for (const range of ['bytes=0-1', 'bytes=9-', 'bytes=-5', 'bytes=0-99', 'bytes=0-1,3-4', 'pages=0-1', 'nonsense', undefined]) expect(unsatisfiableRange(range, 10), String(range)).toBe(false);
    expect(unsatisfiableRange('bytes=0-', 0)).toBe(true);
  });
});
