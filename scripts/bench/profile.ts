import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './table';

/**
 * Where a build's or an export's time and memory go: `npm run build` or
 * `npm run export` run as an author runs them, watched from outside.
 *
 * - Phases, from the lines the build prints (the content check, Next's
 *   start-up, compiling, collecting page data, prerendering, finishing, the
 *   export's post-processing), with the wall time and the peak memory of
 *   the whole process tree in each.
 * - Memory and CPU time by process (the compiler, each prerender worker,
 *   the scripts around them), read from /proc every 200 ms.
 * - Prerendering by kind of page (posts, lists, share images, image files,
 *   ...): each worker's time split among the pages it was rendering at the
 *   moment (a worker renders up to eight at once), from the per-page times
 *   scripts/bench/profile-hook.cjs records, and each worker's memory as the
 *   pages went by.
 * - What Folio's build cache (lib/build/cache.ts) found and computed, by kind.
 */

export type PhaseFigure = { name: string; seconds: number; peakMB: number };
/** `growthMB`: how much the workers' resident memory grew while pages of the kind were rendered (rises only). */
export type RouteKindFigure = { kind: string; pages: number; seconds: number; growthMB: number };
/**
 * `busySeconds`: from the worker's first page to the end of its last; `idleAtEndSeconds`: how long it then waited
 * for the other workers. Next hands each worker one fixed share of the pages (in route order); the prerender queue
 * (scripts/prerender-queue.cjs) hands them to whichever worker is free, and this shows how evenly it did.
 */
export type WorkerFigure = { pid: number; pages: number; firstMB: number; peakMB: number; lastMB: number; heapPeakMB: number; externalPeakMB: number; busySeconds: number; idleAtEndSeconds: number };
export type CacheFigure = { kind: string; hits: number; misses: number; computeSeconds: number };
export type Profile = {
  script: string;
  ok: boolean;
  seconds: number;
  /** Pages Next prerendered ("Generating static pages ... (N/N)"). */
  pages: number;
  peakMB: number;
  /** The phase the peak fell in, and what each kind of process held then. */
  peakPhase: string;
  peakParts: Record<string, number>;
  cpuSeconds: Record<string, number>;
  phases: PhaseFigure[];
  routes: RouteKindFigure[];
  workers: WorkerFigure[];
  cache: CacheFigure[];
  output: string;
};

const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profile-hook.cjs');
const TICKS = 100;

/**
 * Which phase a line of the build's output starts. `npm run build` and
 * `npm run export` run `next build` twice, as two processes: the first
 * compiles, the second prerenders; each prints Next's banner first.
 */
