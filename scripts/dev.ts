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
import { projectFolder, settings } from '../lib/build/settings';
import { nextDevArgs } from './dev/args';
import { watchContent } from './dev/watch';

const port = settings.liveReloadPort ?? 3035;
const folders = [projectFolder(settings.contentDir), projectFolder(settings.publicDir)];

const clients = new Set<http.ServerResponse>();
/** When the last change was announced (ms since the epoch; 0: none yet). */
let changedAt = 0;

const send = (client: http.ServerResponse, event: string, data: object) => client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

const server = http.createServer((request, response) => {
  if (!request.url?.startsWith('/events')) {
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
  // A page that connects (or reconnects) learns when content last changed: if
  // that is after it was loaded, it missed a save while it was loading or offline.
  send(response, 'hello', { changedAt });
  clients.add(response);
  request.on('close', () => clients.delete(response));
});

function broadcast(files: string[]) {
  changedAt = Date.now();
  for (const client of clients) send(client, 'change', { files, changedAt });
}

function startNext(liveReload: boolean) {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  // FOLIO_LIVE_RELOAD_PORT for the server (the page's CSP, the layout), the NEXT_PUBLIC_ copy for the page's script.
  const reloadPort = liveReload ? String(port) : '';
  const env = { ...process.env, FOLIO_LIVE_RELOAD_PORT: reloadPort, NEXT_PUBLIC_FOLIO_LIVE_RELOAD_PORT: reloadPort };
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
