/**
 * `npm run dev`: `next dev` on 127.0.0.1 (arguments are passed on, e.g.
 * `-p 3001`; `-H 0.0.0.0` opens it to the network), and live reload of the
 * content: saving a file under content/ (or public/) re-renders the open page.
 *
 * It watches the folders (scripts/dev/watch.ts) and tells the browser over
 * Server-Sent Events on 127.0.0.1:FOLIO_LIVE_RELOAD_PORT (3035 by default);
 * components/LiveReload.tsx listens. Nothing of this is in the production build.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nextDevArgs } from './dev/args';
import { watchContent } from './dev/watch';

const port = Number(process.env.FOLIO_LIVE_RELOAD_PORT || 3035);
const folders = [path.resolve(process.env.FOLIO_CONTENT_DIR ?? 'content'), path.resolve(process.env.FOLIO_PUBLIC_DIR ?? 'public')];

const clients = new Set<http.ServerResponse>();

const server = http.createServer((request, response) => {
  if (request.url !== '/events') {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // The page is served by next dev on another port.
    'Access-Control-Allow-Origin': '*',
  });
  // Reconnect quickly after `npm run dev` restarts.
  response.write('retry: 1000\n\n');
  clients.add(response);
  request.on('close', () => clients.delete(response));
});

function broadcast(files: string[]) {
  const event = `event: change\ndata: ${JSON.stringify({ files })}\n\n`;
  for (const client of clients) client.write(event);
}

function startNext(liveReload: boolean) {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const env = { ...process.env, FOLIO_LIVE_RELOAD_PORT: liveReload ? String(port) : '' };
  const child = spawn(process.execPath, [next, 'dev', ...nextDevArgs(process.argv.slice(2))], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    server.close();
    process.exitCode = code ?? (signal ? 1 : 0);
    process.exit();
  });
}

server.once('error', (error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${port} is in use (set FOLIO_LIVE_RELOAD_PORT to another)` : error.message;
  process.stderr.write(`Live reload is off: ${why}. Reload the page by hand after a save.\n`);
  startNext(false);
});
server.listen(port, '127.0.0.1', async () => {
  await watchContent(folders, process.cwd(), broadcast).ready;
  // Proxies and browsers drop a silent connection; a comment every 15 s keeps it open.
  setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 15_000).unref();
  const shown = folders.map((f) => (path.relative(process.cwd(), f).startsWith('..') ? f : path.relative(process.cwd(), f)));
  process.stdout.write(`Live reload: watching ${shown.join(' and ')} (events on 127.0.0.1:${port})\n`);
  startNext(true);
});
