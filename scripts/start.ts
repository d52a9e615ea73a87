/**
 * `npm start`: serves the production build, as `next start` does, behind one
 * check of its own. Every page is a static document, so only GET and HEAD
 * make sense: any other method gets a 405, and a path that is not valid
 * percent-encoded UTF-8 a 400, before Next.js sees the request.
 *
 * The check lives here, in the self-hosted server, and not in a Next.js
 * proxy (middleware): on Vercel a proxy becomes a function matched on every
 * path, so every page view of an entirely static site would invoke it.
 * Vercel serves the same build from its CDN (`npm run test:vercel` checks
 * that no function runs there); this server is for every other Node host.
 *
 * Two answers of `next start` are mended on the way in: an absolute-form
 * request target (`GET http://evil.example/about`) is handed on in origin
 * form (`/about`), or Next.js would write that host into a redirect's
 * Location; and a Range header a file cannot satisfy is dropped (the whole
 * file is sent, as RFC 9110 lets a server do), where Next.js would answer
 * its file server's 416 with a 500.
 *
 * Arguments are `next start`'s: `-p 8080` (or PORT; 3000 by default),
 * `-H 127.0.0.1` (every interface by default).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import parseRange from 'range-parser';
import { settings } from '../lib/build/settings';

export type Refusal = { status: 400 | 405; headers: Record<string, string>; body: string };

const ALLOWED = new Set(['GET', 'HEAD']);

/** Why a request is refused before it reaches Next.js, or null when it may pass. */
export function refusal(method: string | undefined, target: string | undefined): Refusal | null {
  if (!method || !ALLOWED.has(method)) {
    return { status: 405, headers: { Allow: 'GET, HEAD' }, body: 'Method not allowed: this site answers GET and HEAD only.' };
  }
  let pathname: string;
  try {
    // The path as the router sees it (an absolute-form target is a URL too); `..` segments resolved.
    pathname = new URL(target ?? '/', 'http://folio.invalid').pathname;
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, headers: {}, body: 'Bad request: the address is not valid.' };
  }
  return null;
}

/** The request target in origin form (`/about/?q=x`), whatever form it came in: only the path and query are Folio's. */
export function originForm(target: string | undefined): string {
  if (target?.startsWith('/')) return target;
  const url = new URL(target ?? '/', 'http://folio.invalid');
  return url.pathname + url.search;
}

export type ServedFiles = { root: string; distDir: string; basePath: string };

/**
 * The size of the file `next start` sends as it is for a path (a file of
 * public/, or of the build's static/ at /_next/static/), or undefined when
 * the path is not such a file (a page, a route, nothing).
 */
export function servedFileSize(pathname: string, { root, distDir, basePath }: ServedFiles): number | undefined {
  if (basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return undefined;
  }
  const assets = '/_next/static/';
  const folder = relative.startsWith(assets) ? path.resolve(root, distDir, 'static') : path.resolve(root, 'public');
  const file = path.join(folder, relative.startsWith(assets) ? relative.slice(assets.length) : relative);
  if (!file.startsWith(folder + path.sep)) return undefined;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : undefined;
}

/** Whether Next.js's file server (send, which reads Range with range-parser) would find no part of a file of `size` bytes in `range`. */
export function unsatisfiableRange(range: string | undefined, size: number): boolean {
  return range !== undefined && /^ *bytes=/.test(range) && parseRange(size, range, { combine: true }) === -1;
}

/** `next start`'s port and host arguments. */
export function listenOptions(argv: string[], env: Readonly<Record<string, string | undefined>>): { port: number; hostname?: string } {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  });
  const port = Number(values.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`the port \`${values.port ?? env.PORT}\` is not a port number`);
  return { port, hostname: values.hostname };
}

async function main(): Promise<void> {
  const { port, hostname } = listenOptions(process.argv.slice(2), process.env);
  // As `next start`: production, set before Next.js is loaded (Next's types make NODE_ENV read-only).
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');
  const app = next({ dev: false, hostname, port });
  // Loads next.config.ts, which refuses a build that did not finish (lib/build-state.ts).
  await app.prepare();
  const handle = app.getRequestHandler();
  const served: ServedFiles = { root: process.cwd(), distDir: settings.distDir, basePath: settings.basePath };
  const server = http.createServer((request, response) => {
    const refused = refusal(request.method, request.url);
    if (!refused) {
      request.url = originForm(request.url);
      if (request.headers.range !== undefined) {
        const size = servedFileSize(new URL(request.url, 'http://folio.invalid').pathname, served);
        if (size !== undefined && unsatisfiableRange(request.headers.range, size)) delete request.headers.range;
      }
      return void handle(request, response);
    }
    response.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...refused.headers });
    response.end(request.method === 'HEAD' ? undefined : refused.body);
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what serves it, or choose another with -p.\n` : `${error.message}\n`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    const shown = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost';
    process.stdout.write(`Folio is serving the production build at http://${shown}:${port}\n`);
  });
  // As `next start`: stop at once; there is nothing to flush.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
