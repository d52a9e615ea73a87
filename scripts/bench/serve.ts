import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { rssOf, type Server } from './servers';

export type LoadResult = { server: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/** A minimal static file server for the same prerendered HTML: what serving costs without Next. */
export function staticServer(distDir: string, routes: string[], port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const pages = new Map(
    routes.map((route) => {
      const file = path.join(distDir, 'server', 'app', route === '/' ? 'index.html' : `${route.replace(/^\/|\/$/g, '')}.html`);
      return [route, fs.readFileSync(file)];
    }),
  );
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }));
  });
}

/** A bounded load on loopback: `connections` clients for `seconds`, cycling through `routes`. */
export async function load(url: string, routes: string[], seconds: number, connections = 50): Promise<Omit<LoadResult, 'server'>> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: routes.map((p) => ({ method: 'GET', path: p })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** RSS of `next start` before and after a soak of `seconds` under load. */
export async function soak(server: Server, routes: string[], seconds: number) {
  const before = rssOf(server.process.pid!);
  const result = await load(server.url, routes, seconds);
  const after = rssOf(server.process.pid!);
  return { ...result, rssStartMB: before / 1024 / 1024, rssEndMB: after / 1024 / 1024 };
}