const MARKERS: [RegExp, string][] = [
  [/▲ Next\.js/, 'start-up'],
  [/Creating an optimized production build/, 'compiling'],
  [/Compiled successfully|Compiled with warnings/, 'collecting page data'],
  [/Collecting page data/, 'collecting page data'],
  [/Generating static pages using \d+ workers? \(0\//, 'rendering pages'],
  [/✓ Generating static pages|Finalizing page optimization/, 'finishing'],
];

/** The phase a line starts, if any, given the `next build` processes seen so far (their banners). */
function phaseOf(line: string, banners: number): string | undefined {
  if (banners >= 2 && /^●\s+\(SSG\)/.test(line)) return 'after next build (the export: copy out, post-process)';
  const marker = MARKERS.find(([pattern]) => pattern.test(line));
  if (!marker) return undefined;
  const process = banners + (marker[1] === 'start-up' ? 1 : 0) <= 1 ? 'next build 1 (compile)' : 'next build 2 (prerender)';
  return `${process}: ${marker[1]}`;
}

type Sample = { rss: number; roles: Record<string, number> };

/** A process's part in the build, from its command line. */
function roleOf(cmdline: string): string {
  if (/jest-worker|processChild/.test(cmdline)) return 'prerender workers';
  // Next names its process so (process.title): the compiler and the prerender's main process alike.
  if (/^next-build|next(\/dist\/bin\/next)? build/.test(cmdline)) return 'next build (Turbopack, main)';
  if (/turbopack-node|\[turbopack/.test(cmdline)) return 'Turbopack helpers (PostCSS)';
  if (/check\.ts/.test(cmdline)) return 'content check';
  if (/(^|\/)(npm|tsx)|scripts\/(build|export)\.ts/.test(cmdline)) return 'npm, tsx, scripts/*.ts';
  return 'other';
}

/** The process tree under `root`: each process's memory, role and CPU ticks. */
function readTree(root: number): { pid: number; rss: number; role: string; ticks: number }[] {
  const children = new Map<number, number[]>();
  const info = new Map<number, { rss: number; role: string; ticks: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid ... utime(14) stime(15) ... rss(24, pages).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const ticks = Number(fields[11]) + Number(fields[12]);
      const rss = Number(fields[21]) * 4096;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      // A process that has ended (a zombie) has no command line any more.
      if (!cmdline) continue;
      info.set(Number(entry), { rss, role: roleOf(cmdline), ticks });
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while it was read.
    }
  }
  const tree: { pid: number; rss: number; role: string; ticks: number }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const process = info.get(pid);
    if (process) tree.push({ pid, ...process });
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Page paths as kinds of page, for the prerender table. */
export function routeKind(page: string): string {
  const rules: [RegExp, string][] = [
    [/^\/og\//, 'share images (/og/)'],
    [/^\/img\//, 'image files (/img/)'],
    [/^\/(katex|folio-mermaid)\//, 'KaTeX and mermaid files'],
    [/^\/blog\/\d{4}\/[^/]+\/?$/, 'posts'],
    [/^\/blog\/(tag|category)\//, 'tag and category pages'],
    [/^\/blog(\/page\/\d+)?\/?$/, 'blog index pages'],
    [/^\/blog\/(\d{4}|archive|tags)\/?$/, 'year, archive, tags pages'],
    [/^\/(feed\.xml|feed\.json|atom\.xml|sitemap\.xml|robots\.txt|search-index\.json)$/, 'feeds, sitemap, search index'],
    [/^\/(folio|folio-search)\.js$/, "Folio's scripts"],
    [/^\/(news|projects)\//, 'news and projects'],
  ];
  return rules.find(([pattern]) => pattern.test(page))?.[1] ?? 'pages and the rest';
}

type PageRecord = { path: string; start: number; end: number; rss: number; heapUsed: number; external: number };

/**
 * Each worker's wall time, split among the pages in flight: between two
 * events (a page starting or ending), the time goes in equal parts to the
 * pages being rendered. A worker renders several pages at once on one
 * thread, so a page's own start-to-end time counts its neighbours' work.
 */
export function attribute(pages: { path: string; start: number; end: number }[]): Map<string, number> {
  const events = pages.flatMap((p, i) => [
    { at: p.start, i, open: true },
    { at: p.end, i, open: false },
  ]);
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  const spent = new Map<number, number>();
  const open = new Set<number>();
  let last = events[0]?.at ?? 0;
  for (const event of events) {
    if (open.size > 0) for (const i of open) spent.set(i, (spent.get(i) ?? 0) + (event.at - last) / open.size);
    last = event.at;
    if (event.open) open.add(event.i);
    else open.delete(event.i);
  }
  const byKind = new Map<string, number>();
  pages.forEach((p, i) => byKind.set(routeKind(p.path), (byKind.get(routeKind(p.path)) ?? 0) + (spent.get(i) ?? 0)));
  return byKind;
}

function readJsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as T];
      } catch {
        return [];
      }
    });
}

/**
 * Runs `npm run <script>` (or a command) in `cwd` with `env` added, and
 * profiles it. The command's own output is kept (`output`), not printed.
 */
export async function profileRun(script: 'build' | 'export' | string[], env: Record<string, string>, cwd = process.cwd()): Promise<Profile> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-profile-'));
  const started = performance.now();
  const phases = new Map<string, { seconds: number; peak: number }>();
  let phase = 'content check (and npm, tsx starting)';
  let phaseStart = started;
  let peak: { rss: number; phase: string; roles: Record<string, number> } = { rss: 0, phase, roles: {} };
  const ticks = new Map<number, { role: string; ticks: number }>();
  const enter = (next: string, at = performance.now()) => {
    const figure = phases.get(phase) ?? { seconds: 0, peak: 0 };
    figure.seconds += (at - phaseStart) / 1000;
    phases.set(phase, figure);
    phase = next;
    phaseStart = at;
  };
  const sample = (root: number): Sample => {
    const tree = readTree(root);
    const roles: Record<string, number> = {};
    for (const p of tree) {
      roles[p.role] = (roles[p.role] ?? 0) + p.rss;
      ticks.set(p.pid, { role: p.role, ticks: p.ticks });
    }
    return { rss: tree.reduce((sum, p) => sum + p.rss, 0), roles };
  };
  const nodeOptions = [env.NODE_OPTIONS ?? process.env.NODE_OPTIONS, `--require=${HOOK}`].filter(Boolean).join(' ');
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const [command, ...args] = typeof script === 'string' ? ['npm', 'run', script] : script;
    const child = spawn(command!, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, FOLIO_PROFILE_DIR: dir, NODE_OPTIONS: nodeOptions },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let partial = '';
    let banners = 0;
    const read = (data: Buffer) => {
      text += data;
      const lines = (partial + data).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const next = phaseOf(line.trim(), banners);
        if (/▲ Next\.js/.test(line)) banners += 1;
        if (next && next !== phase) enter(next);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const timer = setInterval(() => {
      const now = sample(child.pid!);
      const figure = phases.get(phase) ?? { seconds: 0, peak: 0 };
      figure.peak = Math.max(figure.peak, now.rss);
      phases.set(phase, figure);
      if (now.rss > peak.rss) peak = { rss: now.rss, phase, roles: now.roles };
    }, 200);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      enter('end');
      resolve({ code: exitCode, output: text });
    });
  });
  const seconds = (performance.now() - started) / 1000;

  const cpuSeconds: Record<string, number> = {};
  for (const { role, ticks: t } of ticks.values()) cpuSeconds[role] = (cpuSeconds[role] ?? 0) + t / TICKS;

  const routes = new Map<string, { pages: number; seconds: number; growthMB: number }>();
  const workers: WorkerFigure[] = [];
  // When each worker's last page ended (in `workers`' order).
  const lastEnds: number[] = [];
  const cache = new Map<string, CacheFigure>();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.startsWith('pages-')) {
      const pages = readJsonLines<PageRecord>(file);
      for (const [kind, ms] of attribute(pages)) {
        const figure = routes.get(kind) ?? { pages: 0, seconds: 0, growthMB: 0 };
        figure.seconds += ms / 1000;
        routes.set(kind, figure);
      }
      const mb = (bytes: number) => bytes / 2 ** 20;
      let high = pages[0]?.rss ?? 0;
      for (const p of pages) {
        const figure = routes.get(routeKind(p.path))!;
        figure.pages += 1;
        // A new high of the worker's memory is charged to the page that reached it.
        if (p.rss > high) figure.growthMB += mb(p.rss - high);
        high = Math.max(high, p.rss);
      }
      if (pages.length > 0) {
        const lastEnd = Math.max(...pages.map((p) => p.end));
        lastEnds.push(lastEnd);
        workers.push({
          pid: Number(/\d+/.exec(name)![0]),
          pages: pages.length,
          firstMB: mb(pages[0]!.rss),
          peakMB: mb(Math.max(...pages.map((p) => p.rss))),
          lastMB: mb(pages.at(-1)!.rss),
          heapPeakMB: mb(Math.max(...pages.map((p) => p.heapUsed))),
          externalPeakMB: mb(Math.max(...pages.map((p) => p.external))),
          busySeconds: (lastEnd - Math.min(...pages.map((p) => p.start))) / 1000,
          // Set below, once every worker's last page is known.
          idleAtEndSeconds: 0,
        });
      }
    } else if (name.startsWith('cache-')) {
      for (const [kind, stats] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Omit<CacheFigure, 'kind'>>)) {
        const figure = cache.get(kind) ?? { kind, hits: 0, misses: 0, computeSeconds: 0 };
        figure.hits += stats.hits;
        figure.misses += stats.misses;
        figure.computeSeconds += stats.computeSeconds;
        cache.set(kind, figure);
      }
    }
  }
  workers.forEach((w, i) => (w.idleAtEndSeconds = (Math.max(...lastEnds) - lastEnds[i]!) / 1000));
  // FOLIO_PROFILE_KEEP=<folder> keeps the per-page records, to look closer.
  if (process.env.FOLIO_PROFILE_KEEP) fs.cpSync(dir, process.env.FOLIO_PROFILE_KEEP, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  const generated = [...output.matchAll(/Generating static pages using \d+ workers? \((\d+)\/\d+\)/g)].at(-1);
  return {
    script: typeof script === 'string' ? script : script.join(' '),
    ok: code === 0,
    seconds,
    pages: Number(generated?.[1] ?? NaN),
    peakMB: peak.rss / 2 ** 20,
    peakPhase: peak.phase,
    peakParts: Object.fromEntries(Object.entries(peak.roles).map(([role, bytes]) => [role, bytes / 2 ** 20])),
    cpuSeconds,
    phases: [...phases].filter(([name]) => name !== 'end').map(([name, f]) => ({ name, seconds: f.seconds, peakMB: f.peak / 2 ** 20 })),
    routes: [...routes].map(([kind, f]) => ({ kind, ...f })).sort((a, b) => b.seconds - a.seconds),
    workers,
    cache: [...cache.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    output,
  };
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (megabytes: number) => `${megabytes.toFixed(0)} MB`;

/** The profile as tables. */
export function printProfile(title: string, p: Profile, log: (line: string) => void = console.log): void {
  const cpu = Object.values(p.cpuSeconds).reduce((a, b) => a + b, 0);
  log(`\n${title}: ${p.ok ? '' : 'FAILED, '}${s(p.seconds)} wall, ${s(cpu)} CPU, ${Number.isNaN(p.pages) ? '?' : p.pages} pages prerendered, peak ${mb(p.peakMB)} (in ${p.peakPhase})`);
  printTable(
    ['phase', 'wall', 'share', 'peak memory'],
    p.phases.map((f) => [f.name, s(f.seconds), `${((f.seconds / p.seconds) * 100).toFixed(0)}%`, mb(f.peakMB)]),
    log,
  );
  log('');
  printTable(
    ['process', 'CPU time', 'memory at the peak'],
    [...new Set([...Object.keys(p.cpuSeconds), ...Object.keys(p.peakParts)])].map((role) => [role, s(p.cpuSeconds[role] ?? 0), mb(p.peakParts[role] ?? 0)]),
    log,
  );
  if (p.routes.length > 0) {
    const total = p.routes.reduce((sum, r) => sum + r.seconds, 0);
    log('');
    printTable(
      ['prerendered', 'pages', 'worker time', 'share', 'per page', 'worker memory growth'],
      p.routes.map((r) => [r.kind, String(r.pages), s(r.seconds), `${((r.seconds / total) * 100).toFixed(0)}%`, `${((r.seconds * 1000) / r.pages).toFixed(1)} ms`, mb(r.growthMB)]),
      log,
    );
    log('');
    printTable(
      ['prerender worker', 'pages', 'rendering', 'then idle', 'memory at first page', 'peak', 'at last page', 'JS heap peak', 'external peak'],
      p.workers.map((w) => [String(w.pid), String(w.pages), s(w.busySeconds), s(w.idleAtEndSeconds), mb(w.firstMB), mb(w.peakMB), mb(w.lastMB), mb(w.heapPeakMB), mb(w.externalPeakMB)]),
      log,
    );
  } else {
    log('(no per-page figures: scripts/bench/profile-hook.cjs found no Next.js trace spans to read)');
  }
  if (p.cache.length > 0) {
    log('');
    printTable(
      ["Folio's build cache", 'found', 'made', 'time making them'],
      p.cache.map((c) => [c.kind, String(c.hits), String(c.misses), s(c.computeSeconds)]),
      log,
    );
  }
}
