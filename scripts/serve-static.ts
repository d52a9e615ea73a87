/**
 * `npm run preview`: serves an exported site (out/) as a plain static host
 * does, GitHub Pages' way: a folder's `index.html`, `/x` redirected to `/x/`
 * when `x/` is a folder, `404.html` (status 404) for what is not there, no
 * headers but the type (so the page's <meta> policy is the one that acts),
 * text gzipped for a browser that accepts it (as GitHub Pages, Netlify and
 * Cloudflare send it: Lighthouse's throttled load and a visitor on a phone
 * see the compressed size), and, with --base /repo, everything under that
 * path and nothing outside it.
 *
 *   tsx scripts/serve-static.ts [folder=out] [--port 3000] [--host 127.0.0.1] [--base /repo]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

/** The types a static host compresses: text; images, fonts and video are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

export type StaticSite = { folder: string; base: string };

/**
 * The address of a folder, for a redirect to it: one slash where the path had
 * several, or `/.//about` would lead to `//about/`, which a browser reads as
 * the host `about`.
 */
const folderAddress = (pathname: string) => `${pathname.replace(/\/{2,}/g, '/')}/`;

/** What a static host answers for a path: a file, a redirect, or the 404 page. */
export function resolve(site: StaticSite, pathname: string): { status: 200 | 301 | 404; file?: string; location?: string } {
  const notFound = () => ({ status: 404 as const, file: fs.existsSync(path.join(site.folder, '404.html')) ? path.join(site.folder, '404.html') : undefined });
  if (site.base && pathname !== site.base && !pathname.startsWith(`${site.base}/`)) return notFound();
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(site.base.length));
  } catch {
    return notFound();
  }
  const target = path.join(site.folder, relative);
  if (target !== site.folder && !target.startsWith(site.folder + path.sep)) return notFound();
  const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();
  if (relative === '') return { status: 301, location: folderAddress(pathname) };
  if (relative.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return isFile(index) ? { status: 200, file: index } : notFound();
  }
  if (isFile(target)) return { status: 200, file: target };
  if (isFile(path.join(target, 'index.html'))) return { status: 301, location: folderAddress(pathname) };
  if (isFile(`${target}.html`)) return { status: 200, file: `${target}.html` };
  return notFound();
}

export function serveStatic(site: StaticSite): http.Server {
  return http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = resolve(site, url.pathname);
    if (answer.status === 301) {
      response.writeHead(301, { Location: answer.location + url.search }).end();
      return;
    }
    if (!answer.file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(answer.file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? zlib.gzipSync(fs.readFileSync(answer.file)) : fs.readFileSync(answer.file);
    response.writeHead(answer.status, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(COMPRESSED.test(type) ? { Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args.splice(i, 2)[1]! : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? '3000'));
  const host = option('host', '127.0.0.1');
  const base = option('base', '').replace(/\/+$/, '');
  const folder = path.resolve(args[0] ?? 'out');
  serveStatic({ folder, base }).listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), folder) || '.'}/ at http://${host}:${port}${base}/${fs.existsSync(folder) ? '' : ' (the folder does not exist yet: run npm run export)'}`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
