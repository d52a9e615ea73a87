/**
 * `npm run test:corpus [-- --only v0-2019,v1-gem] [--no-export] [--keep] [--json rows.json]`
 *
 * Moves every al-folio site of the importer's corpus (lib/authoring/importer/fixtures/,
 * described in its corpus.json) into a fresh copy of this project, as an
 * author would on a fresh clone: `npm run import:al-folio -- <site>`, then
 * `npm run check` and `npm run export` there, and checks that every address
 * the al-folio site had (corpus.json `addresses`) is a file of the export.
 * Prints one row per site: the import's exit, the check's exit and issue
 * count, the export's exit and page count, the addresses found, and the first
 * error lines; exits 1 when any site fails a step, and flags a site the
 * check passed but the export could not build.
 *
 * The copy is the project's files (git ls-files, the corpus aside) with
 * node_modules hard-linked (copied when the temporary folder is on another
 * disk): an export needs its own project, since Next serves the project's
 * own public/ and builds only inside its root. Cost: one `next build` per
 * site (the export; it stops at its own content check first when the front
 * matter is wrong), one after another: about a minute and a half per site
 * on a 2-core machine. `--no-export` skips it.
 */
import { spawnSync } from 'node:child_process';
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

/** A fresh clone of this project, as the author would have it. */
function freshProject(files: string[], fixture: string): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), `folio-corpus-${fixture}-`));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(project, file));
  }
  linkTree(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  return project;
}

function run(project: string, script: string, args: string[]): Step {
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(project, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
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

function moveIn(project: string, fixture: string, options: { exportSite: boolean; addresses: string[] }): Row {
  const row: Row = { fixture, import: run(project, 'scripts/import-al-folio.ts', [path.join(FIXTURES, fixture), '--no-check']) };
  if (row.import.status !== 0) return row;

  const check = run(project, 'scripts/check.ts', ['--json']);
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
  if (!options.exportSite) return row;

  const exportStep = run(project, 'scripts/export.ts', []);
  row.export = { ...exportStep, pages: Number(/Exported (\d+) pages/.exec(exportStep.output)?.[1]) || undefined };
  if (exportStep.status === 0) {
    const site = YAML.parse(fs.readFileSync(path.join(project, 'content/site.yml'), 'utf8')) as { baseurl?: string } | null;
    const basePath = (site?.baseurl ?? '').replace(/\/+$/, '');
    const missing = options.addresses.filter((a) => !exported(path.join(project, 'out'), a, basePath));
    row.addresses = { found: options.addresses.length - missing.length, expected: options.addresses.length, missing };
  }
  return row;
}

function failed(row: Row): boolean {
  return row.import.status !== 0 || (row.check?.status ?? 0) !== 0 || (row.export?.status ?? 0) !== 0 || (row.addresses?.missing.length ?? 0) > 0;
}

function table(rows: Row[], projects: Map<string, string>): string {
  const header = ['fixture', 'import', 'check (errors/warnings)', 'export (pages)', 'addresses', 'first errors'];
  const cells = rows.map((row) => {
    const project = projects.get(row.fixture)!;
    const errors = [
      ...(row.import.status !== 0 ? firstErrorLines(row.import.output, project).map((l) => `import: ${l}`) : []),
      ...(row.check && row.check.status !== 0 ? row.check.firstErrors.map((l) => `check: ${l}`) : []),
      ...(row.export && row.export.status !== 0 ? firstErrorLines(row.export.output, project).map((l) => `export: ${l}`) : []),
      ...(row.addresses?.missing.length ? [`missing: ${row.addresses.missing.slice(0, 6).join(' ')}${row.addresses.missing.length > 6 ? ` (+${row.addresses.missing.length - 6})` : ''}`] : []),
      ...(row.check?.status === 0 && row.export && row.export.status !== 0 ? ['THE CHECK PASSED A SITE THE EXPORT COULD NOT BUILD'] : []),
    ];
    return [
      row.fixture,
      String(row.import.status),
      row.check ? `${row.check.status} (${row.check.errors}/${row.check.warnings})` : '-',
      row.export ? `${row.export.status}${row.export.pages ? ` (${row.export.pages})` : ''}` : '-',
      row.addresses ? `${row.addresses.found}/${row.addresses.expected}` : '-',
      errors.join('<br>').replace(/\|/g, '\\|') || 'ok',
    ];
  });
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n') + '\n';
}

function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'no-export': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
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

  const files = projectFiles();
  const rows: Row[] = [];
  const projects = new Map<string, string>();
  for (const fixture of fixtures) {
    process.stderr.write(`${fixture}: import, check${values['no-export'] ? '' : ', export'} ...\n`);
    const project = freshProject(files, fixture);
    projects.set(fixture, project);
    try {
      const row = moveIn(project, fixture, { exportSite: !values['no-export'], addresses: manifest.fixtures[fixture]?.expect?.addresses ?? [] });
      const took = [row.import, row.check, row.export].map((s) => (s ? s.seconds.toFixed(0) : undefined)).filter(Boolean);
      process.stderr.write(`  ${failed(row) ? 'FAILED' : 'ok'} (${took.join(' + ')} s)\n`);
      rows.push(row);
    } finally {
      if (values.keep) process.stderr.write(`  kept ${project}\n`);
      else fs.rmSync(project, { recursive: true, force: true });
    }
  }
  process.stdout.write(table(rows, projects));
  if (values.json) {
    const summary = rows.map((row) => ({
      fixture: row.fixture,
      import: { status: row.import.status, firstErrors: row.import.status ? firstErrorLines(row.import.output, projects.get(row.fixture)!) : [] },
      check: row.check && { status: row.check.status, errors: row.check.errors, warnings: row.check.warnings, firstErrors: row.check.firstErrors },
      export: row.export && { status: row.export.status, pages: row.export.pages, firstErrors: row.export.status ? firstErrorLines(row.export.output, projects.get(row.fixture)!) : [] },
      addresses: row.addresses,
    }));
    fs.writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n');
  }
  const failures = rows.filter(failed).length;
  process.stdout.write(`\n${rows.length - failures} of ${rows.length} sites moved in whole.\n`);
  process.exitCode = failures || undescribed.length ? 1 : 0;
}

main();
