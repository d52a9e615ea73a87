import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { clientScript } from '../../lib/build/client-bundle';
import { readContent } from '../../lib/content/load';
import { buildSearchIndex, searchDocs, type SearchIndex } from '../../lib/search';
import { generateContent } from './generate';
import { KB } from './page-weight';

/** The search budgets of issue 16. */
export const SEARCH_BUDGET = { onOpenAt1000: 300 * KB, queryMs: 50 };

const SEARCH_ASSET = /\/(folio-search\.js|search-index\.json)(\?|$)/;

export type SearchOnOpen = { beforeOpen: number; code: number; index: number };

/**
 * What a first visit to `url` fetches for search, gzipped: before the dialog
 * opens (the budget is nothing), and when Ctrl+K opens it.
 */
export async function searchOnOpen(browser: Browser, url: string): Promise<SearchOnOpen> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const sizes = { beforeOpen: 0, code: 0, index: 0 };
  let opened = false;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!SEARCH_ASSET.test(response.url())) return;
    const counted = opened;
    pending.push(
      response.body().then((body) => {
        const size = zlib.gzipSync(body).length;
        if (!counted) sizes.beforeOpen += size;
        else if (response.url().includes('search-index.json')) sizes.index += size;
        else sizes.code += size;
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  opened = true;
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search the site' }).fill('diffusion');
  await page.getByRole('option').first().waitFor();
  await Promise.all(pending);
  await context.close();
  return sizes;
}

export type SearchScale = {
  corpus: string;
  posts: number;
  docs: number;
  /** Time to make the index from the content (the route's work at build). */
  buildMs: number;
  code: number;
  index: number;
  cut?: number;
  /** In the browser: parse and index the JSON. */
  loadMs: number;
  medianMs: number;
  worstMs: number;
  worstQuery: string;
  queries: number;
};

export const SEARCH_CORPORA = [
  { name: 'bench posts', proseWords: 0 },
  { name: 'bench posts + 1000 words', proseWords: 1000 },
] as const;

/**
 * The index for `posts` generated posts (the shipped site's pages and
 * publications included), made as the build makes it, then loaded into
 * the browser's engine and queried as a visitor types.
 */
export async function searchScale(browser: Browser, posts: number, corpus: (typeof SEARCH_CORPORA)[number]): Promise<SearchScale> {
  const contentDir = generateContent(path.resolve('.bench/search-content'), posts, 'content', { proseWords: corpus.proseWords });
  const { content } = readContent({ root: process.cwd(), contentDir, publicDir: path.resolve('public'), includeDrafts: false });
  const started = performance.now();
  const index = buildSearchIndex(searchDocs(content!));
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index);
  const code = zlib.gzipSync(await (await clientScript('folio-search.js')).text()).length;
  const queries = queriesFor(index);
  const timing = await queryTimes(browser, json, queries);
  const sorted = timing.times.map((ms, i) => ({ ms, query: queries[i]! })).sort((a, b) => a.ms - b.ms);
  return {
    corpus: corpus.name,
    posts,
    docs: index.docs.length,
    buildMs,
    code,
    index: zlib.gzipSync(json).length,
    cut: index.cut,
    loadMs: timing.loadMs,
    medianMs: sorted[Math.floor(sorted.length / 2)]!.ms,
    worstMs: sorted.at(-1)!.ms,
    worstQuery: sorted.at(-1)!.query,
    queries: queries.length,
  };
}

/**
 * What visitors type: words from the index, each as it is typed letter by
 * letter (every prefix is a query), with a letter missing, and in pairs.
 */
function queriesFor(index: SearchIndex): string[] {
  const words = index.docs.flatMap((d) => `${d.title} ${d.text}`.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4);
  const picked = Array.from({ length: 30 }, (_, i) => words[(i * 7919) % words.length]!.toLowerCase());
  const queries: string[] = [];
  for (const word of picked.slice(0, 10)) for (let n = 1; n <= word.length; n++) queries.push(word.slice(0, n));
  for (const word of picked) queries.push(word, word.slice(0, 2) + word.slice(3));
  for (let i = 0; i + 1 < picked.length; i += 2) queries.push(`${picked[i]} ${picked[i + 1]}`);
  return queries;
}

async function queryTimes(browser: Browser, json: string, queries: string[]): Promise<{ loadMs: number; times: number[] }> {
  const engine = await build({
    entryPoints: ['client/search/engine.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'FolioSearchBench',
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: engine.outputFiles[0]!.text });
    return await page.evaluate(
      async ({ json, queries }) => {
        type Engine = { createSearch: (index: unknown) => Promise<{ query: (q: string) => unknown }> };
        const started = performance.now();
        const search = await (window as unknown as { FolioSearchBench: Engine }).FolioSearchBench.createSearch(JSON.parse(json));
        const loadMs = performance.now() - started;
        // One pass to warm the JIT, as the first keystrokes would.
        for (const q of queries.slice(0, 20)) search.query(q);
        // Each query's median of five runs: on a busy machine one run measures the scheduler as much as the query.
        const times = queries.map((q) => {
          const runs = Array.from({ length: 5 }, () => {
            const t = performance.now();
            search.query(q);
            return performance.now() - t;
          }).sort((a, b) => a - b);
          return runs[2]!;
        });
        return { loadMs, times };
      },
      { json, queries },
    );
  } finally {
    await page.close();
  }
}
