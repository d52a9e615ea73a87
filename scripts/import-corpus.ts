/**
 * `npm run test:corpus [-- --only v0-2019,v1-gem] [--export all|none|<site,site>] [--keep] [--keep-exports dir] [--jobs 2] [--json rows.json]`
 *
 * Moves every al-folio site of the importer's corpus (lib/authoring/importer/fixtures/,
 * described in its corpus.json) into Folio, as an author would on a fresh
 * clone, and says for each whether it moved in whole:
 * 1. `npm run import:al-folio -- <site>`;
 * 2. `npm run check`, the full check (MDX compiled): what the build or the
 *    export would stop on, it reports first;
 * 3. the addresses: every address the al-folio site had (corpus.json
 *    `addresses`) must be one the imported site answers: a page, a list, a
 *    feed, an old address's page, a file in public/ (lib/check/old-addresses.ts
 *    `siteAnswers`: what the export would write, known without building it);
 * 4. for the sites `--export` names (all of them unless told), `npm run
 *    export` in a copy of this project, and every address a file of the
 *    export. The check and the export must agree: a site the check passed
 *    and the export could not build fails, and so does an address step 3
 *    found that the export did not write.
 * Prints one row per site (each step's exit and seconds, the check's counts,
 * the export's pages, the addresses found, the first errors), then one line
 * per failed site saying why; exits 1 when any site failed. A site the check
 * stops is not exported (the export would stop on it after its `next build`).
 *
 * Steps 1-3 need no build: each site is imported into a folder of its own
 * and checked there (a few seconds a site). The exports share one copy of
 * the project per lane: its content/ and public/ are put back as a fresh
 * clone has them before each import (node_modules is hard-linked once), and
 * its `.next/cache` stays, so the code is compiled once, not once a site.
 * Content is read when pages are generated, never compiled; a base path is
 * compiled in (Next's `basePath`), and the compiler's cache keeps the last
 * one it compiled: the sites are exported grouped by the base path their
 * `_config.yml` gives, and the lane starts from this project's compiler
 * cache (`npm run export`'s, at the root). So an export is a compile of a
 * few seconds plus the site's own pages, and a base path costs one full
 * compile. `npm test` exports every site; the browser specs
 * (e2e/importer/) serve the exports of the two families (v0 and v0-home,
 * the v1 starter). `--jobs 2` runs two lanes side by side, each with whole
 * groups (each export's `next build` wants a core and about 1.5 GB).
 * `--keep-exports dir` keeps each export in `dir/<site>/`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { normalizeBaseurl } from '../lib/build/base-path';
import { planLanes } from './corpus/lanes';
import { failures, firstErrorLines, table, type Row, type SiteCheck, type Step } from './corpus/rows';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'lib/authoring/importer/fixtures');
/** The flag this script gives itself to check one imported site in a process whose settings read that site (step 2 and 3). */
const CHECK_SITE = '--check-imported';

type Manifest = { fixtures: Record<string, { expect?: { addresses?: string[] } }> };

/** The project's own files (tracked or new, not ignored), the corpus aside. */
function projectFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((file) => file && !file.startsWith('lib/authoring/importer/fixtures/') && fs.existsSync(path.join(ROOT, file)));
}

/** node_modules, hard-linked file by file (a symlink would put it outside the root Next builds from). */
function linkTree(from: string, to: string) {
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

function copyFiles(files: string[], from: string, to: string) {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
}

/** A copy of this project, as the author's clone has it. */
function makeProject(files: string[]): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-corpus-'));
  copyFiles(files, ROOT, project);
  linkTree(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  // The compiler's cache of this project's last build: the same code, so a compile of seconds (for the same base path).
  const compiled = path.join(ROOT, '.next/cache/turbopack');
  if (fs.existsSync(compiled)) fs.cpSync(compiled, path.join(project, '.next/cache/turbopack'), { recursive: true });
  return project;
}

/** content/ and public/ as a fresh clone has them (what the import moves aside), and nothing of the last site's export. */
function resetProject(project: string, files: string[]) {
  for (const entry of fs.readdirSync(project)) {
    if (['content', 'public', 'out'].includes(entry) || /^folio-(example|content)-backup-/.test(entry)) fs.rmSync(path.join(project, entry), { recursive: true, force: true });
  }
  copyFiles(
    files.filter((f) => f.startsWith('content/') || f.startsWith('public/')),
    ROOT,
    project,
  );
}

/** A script to its end, asynchronously (two lanes run side by side). */
function run(cwd: string, script: string, args: string[], env: Record<string, string> = {}): Promise<Step> {
  const started = performance.now();
  return new Promise((resolve) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env };
    // The site's own settings, not the ones this run was started with.
    for (const name of ['FOLIO_BASE_PATH', 'FOLIO_CONTENT_DIR', 'FOLIO_PUBLIC_DIR', 'FOLIO_DIST_DIR', 'FOLIO_EXPORT_DIR', 'FOLIO_OUTPUT']) if (!(name in env)) delete environment[name];
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd, env: environment });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ status: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** An address of the old site without the base path (the base path is not a folder of out/), or null when it is not under it. */
function local(address: string, basePath: string): string | null {
  const bare = address.split('#')[0]!.split('?')[0]!;
  if (!basePath) return bare;
  if (bare === basePath || bare.startsWith(`${basePath}/`)) return bare.slice(basePath.length) || '/';
  return null;
}

