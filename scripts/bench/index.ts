/**
 * `npm run bench`: Folio measured, with one command. Prints five tables and
 * writes them as JSON to bench-results/ (ignored by git):
 *   1. page weight next to a bare App Router page, with the budgets;
 *   2. Lighthouse 12, mobile and desktop, median of N runs;
 *   3. serving: `next start` and a minimal static server under the same
 *      bounded load on loopback, and a soak with memory before and after;
 *   4. builds and exports, cold (a fresh clone) and warm (one post changed
 *      since): the shipped site's export, and 100 and 1000 generated posts
 *      built and exported, each profiled (phases, memory and CPU by
 *      process, prerendering by kind of page, Folio's cache), with issue
 *      25's budgets;
 *   5. live reload: save → page updated under `npm run dev`, median and worst;
 *   6. search: bytes before and on opening the dialog, and the index and
 *      query time at 100 and 1000 generated posts, short and long.
 * Options: --runs N (Lighthouse runs, default 3), --soak N (seconds, default 60),
 * --posts 100,1000 (`none`: no generated posts), --saves N (each way, default 10),
 * --skip weight,lighthouse,serve,scale,reload,search, or --only with the same
 * names (`--skip scale` leaves out section 4; `--only scale` runs it alone;
 * `--posts` sets its sizes, and the search's). --help prints this.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { kb, withBrowser } from './page-weight';
import { measureReload } from './reload';
import { SEARCH_BUDGET, SEARCH_CORPORA, searchOnOpen, searchScale, type SearchOnOpen, type SearchScale } from './search';
import { serveStatic } from '../serve-static';
import { printProfile } from './profile';
import { buildBudgets, scaleRuns, shippedSiteRuns, type BuildRun } from './scale';
import { load, soak, staticServer } from './serve';
import { nextStart } from './servers';
import { printTable } from './table';
import { pageWeight, WEIGHT_PAGES } from './weight';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const SECTIONS = ['weight', 'lighthouse', 'serve', 'scale', 'reload', 'search'];
const USAGE = `npm run bench -- [options]
  --only ${SECTIONS.join(',')}   run these sections alone (issue 25's builds and exports: --only scale)
  --skip ${SECTIONS.join(',')}   leave these out
  --posts 100,1000   generated posts for sections 4 and 6 (none: section 4 exports the shipped site only)
  --runs N   Lighthouse runs (3)    --soak N   soak seconds (60)    --saves N   live-reload saves each way (10)`;

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}

const runs = Number(option('runs', '3'));
const soakSeconds = Number(option('soak', '60'));
const postsOption = option('posts', '100,1000');
const postCounts = postsOption === 'none' ? [] : postsOption.split(',').map(Number);
const saves = Number(option('saves', '10'));
const listed = (name: string) => new Set(option(name, '').split(',').filter(Boolean));
const only = listed('only');
const skip = only.size > 0 ? new Set(SECTIONS.filter((s) => !only.has(s))) : listed('skip');
const unknown = [...only, ...listed('skip')].filter((s) => !SECTIONS.includes(s));
if (unknown.length > 0 || postCounts.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`${unknown.length > 0 ? `No section ${unknown.join(', ')}.` : `--posts takes sizes (100,1000) or none.`}\n\n${USAGE}`);
  process.exit(2);
}

function heading(text: string) {
  console.log(`\n${text}\n${'═'.repeat(text.length)}`);
}

async function main() {
  const started = performance.now();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
  };

  // Sections 1-3 and 6 measure the site page weight builds and exports; section 4 builds its own.
  const weightBudgets: { name: string; ok: boolean; detail: string }[] = [];
  let searchOpen: SearchOnOpen | undefined;
  if (['weight', 'lighthouse', 'serve', 'search'].some((s) => !skip.has(s))) await servedSections();

  async function servedSections() {
    heading('1. Page weight (first visit, gzipped bytes)');
    const weight = await pageWeight();
    results.weight = weight;
    weightBudgets.push(...weight.budgets);
    console.log('');
    for (const b of weight.budgets) console.log(`${b.ok ? 'ok  ' : 'FAIL'}  ${b.name}  (${b.detail})`);

    const env = { FOLIO_DIST_DIR: '.next-bench', FOLIO_CONTENT_DIR: '.bench/weight-content' };
    const site = await nextStart(process.cwd(), 3902, env);
    // The same site exported (pageWeight wrote it), as a static host serves it.
    const exported = serveStatic({ folder: path.resolve('.bench/weight-out'), base: '' });
    await new Promise<void>((resolve) => exported.listen(3906, '127.0.0.1', resolve));
    try {
      if (!skip.has('search')) searchOpen = await withBrowser((browser) => searchOnOpen(browser, `${site.url}/about/`));

      if (!skip.has('lighthouse')) {
        heading(`2. Lighthouse 12 (median of ${runs} run${runs === 1 ? '' : 's'})`);
        const rows: string[][] = [];
        const scores: Record<string, LighthouseScores> = {};
        for (const [output, base] of [['next start', site.url], ['export', 'http://127.0.0.1:3906']] as const) {
          for (const [name, page] of Object.entries(WEIGHT_PAGES)) {
            for (const formFactor of ['mobile', 'desktop'] as const) {
              const s = await runLighthouse(base + page.path, formFactor, runs);
              scores[`${name} (${output}, ${formFactor})`] = s;
              rows.push([name, output, formFactor, String(s.performance), String(s.accessibility), String(s['best-practices']), String(s.seo), `${Math.round(s.lcpMs)} ms`, `${Math.round(s.tbtMs)} ms`, s.cls.toFixed(3)]);
            }
          }
        }
        printTable(['page', 'output', 'device', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'], rows);
        results.lighthouse = scores;
      }

      if (!skip.has('serve')) {
        heading('3. Serving on 127.0.0.1 (50 connections, 10 s, three prerendered routes)');
        const routes = ['/about/', '/blog/', '/blog/2020/rich-post/'];
        const nextLoad = await load(site.url, routes, 10);
        const plain = await staticServer('.next-bench', routes, 3903);
        const staticLoad = await load(plain.url, routes, 10);
        await plain.close();
        printTable(
          ['server', 'req/s', 'p50', 'p99', 'errors', 'non-2xx'],
          [
            ['next start', nextLoad.requestsPerSecond.toFixed(0), `${nextLoad.p50Ms} ms`, `${nextLoad.p99Ms} ms`, String(nextLoad.errors), String(nextLoad.non2xx)],
            ['static file server', staticLoad.requestsPerSecond.toFixed(0), `${staticLoad.p50Ms} ms`, `${staticLoad.p99Ms} ms`, String(staticLoad.errors), String(staticLoad.non2xx)],
          ],
        );
        console.log(`next start serves ${((nextLoad.requestsPerSecond / staticLoad.requestsPerSecond) * 100).toFixed(0)}% of the static server's requests per second.`);
        const soaked = await soak(site, routes, soakSeconds);
        console.log(
          `soak, ${soakSeconds} s: ${soaked.requestsPerSecond.toFixed(0)} req/s, ${soaked.errors} errors, ${soaked.non2xx} non-2xx; ` +
            `next start RSS ${soaked.rssStartMB.toFixed(0)} MB at start, ${soaked.rssEndMB.toFixed(0)} MB at the end`,
        );
        results.serving = { next: nextLoad, static: staticLoad, soak: soaked };
      }
    } finally {
      await Promise.all([site.stop(), new Promise((resolve) => exported.close(resolve))]);
    }
  }

  const scaleBudgets: { name: string; ok: boolean; detail: string }[] = [];
  if (!skip.has('scale')) {
    heading('4. Builds and exports, cold (a fresh clone) and warm (after one post changed)');
    const runs: BuildRun[] = [];
    const log = (run: BuildRun) => printProfile(`${run.site}: npm run ${run.output}, ${run.cache}`, run.profile);
    runs.push(...(await shippedSiteRuns(log)));
    for (const posts of postCounts) runs.push(...(await scaleRuns(posts, log)));
    console.log('');
    printTable(
      ['site', 'output', 'cache', 'pages', 'wall', 'CPU', 'per page', 'peak memory'],
      runs.map((r) => {
        const cpu = Object.values(r.profile.cpuSeconds).reduce((a, b) => a + b, 0);
        return [r.site, r.output, r.cache, String(r.profile.pages), `${r.profile.seconds.toFixed(1)} s`, `${cpu.toFixed(1)} s`, `${((r.profile.seconds * 1000) / r.profile.pages).toFixed(0)} ms`, `${r.profile.peakMB.toFixed(0)} MB`];
      }),
    );
    scaleBudgets.push(...buildBudgets(runs));
    console.log('');
    for (const b of scaleBudgets) console.log(`${b.ok ? 'ok  ' : 'FAIL'}  ${b.name}  (${b.detail})`);
    // The command's own output is in the profile; the JSON keeps the figures.
    results.scale = { runs: runs.map((r) => ({ ...r, profile: { ...r.profile, output: undefined } })), budgets: scaleBudgets };
  }

  if (!skip.has('reload')) {
    heading(`5. Live reload: save → page updated under npm run dev (${saves} saves each way)`);
    results.reload = await measureReload(saves);
  }

  const searchBudgets: { name: string; ok: boolean; detail: string }[] = [];
  if (searchOpen) {
    heading('6. Search (gzipped; the index as the build makes it; queries typed letter by letter in Chromium, each the median of 5 runs)');
    const scale: SearchScale[] = await withBrowser(async (browser) => {
      const rows: SearchScale[] = [];
      for (const corpus of SEARCH_CORPORA) for (const posts of postCounts) rows.push(await searchScale(browser, posts, corpus));
      return rows;
    });
    console.log(`about page: ${kb(searchOpen.beforeOpen)} of search code and index before the dialog opens; on opening ${kb(searchOpen.code)} code + ${kb(searchOpen.index)} index\n`);
    printTable(
      ['posts', 'documents', 'index built', 'code', 'index', 'bodies cut at', 'total on open', 'load + index', 'query median', 'query worst'],
      scale.map((s) => [
        `${s.posts} ${s.corpus}`,
        String(s.docs),
        `${s.buildMs.toFixed(0)} ms`,
        kb(s.code),
        kb(s.index),
        s.cut === undefined ? 'whole' : `${s.cut} chars`,
        kb(s.code + s.index),
        `${s.loadMs.toFixed(0)} ms`,
        `${s.medianMs.toFixed(2)} ms`,
        `${s.worstMs.toFixed(1)} ms (“${s.worstQuery}”)`,
      ]),
    );
    searchBudgets.push({ name: 'search: nothing fetched before the dialog opens', ok: searchOpen.beforeOpen === 0, detail: kb(searchOpen.beforeOpen) });
    for (const s of scale) {
      if (s.posts === 1000) searchBudgets.push({ name: `search, 1000 ${s.corpus}: code + index ≤ 300 KB`, ok: s.code + s.index <= SEARCH_BUDGET.onOpenAt1000, detail: kb(s.code + s.index) });
      searchBudgets.push({ name: `search, ${s.posts} ${s.corpus}: every query < ${SEARCH_BUDGET.queryMs} ms`, ok: s.worstMs < SEARCH_BUDGET.queryMs, detail: `worst ${s.worstMs.toFixed(1)} ms of ${s.queries}` });
    }
    console.log('');
    for (const b of searchBudgets) console.log(`${b.ok ? 'ok  ' : 'FAIL'}  ${b.name}  (${b.detail})`);
    results.search = { onOpen: searchOpen, scale, budgets: searchBudgets };
  }

  fs.mkdirSync('bench-results', { recursive: true });
  const json = JSON.stringify(results, null, 2);
  fs.writeFileSync(`bench-results/${(results.date as string).replace(/[:.]/g, '-')}.json`, json);
  fs.writeFileSync('bench-results/latest.json', json);
  console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s; results in bench-results/latest.json`);
  const failed = [...weightBudgets, ...scaleBudgets, ...searchBudgets].filter((b) => !b.ok).length;
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
