import path from 'node:path';
import { buildFloorApp } from './floor';
import { generateWeightContent } from './generate';
import { serveStatic } from '../serve-static';
import { checkBudgets, checkExportBudgets, kb, measurePage, withBrowser, type Budget, type Weight } from './page-weight';
import { nextStart, run } from './servers';
import { printTable } from './table';

export const WEIGHT_PAGES = {
  about: { path: '/about/', math: false },
  'blog index': { path: '/blog/', math: false },
  'plain post': { path: '/blog/2020/plain-post/', math: false },
  'math+code+figures post': { path: '/blog/2020/rich-post/', math: true },
  research: { path: '/research/', math: false },
} as const;

export type WeightResult = {
  floor: Weight;
  pages: Record<string, Weight & { math: boolean }>;
  /** The same pages in the static export (`npm run export`), served by a plain static host. */
  exported: Record<string, Weight & { math: boolean }>;
  budgets: Budget[];
};

/**
 * Builds the shipped site plus a plain post and a post with math, code and
 * three figures, and a bare App Router page; measures what a first visit to
 * each fetches; checks the budgets.
 */
export async function pageWeight(log: (line: string) => void = console.log): Promise<WeightResult> {
  const contentDir = generateWeightContent(path.resolve('.bench/weight-content'));
  const env = { FOLIO_CONTENT_DIR: contentDir, FOLIO_DIST_DIR: '.next-bench' };
  log('building the measured site and the floor page…');
  await run('node_modules/.bin/tsx', ['scripts/check.ts', '--quiet'], { env });
  // The site is built as `npm run build` builds it, and exported as `npm run export` does; the floor is a plain `next build`.
  const [floorDir] = await Promise.all([buildFloorApp(), run('npm', ['run', 'build'], { env })]);
  const exportDir = path.resolve('.bench/weight-out');
  await run('npm', ['run', 'export'], { env: { ...env, FOLIO_EXPORT_DIR: exportDir } });
  const site = await nextStart(process.cwd(), 3900, env);
  const floorServer = await nextStart(floorDir, 3901);
  const staticHost = serveStatic({ folder: exportDir, base: '' });
  await new Promise<void>((resolve) => staticHost.listen(3902, '127.0.0.1', resolve));
  try {
    return await withBrowser(async (browser) => {
      const floor = await measurePage(browser, floorServer.url + '/');
      const pages: WeightResult['pages'] = {};
      for (const [name, page] of Object.entries(WEIGHT_PAGES)) pages[name] = { ...(await measurePage(browser, site.url + page.path)), math: page.math };
      printTable(
        ['page (gzipped)', 'HTML', 'CSS', 'math CSS', 'JS', 'fonts', 'images', 'other', 'requests'],
        [['floor: bare App Router page', floor] as const, ...Object.entries(pages)].map(([name, w]) => [
          name,
          kb(w.html),
          kb(w.css),
          kb(w.mathCss),
          `${kb(w.js)}${name.startsWith('floor') ? '' : ` (${w.js >= floor.js ? '+' : ''}${kb(w.js - floor.js)})`}`,
          kb(w.fonts),
          kb(w.images),
          kb(w.other),
          String(w.requests),
        ]),
        log,
      );
      const exported: WeightResult['exported'] = {};
      for (const [name, page] of Object.entries(WEIGHT_PAGES)) exported[name] = { ...(await measurePage(browser, 'http://127.0.0.1:3902' + page.path)), math: page.math };
      log('\nthe same pages in the static export (npm run export), from a plain static host:');
      printTable(
        ['page (gzipped)', 'HTML', 'CSS', 'math CSS', 'JS', 'fonts', 'images', 'other', 'requests', 'HTML + CSS + JS'],
        Object.entries(exported).map(([name, w]) => [name, kb(w.html), kb(w.css), kb(w.mathCss), kb(w.js), kb(w.fonts), kb(w.images), kb(w.other), String(w.requests), kb(w.html + w.css + w.js)]),
        log,
      );
      const budgets = [...checkBudgets(pages, floor, 'plain post', 'math+code+figures post'), ...checkExportBudgets(exported, 'about')];
      return { floor, pages, exported, budgets };
    });
  } finally {
    await Promise.all([site.stop(), floorServer.stop(), new Promise((resolve) => staticHost.close(resolve))]);
  }
}