/** Whether an address of the old site is a file of the export. */
function exported(out: string, address: string, basePath: string): boolean {
  const at = local(address, basePath);
  if (at === null) return false;
  const file = path.join(out, decodeURIComponent(at));
  if (at.endsWith('/')) return fs.existsSync(path.join(file, 'index.html'));
  return fs.existsSync(file) || fs.existsSync(`${file}.html`) || fs.existsSync(path.join(file, 'index.html'));
}

/**
 * Steps 2 and 3 for the site imported into the working directory, in a process of its own: the
 * settings (the base path among them) are read once, from its content/site.yml. Prints a SiteCheck as JSON.
 */
async function checkImported(addresses: string[]) {
  const { checkContent, siteRoutes } = await import('../lib/check');
  const { siteAnswers } = await import('../lib/check/old-addresses');
  const { readContent } = await import('../lib/content/load');
  const { loadOptions } = await import('../lib/content');
  const { settings } = await import('../lib/build/settings');
  const options = loadOptions();
  const issues = await checkContent(options);
  const errors = issues.filter((i) => i.severity === 'error');
  const { content } = readContent({ ...options, includeDrafts: false });
  const routes = content ? siteRoutes(content) : new Set<string>();
  const missing = addresses.filter((address) => {
    const at = local(address, settings.basePath);
    return at === null || !content || !siteAnswers(at, routes, options);
  });
  const result: SiteCheck = {
    errors: errors.length,
    warnings: issues.length - errors.length,
    firstErrors: errors.slice(0, 3).map((i) => `${i.file}:${i.line} ${i.message}`.slice(0, 220)),
    basePath: settings.basePath,
    missing,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function moveIn(folder: string, fixture: string, options: { exportSite: boolean; addresses: string[]; keepExports?: string }): Promise<Row> {
  const row: Row = { fixture, folder, import: await run(ROOT, 'scripts/import-al-folio.ts', [path.join(FIXTURES, fixture), '--out', folder, '--no-check']) };
  if (row.import.status !== 0) return row;

  // In the site's folder, as `npm run check` there: its content/, public/ and site.yml.
  const check = await run(folder, path.join(ROOT, 'scripts/import-corpus.ts'), [CHECK_SITE, JSON.stringify(options.addresses)]);
  let site: SiteCheck | undefined;
  try {
    site = JSON.parse(check.output.slice(check.output.lastIndexOf('\n{') + 1));
  } catch {
    site = undefined;
  }
  row.check = {
    ...check,
    status: site ? (site.errors ? 1 : 0) : check.status || 2,
    errors: site?.errors ?? -1,
    warnings: site?.warnings ?? -1,
    firstErrors: site?.firstErrors ?? firstErrorLines(check.output, folder),
  };
  if (!site) return row;
  row.addresses = { found: options.addresses.length - site.missing.length, expected: options.addresses.length, missing: site.missing };
  if (!options.exportSite || row.check.status !== 0) return row;

  const exportStep = await run(folder, 'scripts/export.ts', []);
  const compiled = /Compiled successfully in ([\d.]+)(m?s)/.exec(exportStep.output);
  row.export = {
    ...exportStep,
    pages: Number(/Exported (\d+) pages/.exec(exportStep.output)?.[1]) || undefined,
    compile: compiled ? Number(compiled[1]) / (compiled[2] === 'ms' ? 1000 : 1) : undefined,
    missing: [],
  };
  if (exportStep.status === 0) {
    const out = path.join(folder, 'out');
    row.export.missing = options.addresses.filter((a) => !exported(out, a, site.basePath));
    if (options.keepExports) {
      const kept = path.join(options.keepExports, fixture);
      fs.rmSync(kept, { recursive: true, force: true });
      fs.cpSync(out, kept, { recursive: true });
      fs.writeFileSync(path.join(kept, '.folio-base-path'), site.basePath);
    }
  }
  return row;
}

/** The base path a site's `_config.yml` gives (`baseurl`), read as the settings read site.yml's: what its export compiles in. */
function basePathOf(fixture: string): string {
  try {
    const config = YAML.parse(fs.readFileSync(path.join(FIXTURES, fixture, '_config.yml'), 'utf8')) as { baseurl?: unknown } | null;
    return (typeof config?.baseurl === 'string' && normalizeBaseurl(config.baseurl)) || '';
  } catch {
    return '';
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      export: { type: 'string', default: 'all' },
      keep: { type: 'boolean', default: false },
      'keep-exports': { type: 'string' },
      jobs: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
  });
  const started = performance.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'corpus.json'), 'utf8')) as Manifest;
  const all = fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(FIXTURES, entry.name, '_config.yml')))
    .map((entry) => entry.name)
    .sort();
  const named = (list: string | undefined, flag: string) => {
    const names = list?.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = names?.filter((name) => !all.includes(name)) ?? [];
    if (unknown.length) throw new Error(`${flag} names no site of the corpus: ${unknown.join(', ')} (the sites: ${all.join(', ')})`);
    return names;
  };
  const undescribed = all.filter((name) => !manifest.fixtures[name]);
  if (undescribed.length) process.stderr.write(`corpus.json does not describe: ${undescribed.join(', ')}\n`);
  const only = named(values.only, '--only');
  const fixtures = only ? all.filter((name) => only.includes(name)) : all;
  const toExport = new Set(values.export === 'all' ? all : values.export === 'none' ? [] : named(values.export, '--export'));
  const keepExports = values['keep-exports'] && path.resolve(values['keep-exports']);

  const files = projectFiles();
  const jobs = Math.max(1, Math.min(Number(values.jobs) || 1, fixtures.length));
  const lanes = planLanes(fixtures, toExport, jobs, basePathOf);
  const rows: Row[] = [];
  const made: string[] = [];
  // Each lane: its sites one after another, a copy of the project for those it exports.
  const lane = async (queue: string[]) => {
    let project: string | undefined;
    for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
      const exportSite = toExport.has(fixture);
      process.stderr.write(`${fixture}: import, check${exportSite ? ', export' : ''} ...\n`);
      let folder: string;
      if (exportSite) {
        if (!project) made.push((project = makeProject(files)));
        resetProject(project, files);
        folder = project;
      } else made.push((folder = fs.mkdtempSync(path.join(os.tmpdir(), `folio-corpus-${fixture}-`))));
      const row = await moveIn(folder, fixture, { exportSite, addresses: manifest.fixtures[fixture]?.expect?.addresses ?? [], keepExports });
      const took = [row.import, row.check, row.export].map((s) => (s ? s.seconds.toFixed(0) : undefined)).filter(Boolean);
      process.stderr.write(`  ${failures(row).length ? 'FAILED' : 'ok'} (${took.join(' + ')} s)\n`);
      rows.push(row);
    }
  };
  try {
    await Promise.all(lanes.map(lane));
  } finally {
    if (values.keep) process.stderr.write(`kept ${made.join(' ')}\n`);
    else for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
  }
  rows.sort((a, b) => a.fixture.localeCompare(b.fixture));

  process.stdout.write(table(rows));
  if (values.json) {
    const summary = rows.map((row) => ({
      fixture: row.fixture,
      import: { status: row.import.status, seconds: row.import.seconds, firstErrors: row.import.status ? firstErrorLines(row.import.output, row.folder) : [] },
      check: row.check && { status: row.check.status, seconds: row.check.seconds, errors: row.check.errors, warnings: row.check.warnings, firstErrors: row.check.firstErrors },
      addresses: row.addresses,
      export: row.export && { status: row.export.status, seconds: row.export.seconds, compileSeconds: row.export.compile, pages: row.export.pages, missing: row.export.missing, firstErrors: row.export.status ? firstErrorLines(row.export.output, row.folder) : [] },
      failures: failures(row),
    }));
    fs.writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n');
  }
  const failed = rows.filter((row) => failures(row).length);
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const exportedCount = rows.filter((row) => row.export).length;
  process.stdout.write(`\n${rows.length - failed.length} of ${rows.length} sites moved in whole (${exportedCount} exported), in ${minutes} min.\n`);
  for (const row of failed) process.stderr.write(`\nFAILED ${row.fixture} (lib/authoring/importer/fixtures/${row.fixture}):\n${failures(row).map((why) => `  - ${why}`).join('\n')}\n`);
  if (failed.length) process.stderr.write(`\nSee one site whole: npm run test:corpus -- --only ${failed[0]!.fixture} --keep\n`);
  process.exitCode = failed.length || undescribed.length ? 1 : 0;
}

const checking = process.argv.indexOf(CHECK_SITE);
if (checking >= 0) await checkImported(JSON.parse(process.argv[checking + 1] ?? '[]') as string[]);
else await main();
