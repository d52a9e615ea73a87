import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NO_PAGE } from '../../lib/routing/static-params';
import { doWork, UnknownScriptError, type ExportWork, type PageCache, type PageOptions } from './page';

/**
 * The static export, made a set of documents: every page processed
 * (./page.ts), shared among worker threads, one per core; then the files
 * only the framework's runtime would fetch are removed.
 */

export type ExportReport = { pages: number };

/**
 * Worker threads for the pages (scripts/export/page-worker.ts), started ahead of their work: loading the
 * processing code takes each about half a second, which the export spends while Next copies the site out.
 * They wait for their share (processExport's `workers`) and keep nothing alive until they have one.
 */
export function startPageWorkers(threads = availableParallelism()): Worker[] {
  // The worker is TypeScript: a worker thread does not inherit tsx's loader on Node 20, so its first
  // line loads the module through tsx's API (the same under `tsx` and under vitest).
  const start = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(fileURLToPath(new URL('./page-worker.ts', import.meta.url)))}, ${JSON.stringify(import.meta.url)}))`;
  return Array.from({ length: threads }, () => {
    const worker = new Worker(start, { eval: true });
    worker.unref();
    return worker;
  });
}

/**
 * The pages processed and the files removed (both relative to `dir`), shared round-robin among the `workers`
 * (./page-worker.ts); the first failure rejects. All of them are stopped at the end.
 */
async function processInWorkers(dir: string, { pages, remove }: ExportWork, options: PageOptions, workers: Worker[], cache?: PageCache): Promise<void> {
  const threads = workers.length;
  const share = <T>(list: readonly T[], k: number) => list.filter((_item, i) => i % threads === k);
  try {
    await Promise.all(
      workers.map(
        (worker, k) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', (message: { error?: string; unknownScript?: boolean }) => {
              if (message.error === undefined) resolve();
              else reject(message.unknownScript ? new UnknownScriptError(message.error) : new Error(message.error));
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`an export worker stopped (exit code ${code}) before it finished its pages`)));
            worker.ref();
            worker.postMessage({ dir, work: { pages: share(pages, k), remove: share(remove, k) } satisfies ExportWork, options, cache });
          }),
      ),
    );
  } finally {
    // After a failure the others stop too: the caller removes the folder they write in.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The file the export writes for a route: `blog/index.html` for `/blog/`, `feed.xml` for `/feed.xml`. */
export function exportedFile(dir: string, route: string): string {
  return path.join(dir, ...decodeURI(route).split('/').filter(Boolean), ...(route.endsWith('/') ? ['index.html'] : []));
}

/**
 * Every page of an exported site, processed (processPage) in `threads`
 * worker threads (by default one per core; 1 processes them in this
 * thread); then what only the runtime would fetch goes: its JavaScript, the
 * RSC payload files beside each page, and the placeholder pages of empty
 * routes (lib/static-params.ts). `absent` names routes the site does not
 * have (lib/seo/public-routes.ts, `absentRoutes`: a blog without posts, its
 * feeds), which answer 404 on a server: what Next wrote for them goes too.
 * With `cache`, pages processed by an earlier export are taken from it (./page.ts).
 * `meanwhile` runs on this thread while the workers process the pages.
 */
export async function processExport(
  dir: string,
  options: PageOptions,
  {
    threads = availableParallelism(),
    absent = [],
    cache,
    meanwhile,
    workers: started = [],
  }: { threads?: number; absent?: readonly string[]; cache?: PageCache; meanwhile?: () => void; workers?: Worker[] } = {},
): Promise<ExportReport> {
  const pages: string[] = [];
  const rm = (target: string) => fs.rmSync(target, { recursive: true, force: true });
  for (const route of absent) if (fs.existsSync(exportedFile(dir, route))) rm(exportedFile(dir, route));
  // Next's RSC payload, beside every page (`index.txt` and `__next.<segment>.txt`): the export's copy-out does not
  // copy them (./copy-out.ts); any that are there (a Next.js that names them otherwise) are removed by the workers.
  const payloads: string[] = [];
  const walk = (folder: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true });
    const names = new Set(entries.map((entry) => entry.name));
    for (const entry of entries) {
      const target = path.join(folder, entry.name);
      // Placeholders of empty routes (a page's folder, or a route handler's file), and Next's own not-found route (the site's is 404.html).
      if (entry.name === NO_PAGE || (entry.isDirectory() && folder === dir && entry.name === '_not-found')) {
        rm(target);
        continue;
      }
      if (entry.isDirectory()) {
        walk(target);
        continue;
      }
      if (/^__next\..*\.txt$/.test(entry.name) || (entry.name === 'index.txt' && names.has('index.html'))) payloads.push(path.relative(dir, target));
      else if (entry.name.endsWith('.html')) pages.push(path.relative(dir, target));
    }
  };
  walk(dir);
  const wanted = Math.min(threads, Math.ceil(pages.length / 50));
  const workers = wanted > 1 ? [...started, ...startPageWorkers(Math.max(0, wanted - started.length))].slice(0, wanted) : [];
  // Workers started ahead that this site does not need (a small site is processed on this thread) stop here.
  for (const idle of started) if (!workers.includes(idle)) void idle.terminate();
  const work: ExportWork = { pages, remove: payloads };
  // The workers run on threads of their own from here: this one is free for `meanwhile`.
  const processing = workers.length > 1 ? processInWorkers(dir, work, options, workers, cache) : undefined;
  try {
    meanwhile?.();
  } catch (error) {
    // The workers finish (or fail) before the caller removes the folder they write in.
    await processing?.catch(() => undefined);
    throw error;
  }
  if (processing) await processing;
  else doWork(dir, work, options, cache);
  // The runtime's code, and its build manifests; the site's CSS and fonts under _next/ stay.
  const next = path.join(dir, '_next');
  const removeScripts = (folder: string) => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) removeScripts(target);
      else if (entry.name.endsWith('.js')) rm(target);
    }
  };
  removeScripts(next);
  // Folders left empty.
  const prune = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) prune(path.join(folder, entry.name));
    if (folder !== dir && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
  };
  prune(dir);
  return { pages: pages.length };
}
