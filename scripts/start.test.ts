import { describe, expect, it } from 'vitest';
import { listenOptions, refusal } from './start';

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
