import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';

export type Weight = {
  html: number;
  css: number;
  /** KaTeX's stylesheet, counted apart: it must appear on math pages only. */
  mathCss: number;
  js: number;
  fonts: number;
  images: number;
  other: number;
  requests: number;
};

type Kind = keyof Omit<Weight, 'requests'>;

function kindOf(url: string, contentType: string, isDocument: boolean): Kind {
  if (isDocument) return 'html';
  if (contentType.includes('css')) return url.includes('/katex/') ? 'mathCss' : 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'fonts';
  if (contentType.startsWith('image/')) return 'images';
  return 'other';
}

/** Bytes as they travel compressed: gzip for text; fonts and images are compressed already. */
function transferSize(body: Buffer, kind: Kind): number {
  if (kind === 'fonts' || kind === 'images') return body.length;
  return zlib.gzipSync(body).length;
}

export async function withBrowser<T>(task: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    return await task(browser);
  } finally {
    await browser.close();
  }
}

/**
 * What a first visit to `url` fetches, by kind, in compressed bytes: a fresh
 * browser context (empty cache), a phone-sized viewport, everything the page
 * loads until the network is idle (link prefetches included, as "other").
 */
export async function measurePage(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const weight: Weight = { html: 0, css: 0, mathCss: 0, js: 0, fonts: 0, images: 0, other: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.url(), response.headers()['content-type'] ?? '', response.request().resourceType() === 'document');
        weight[kind] += transferSize(body, kind);
        weight.requests += 1;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  return weight;
}

export const KB = 1024;

export type Budget = { name: string; ok: boolean; detail: string };

/** The page-weight budgets of the performance issue, against the floor page's JavaScript. */
export function checkBudgets(pages: Record<string, Weight & { math: boolean }>, floor: Weight, plainPost: string, richPost: string): Budget[] {
  const budgets: Budget[] = [];
  for (const [name, w] of Object.entries(pages)) {
    budgets.push({ name: `${name}: JS ≤ floor + 8 KB`, ok: w.js <= floor.js + 8 * KB, detail: `${kb(w.js)} vs ${kb(floor.js + 8 * KB)}` });
    budgets.push({ name: `${name}: CSS ≤ 14 KB`, ok: w.css <= 14 * KB, detail: kb(w.css) });
    budgets.push({ name: `${name}: math CSS only with math`, ok: w.math ? w.mathCss > 0 : w.mathCss === 0, detail: kb(w.mathCss) });
    if (!w.math) budgets.push({ name: `${name}: fonts ≤ 40 KB`, ok: w.fonts <= 40 * KB, detail: kb(w.fonts) });
  }
  const plain = pages[plainPost]!;
  const rich = pages[richPost]!;
  budgets.push({ name: 'rich post JS ≤ plain post JS + 2 KB (the copy button)', ok: rich.js <= plain.js + 2 * KB, detail: `${kb(rich.js - plain.js)} more` });
  return budgets;
}

/**
 * The static export's budgets (issue 12): the about page whole (HTML, CSS,
 * JS) in 30 KB, and no more than 6 KB of JavaScript on any page: Folio's own
 * script, no framework. mermaid's library, on diagram pages only, is not
 * among the measured pages.
 */
export function checkExportBudgets(pages: Record<string, Weight>, about: string): Budget[] {
  const budgets: Budget[] = [];
  const a = pages[about]!;
  budgets.push({ name: `export, ${about}: HTML + CSS + JS ≤ 30 KB`, ok: a.html + a.css + a.js <= 30 * KB, detail: kb(a.html + a.css + a.js) });
  for (const [name, w] of Object.entries(pages)) budgets.push({ name: `export, ${name}: JS ≤ 6 KB`, ok: w.js <= 6 * KB, detail: kb(w.js) });
  return budgets;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
