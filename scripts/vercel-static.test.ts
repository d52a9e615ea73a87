import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../lib/build/security-headers';
import { THEME_SCRIPT } from '../lib/build/theme-script';
import { headerFiles, scriptHash } from './export';

/**
 * Vercel serves Folio from its CDN: no function runs for a page, a feed or
 * an asset. This runs Vercel's own builder (`vercel build`, the CLI pinned
 * in devDependencies, offline: no login, no project link, no install) on a
 * copy of the project and reads what Vercel would deploy, in
 * `.vercel/output` (the Build Output API): `config.json`'s routes and the
 * `functions` folder.
 *
 * A page, feed or asset costs no function when (1) there is no middleware
 * (Next.js compiles a proxy into one, run before every request), (2) it is a
 * file in `static/` or a prerender whose fallback the CDN serves, never
 * expiring, and (3) no route a plain GET takes rewrites it to a function.
 * Left as they are, because Next.js on Vercel always has them: requests
 * carrying Next's own headers (`rsc`, `next-action`, a multipart POST) may
 * still reach a function; a visitor's browser sends none of them, as Folio
 * uses plain links. The static export (`npm run export`) has no functions.
 *
 * Slow (it runs the production build once more: several minutes), so it is
 * its own step of `npm test`: `npm run test:vercel`.
 */
const ROOT = path.join(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-vercel-'));
const project = path.join(work, 'project');
const output = path.join(project, '.vercel/output');

/** The environment of a build on Vercel: the shipped content, none of the test run's own settings (vitest's NODE_ENV=test included). */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(FOLIO_|VITEST|NODE_ENV$)/.test(key))) as NodeJS.ProcessEnv;

/** `vercel build` in a folder, as Vercel's build machines run it: its exit status and output. */
function vercelBuild(cwd: string, minutes: number): { status: number | null; log: string } {
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/vercel'), ['build', '--yes'], {
    cwd,
    env: { ...env, VERCEL_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: minutes * 60_000,
  });
  return { status: build.status, log: `${build.stdout}\n${build.stderr}` };
}

let log = '';
let status: number | null = null;

/** Hard links, so a copy of node_modules (about 60,000 files) takes seconds; a plain copy across file systems. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

/** The project as a deployment gets it: the files git would commit (tracked, and new ones it does not ignore). */
function copyProject(): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const source = path.join(ROOT, file);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.copyFileSync(source, path.join(project, file));
  }
  // Turbopack resolves packages inside the project only: a real folder, not a symlink out of it.
  linkTree(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  // Vercel keeps a project's build cache between deployments: this one has the compiler's cache of this checkout's
  // build of the same content, when there is one (48 s instead of 61 here; a cache of other content made builds slower).
  const compiled = path.join(ROOT, '.next', 'cache', 'turbopack');
  if (fs.existsSync(compiled)) fs.cpSync(compiled, path.join(project, '.next', 'cache', 'turbopack'), { recursive: true });
  // What `vercel pull` would write for a linked project. Next.js is detected as on Vercel; dependencies are installed already.
  fs.mkdirSync(path.join(project, '.vercel'));
  const settings = { framework: 'nextjs', installCommand: '' };
  fs.writeFileSync(path.join(project, '.vercel/project.json'), JSON.stringify({ projectId: 'prj_folio_test', orgId: 'team_folio_test', settings }));
}

