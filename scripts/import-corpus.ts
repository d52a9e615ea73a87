/**
 * `npm run test:corpus [-- --only v0-2019,v1-gem] [--no-export] [--keep] [--keep-exports dir] [--jobs 2] [--json rows.json]`
 *
 * Moves every al-folio site of the importer's corpus (lib/authoring/importer/fixtures/,
 * described in its corpus.json) into a copy of this project, as an author
 * would on a fresh clone: `npm run import:al-folio -- <site>`, then
 * `npm run check` (the full check, MDX compiled: what the export would stop
 * on, it says first, in seconds) and `npm run export`, and checks that every
 * address the al-folio site had (corpus.json `addresses`) is a file of the
 * export. Prints one row per site: each step's exit and seconds, the check's
 * counts, the export's pages, the addresses found, and the first errors;
 * exits 1 when any site fails a step, and when the check passed a site the
 * export could not build (the check and the build must agree). A site the
 * check stops is not exported: its row says so.
 *
 * One copy of the project serves every site, one after another: its content/
 * and public/ are put back as a fresh clone has them before each import
 * (node_modules is hard-linked once), and everything else, the build's
 * caches under .next/ included, stays from one site to the next. `--jobs 2`
 * runs two copies side by side (each export's `next build` wants a core and
 * about 1.5 GB). `--keep-exports dir` keeps each site's export in
 * `dir/<site>/`, for e2e/importer/.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'lib/authoring/importer/fixtures');

type Manifest = { fixtures: Record<string, { expect?: { addresses?: string[] } }> };
type Step = { status: number; output: string; seconds: number };
type Row = {
  fixture: string;
  project: string;
  import: Step;
  check?: Step & { errors: number; warnings: number; firstErrors: string[] };
  export?: Step & { pages?: number };
  addresses?: { found: number; expected: number; missing: string[] };
};

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

/** A project script to its end (asynchronously: two lanes run side by side). */
function run(project: string, script: string, args: string[]): Promise<Step> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd: project, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ status: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The lines a reader wants first: errors, else the end of the output. */
function firstErrorLines(output: string, project: string, count = 3): string[] {
  const lines = output
    .split('\n')
    .map((l) => l.replaceAll(`${project}/`, '').trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /\berror\b|Error:|failed|stopped|exited|⨯/i.test(l) && !/^at /.test(l));
  return (errors.length ? errors : lines.slice(-count)).slice(0, count).map((l) => l.slice(0, 220));
}

/** Whether an address of the old site is a file of the export (the base path is not a folder of out/). */
function exported(out: string, address: string, basePath: string): boolean {
  let local = decodeURIComponent(address.split('#')[0]!.split('?')[0]!);
  if (basePath && (local === basePath || local.startsWith(`${basePath}/`))) local = local.slice(basePath.length) || '/';
  const file = path.join(out, local);
  if (local.endsWith('/')) return fs.existsSync(path.join(file, 'index.html'));
  return fs.existsSync(file) || fs.existsSync(`${file}.html`) || fs.existsSync(path.join(file, 'index.html'));
}

async function moveIn(project: string, fixture: string, options: { exportSite: boolean; addresses: string[]; keepExports?: string }): Promise<Row> {
  const row: Row = { fixture, project, import: await run(project, 'scripts/import-al-folio.ts', [path.join(FIXTURES, fixture), '--no-check']) };
  if (row.import.status !== 0) return row;

  const check = await run(project, 'scripts/check.ts', ['--json']);
  let parsed: { errors: number; warnings: number; issues: { severity: string; file: string; line: number; message: string }[] } | undefined;
  try {
    parsed = JSON.parse(check.output.slice(check.output.indexOf('{')));
  } catch {
    parsed = undefined;
  }
  row.check = {
    ...check,
    errors: parsed?.errors ?? -1,
    warnings: parsed?.warnings ?? -1,
    firstErrors: parsed
      ? parsed.issues
          .filter((i) => i.severity === 'error')
          .slice(0, 3)
          .map((i) => `${i.file}:${i.line} ${i.message}`.slice(0, 220))
      : firstErrorLines(check.output, project),
  };
  // What the check stops, the export stops too (after its `next build`): a minute and more saved per failing site.
  if (!options.exportSite || check.status !== 0) return row;

  const exportStep = await run(project, 'scripts/export.ts', []);
  row.export = { ...exportStep, pages: Number(/Exported (\d+) pages/.exec(exportStep.output)?.[1]) || undefined };
  if (exportStep.status === 0) {
    const site = YAML.parse(fs.readFileSync(path.join(project, 'content/site.yml'), 'utf8')) as { baseurl?: string } | null;
    const basePath = (site?.baseurl ?? '').replace(/\/+$/, '');
    const missing = options.addresses.filter((a) => !exported(path.join(project, 'out'), a, basePath));
    row.addresses = { found: options.addresses.length - missing.length, expected: options.addresses.length, missing };
    if (options.keepExports) {
      const kept = path.join(options.keepExports, fixture);
      fs.rmSync(kept, { recursive: true, force: true });
      fs.cpSync(path.join(project, 'out'), kept, { recursive: true });
      fs.writeFileSync(path.join(kept, '.folio-base-path'), basePath);
    }
  }
  return row;
}

