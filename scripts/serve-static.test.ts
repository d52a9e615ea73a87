import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { resolve, serveStatic } from './serve-static';

describe('the static preview server answers as GitHub Pages does', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-static-'));
  for (const [name, text] of Object.entries({ 'index.html': 'home', '404.html': 'lost', 'about/index.html': 'about', 'blog/tag/拡散/index.html': 'tag', 'feed.xml': 'feed', 'x.html': 'x' })) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  const at = (pathname: string, base = '') => {
    const answer = resolve({ folder, base }, pathname);
    return { ...answer, file: answer.file && path.relative(folder, answer.file) };
  };

  it('serves folders by their index.html, files as they are, and decoded names', () => {
    expect(at('/')).toEqual({ status: 200, file: 'index.html' });
    expect(at('/about/')).toEqual({ status: 200, file: 'about/index.html' });
    expect(at('/feed.xml')).toEqual({ status: 200, file: 'feed.xml' });
    expect(at('/blog/tag/%E6%8B%A1%E6%95%A3/')).toEqual({ status: 200, file: 'blog/tag/拡散/index.html' });
    expect(at('/x')).toEqual({ status: 200, file: 'x.html' });
  });

  it('redirects a folder without its slash, and answers 404.html for what is not there', () => {
    expect(at('/about')).toEqual({ status: 301, location: '/about/' });
    expect(at('/nothing/')).toEqual({ status: 404, file: '404.html' });
    expect(at('/%E0%A4%A')).toEqual({ status: 404, file: '404.html' });
    expect(at('/../etc/passwd')).toEqual({ status: 404, file: '404.html' });
  });

  it('never redirects to an address a browser reads as another host', () => {
    expect(at('//about')).toEqual({ status: 301, location: '/about/' });
    expect(at('/blog//tag/%E6%8B%A1%E6%95%A3')).toEqual({ status: 301, location: '/blog/tag/%E6%8B%A1%E6%95%A3/' });
    expect(at('//repo', '/repo')).toEqual({ status: 404, file: '404.html' });
  });

  it('over a socket, a target the client would normalise gets a Location on this site', async () => {
    const server = serveStatic({ folder, base: '' });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    // node:net: a client (fetch, http.get) would resolve `/./` and `..` before sending.
    const location = (target: string) =>
      new Promise<string | undefined>((done, fail) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
        let data = '';
        socket.on('data', (chunk) => (data += chunk));
        socket.on('end', () => done(/^location: (.*)$/im.exec(data)?.[1]?.trim()));
        socket.on('error', fail);
      });
    try {
      expect(await location('/.//about')).toBe('/about/');
      // Read as a host and no path: the home page answers.
      expect(await location('//about')).toBeUndefined();
      expect(await location('/.//.//about')).toBe('/about/');
      expect(await location('/./about?x=//y')).toBe('/about/?x=//y');
      expect(await location('/.\\/about')).toBe('/about/');
      expect(await location('http://evil.example/about')).toBe('/about/');
      expect(await location('//evil.example/about')).toBe('/about/');
    } finally {
      server.close();
    }
  });

  it('serves under a base path, and nothing outside it', () => {
    expect(at('/repo/about/', '/repo')).toEqual({ status: 200, file: 'about/index.html' });
    expect(at('/repo', '/repo')).toEqual({ status: 301, location: '/repo/' });
    expect(at('/about/', '/repo')).toEqual({ status: 404, file: '404.html' });
  });

  it('gzips text for a browser that accepts it, and sends images and fonts as they are', async () => {
    fs.writeFileSync(path.join(folder, 'font.woff2'), 'wOF2');
    const server = serveStatic({ folder, base: '' });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    // node:http, not fetch: fetch would decompress the body and hide what was sent.
    const get = (pathname: string, encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((done, fail) => {
        http.get({ host: '127.0.0.1', port, path: pathname, headers: { 'Accept-Encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    try {
      const page = await get('/about/', 'gzip, deflate, br');
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.headers.vary).toBe('Accept-Encoding');
      expect(zlib.gunzipSync(page.body).toString()).toBe('about');
      const plain = await get('/about/', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe('about');
      const font = await get('/font.woff2', 'gzip');
      expect(font.headers['content-encoding']).toBeUndefined();
      expect(font.headers['content-type']).toBe('font/woff2');
      expect(font.body.toString()).toBe('wOF2');
    } finally {
      server.close();
    }
  });
});