beforeAll(() => {
  copyProject();
  const started = Date.now();
  ({ status, log } = vercelBuild(project, 30));
  console.log(`vercel build: exit ${status} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}, 31 * 60_000);

// Tens of thousands of links to remove: seconds on a busy machine.
afterAll(() => fs.rmSync(work, { recursive: true, force: true }), 300_000);

type Route = { src?: string; dest?: string; handle?: string; has?: unknown[]; middlewarePath?: string; status?: number };
type Prerender = { type: string; expiration: number | false; fallback?: { fsPath: string } | null };

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const routes = () => read<{ routes: Route[] }>(path.join(output, 'config.json')).routes;

/** Every function folder in the output (`about.func`, `blog/[year]/[slug].func`, ...), links included. */
function functionFolders(dir = path.join(output, 'functions')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name.endsWith('.func')) return [full];
    return entry.isDirectory() ? functionFolders(full) : [];
  });
}

/** The site's pages, feeds and generated files, as Next.js prerendered them: `/about`, `/feed.xml`, `/katex/katex.min.css`, ... */
function prerenderedRoutes(): string[] {
  return Object.keys(read<{ routes: Record<string, unknown> }>(path.join(project, '.next/prerender-manifest.json')).routes);
}

/** Every file under a folder, as a relative URL path. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), `${name}/`);
    return entry.isFile() ? [name] : [];
  });
}

/** How the CDN answers a route: a static file, a never-expiring prerender with its fallback, or a function. */
function servedBy(route: string): 'static' | 'prerender' | string {
  const name = route === '/' ? 'index' : route.slice(1);
  if (fs.existsSync(path.join(output, 'static', name))) return 'static';
  const config = path.join(output, 'functions', `${name}.prerender-config.json`);
  if (!fs.existsSync(config)) return 'a function (no prerender)';
  const prerender = read<Prerender>(config);
  if (prerender.expiration !== false) return `a function (the prerender expires after ${prerender.expiration} s)`;
  if (!prerender.fallback || !fs.existsSync(path.join(path.dirname(config), prerender.fallback.fsPath))) return 'a function (the prerender has no fallback file)';
  return 'prerender';
}

/** The address a visitor requests: pages end in a slash (`trailingSlash`), files do not. */
const url = (route: string) => (route === '/' || /\.[a-z0-9]+$/i.test(route) ? route : `${route}/`);

describe('vercel build', () => {
  it('succeeds', () => {
    expect(status, log.slice(-4000)).toBe(0);
    expect(fs.existsSync(path.join(output, 'config.json'))).toBe(true);
  });

  it('runs on Node 22, chosen by engines, without the auto-upgrade warning', () => {
    expect(log).not.toMatch(/automatically upgrade|Node\.js Version .* will be used instead|is deprecated/);
    const runtimes = new Set(functionFolders().map((dir) => read<{ runtime: string }>(path.join(fs.realpathSync(dir), '.vc-config.json')).runtime));
    expect([...runtimes]).toEqual(['nodejs22.x']);
  });

  it('has no middleware: nothing runs before every request', () => {
    expect(routes().filter((r) => r.middlewarePath)).toEqual([]);
    expect(fs.existsSync(path.join(output, 'functions/_middleware.func'))).toBe(false);
  });

  it('serves every page, feed and generated file from the CDN', () => {
    const served = prerenderedRoutes().map((route) => [route, servedBy(route)]);
    expect(served.length).toBeGreaterThan(50);
    expect(served.map(([route]) => route)).toEqual(expect.arrayContaining(['/', '/about', '/blog', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/folio.js', '/search-index.json', '/katex/katex.min.css']));
    expect(served.filter(([, by]) => by !== 'prerender' && by !== 'static')).toEqual([]);
  });

  it("serves public/ and Next's static files as files", () => {
    const publicFiles = filesUnder(path.join(project, 'public'));
    const nextFiles = filesUnder(path.join(project, '.next/static')).map((f) => `_next/static/${f}`);
    expect(publicFiles.length).toBeGreaterThan(0);
    for (const file of [...publicFiles, ...nextFiles]) expect(fs.existsSync(path.join(output, 'static', file)), file).toBe(true);
    // An unknown address gets the static 404 page.
    expect(fs.existsSync(path.join(output, 'static/404.html'))).toBe(true);
  });

  it('rewrites no plain GET of a page, feed or asset to a function', () => {
    const urls = [...prerenderedRoutes().map(url), ...filesUnder(path.join(project, 'public')).map((f) => `/${f}`)];
    // Routes before the filesystem is looked at; a route that needs a request header (Next's `rsc`, ...) is not taken by a plain GET.
    const before = routes().slice(0, routes().findIndex((r) => r.handle === 'filesystem'));
    const rewrites = before.filter((r) => r.src && !r.has && (r.dest || r.middlewarePath));
    const taken = urls.flatMap((u) => rewrites.filter((r) => new RegExp(r.src!).test(u)).map((r) => `${u} -> ${r.dest ?? r.middlewarePath}`));
    expect(taken).toEqual([]);
  });
});

/**
 * README's other Vercel deployment: `npm run export && npx vercel deploy out`.
 * The folder deployed is an export (pages, a 404 page, and the `vercel.json`
 * the export writes beside them); Vercel finds no framework in it and serves
 * the files. Built here with the same builder, as a new project's settings
 * are for a folder without a package.json.
 */
describe('vercel build of an exported folder (`vercel deploy out`)', () => {
  const site = path.join(work, 'out');
  const siteOutput = path.join(site, '.vercel/output');
  const hashes = [scriptHash(THEME_SCRIPT)];
  let siteLog = '';
  let siteStatus: number | null = null;

  beforeAll(() => {
    for (const [file, text] of Object.entries({ 'index.html': '<!DOCTYPE html><title>Home</title>', 'about/index.html': '<!DOCTYPE html><title>About</title>', '404.html': '<!DOCTYPE html><title>Not found</title>', 'feed.xml': '<rss/>', ...headerFiles(hashes) })) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    }
    fs.mkdirSync(path.join(site, '.vercel'));
    fs.writeFileSync(path.join(site, '.vercel/project.json'), JSON.stringify({ projectId: 'prj_folio_out', orgId: 'team_folio_test', settings: { framework: null } }));
    ({ status: siteStatus, log: siteLog } = vercelBuild(site, 5));
  }, 6 * 60_000);

  const siteRoutes = () => read<{ routes: Route[] }>(path.join(siteOutput, 'config.json')).routes as (Route & { headers?: Record<string, string>; continue?: boolean })[];

  it('serves the files as they are, with no function', () => {
    expect(siteStatus, siteLog.slice(-4000)).toBe(0);
    for (const file of ['index.html', 'about/index.html', '404.html', 'feed.xml']) expect(fs.existsSync(path.join(siteOutput, 'static', file)), file).toBe(true);
    expect(fs.existsSync(path.join(siteOutput, 'functions'))).toBe(false);
  });

  it("sends every header of the export's vercel.json on every address", () => {
    const expected = Object.fromEntries(securityHeaders({ scripts: { inline: 'hashed', hashes } }).map((h) => [h.key, h.value]));
    for (const address of ['/', '/about/', '/feed.xml', '/missing/']) {
      const sent = Object.assign({}, ...siteRoutes().filter((r) => r.headers && r.src && new RegExp(r.src).test(address)).map((r) => r.headers));
      expect(sent, address).toEqual(expect.objectContaining(expected));
    }
  });

  it('adds the slash to a page address, as the export links pages', () => {
    const redirect = siteRoutes().find((r) => r.src && r.status === 308 && new RegExp(r.src).test('/about'));
    expect(redirect, JSON.stringify(siteRoutes(), null, 1)).toBeDefined();
  });
});