/** The check passed a site the export could not build: the two disagree. */
const disagrees = (row: Row) => row.check?.status === 0 && row.export !== undefined && row.export.status !== 0;

function failed(row: Row): boolean {
  return row.import.status !== 0 || (row.check?.status ?? 0) !== 0 || (row.export?.status ?? 0) !== 0 || (row.addresses?.missing.length ?? 0) > 0;
}

function table(rows: Row[]): string {
  const header = ['fixture', 'import (s)', 'check: exit (errors/warnings) s', 'export: exit (pages) s', 'addresses', 'first errors'];
  const seconds = (step?: Step) => (step ? `${step.seconds.toFixed(0)}` : '-');
  const cells = rows.map((row) => {
    const errors = [
      ...(row.import.status !== 0 ? firstErrorLines(row.import.output, row.project).map((l) => `import: ${l}`) : []),
      ...(row.check && row.check.status !== 0 ? row.check.firstErrors.map((l) => `check: ${l}`) : []),
      ...(row.export && row.export.status !== 0 ? firstErrorLines(row.export.output, row.project).map((l) => `export: ${l}`) : []),
      ...(row.addresses?.missing.length ? [`missing: ${row.addresses.missing.slice(0, 6).join(' ')}${row.addresses.missing.length > 6 ? ` (+${row.addresses.missing.length - 6})` : ''}`] : []),
      ...(disagrees(row) ? ['THE CHECK PASSED A SITE THE EXPORT COULD NOT BUILD'] : []),
    ];
    return [
      row.fixture,
      `${row.import.status} ${seconds(row.import)}`,
      row.check ? `${row.check.status} (${row.check.errors}/${row.check.warnings}) ${seconds(row.check)}` : '-',
      row.export ? `${row.export.status}${row.export.pages ? ` (${row.export.pages})` : ''} ${seconds(row.export)}` : row.check?.status ? 'not run: the check failed' : '-',
      row.addresses ? `${row.addresses.found}/${row.addresses.expected}` : '-',
      errors.join('<br>').replace(/\|/g, '\\|') || 'ok',
    ];
  });
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n') + '\n';
}

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'no-export': { type: 'boolean', default: false },
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
  const undescribed = all.filter((name) => !manifest.fixtures[name]);
  if (undescribed.length) process.stderr.write(`corpus.json does not describe: ${undescribed.join(', ')}\n`);
  const only = values.only?.split(',').map((s) => s.trim());
  const fixtures = only ? all.filter((name) => only.includes(name)) : all;
  const keepExports = values['keep-exports'] && path.resolve(values['keep-exports']);

  const files = projectFiles();
  const queue = [...fixtures];
  const rows: Row[] = [];
  const jobs = Math.max(1, Math.min(Number(values.jobs) || 1, fixtures.length));
  // Each lane: one project copy, the sites of the queue one after another.
  const lane = async () => {
    const project = makeProject(files);
    try {
      for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
        process.stderr.write(`${fixture}: import, check${values['no-export'] ? '' : ', export'} ...\n`);
        resetProject(project, files);
        const row = await moveIn(project, fixture, { exportSite: !values['no-export'], addresses: manifest.fixtures[fixture]?.expect?.addresses ?? [], keepExports });
        const took = [row.import, row.check, row.export].map((s) => (s ? s.seconds.toFixed(0) : undefined)).filter(Boolean);
        process.stderr.write(`  ${failed(row) ? 'FAILED' : 'ok'} (${took.join(' + ')} s)\n`);
        rows.push(row);
      }
    } finally {
      if (values.keep) process.stderr.write(`kept ${project}\n`);
      else fs.rmSync(project, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  rows.sort((a, b) => a.fixture.localeCompare(b.fixture));

  process.stdout.write(table(rows));
  if (values.json) {
    const summary = rows.map((row) => ({
      fixture: row.fixture,
      import: { status: row.import.status, seconds: row.import.seconds, firstErrors: row.import.status ? firstErrorLines(row.import.output, row.project) : [] },
      check: row.check && { status: row.check.status, seconds: row.check.seconds, errors: row.check.errors, warnings: row.check.warnings, firstErrors: row.check.firstErrors },
      export: row.export && { status: row.export.status, seconds: row.export.seconds, pages: row.export.pages, firstErrors: row.export.status ? firstErrorLines(row.export.output, row.project) : [] },
      addresses: row.addresses,
      checkAndExportDisagree: disagrees(row),
    }));
    fs.writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n');
  }
  const failures = rows.filter(failed).length;
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  process.stdout.write(`\n${rows.length - failures} of ${rows.length} sites moved in whole, in ${minutes} min.\n`);
  process.exitCode = failures || undescribed.length ? 1 : 0;
}

await main();
