import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const queue = require('./prerender-queue.cjs') as { installed: boolean; splitShare: <T>(pages: T[], size?: number) => T[][]; PAGES_PER_CALL: number };
// The pool Next prerenders with; the queue patched it when it was loaded above.
const { Worker } = require('next/dist/compiled/jest-worker') as {
  Worker: new (file: string, options: object) => { exportPages: (input: object) => Promise<{ path: string; pid: number }[]>; end: () => Promise<unknown> };
};

type Page = { path: string; ms: number };

describe('the prerender queue', () => {
  let pool: InstanceType<typeof Worker> | undefined;
  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });

  it("takes hold in the installed Next.js (a Next.js without the pool's call it wraps fails here)", () => {
    expect(queue.installed).toBe(true);
  });

  it('splits a share into calls of at most PAGES_PER_CALL pages, in order', () => {
    const pages = Array.from({ length: 60 }, (_, i) => i);
    const calls = queue.splitShare(pages);
    expect(calls.map((call) => call.length)).toEqual([queue.PAGES_PER_CALL, queue.PAGES_PER_CALL, 60 - 2 * queue.PAGES_PER_CALL]);
    expect(calls.flat()).toEqual(pages);
  });

  it("gives a costly share's pages to the worker that finished its cheap share, and returns each share in its order", async () => {
    // A stand-in for Next's prerender worker: renders its pages one after the other and says which process did.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-queue-'));
    const file = path.join(dir, 'worker.cjs');
    fs.writeFileSync(
      file,
      'exports.exportPages = async ({ exportPaths }) => { const done = []; for (const page of exportPaths) { await new Promise((r) => setTimeout(r, page.ms)); done.push({ path: page.path, pid: process.pid }); } return done; };\n',
    );
    pool = new Worker(file, { numWorkers: 2, exposedMethods: ['exportPages'], maxRetries: 0 });
    // As Next calls it: one share per worker, the first cheap (cached share images), the second costly (posts).
    const cheap: Page[] = Array.from({ length: 100 }, (_, i) => ({ path: `/og/${i}`, ms: 0 }));
    const costly: Page[] = Array.from({ length: 100 }, (_, i) => ({ path: `/blog/${i}`, ms: 8 }));
    const [first, second] = await Promise.all([pool.exportPages({ exportPaths: cheap }), pool.exportPages({ exportPaths: costly })]);
    expect(first!.map((page) => page.path)).toEqual(cheap.map((page) => page.path));
    expect(second!.map((page) => page.path)).toEqual(costly.map((page) => page.path));
    // Without the queue, one worker renders all 100 costly pages while the other idles.
    const workers = new Set(second!.map((page) => page.pid));
    expect(workers.size).toBe(2);
  });
});
