/**
 * `npm run test:corpus [-- --only v0-2019,v1-gem] [--no-export] [--keep]`
 *
 * Moves every al-folio site of the importer's corpus (lib/importer/fixtures/,
 * described in its corpus.json) into a fresh project, as an author would:
 * `npm run import:al-folio -- <site> --out <tmp>`, then `npm run check` and
 * `npm run export` on the result, and checks that every address the al-folio
 * site had (corpus.json `addresses`) is a file of the export. Prints one row
 * per site: the import's exit, the check's exit and issue count, the
 * export's exit and page count, the addresses found, and the first error
 * lines; exits 1 when any site fails a step, or when the check passed a
 * site the export could not build.
 *
 * Cost: one `next build` per site (the export; it stops at its own content
 * check before building when the front matter is wrong), run one after
 * another in this project's folder (an export builds in `.next`). About a
 * minute and a half per site here; `--no-export` skips it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'lib/importer/fixtures');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

type Manifest = { fixtures: Record<string, { expect?: { addresses?: string[] } }> };
type Step = { status: number; output: string; seconds: number };
type Row = {
  fixture: string;
  import: Step;
  check?: Step & { errors: number; warnings: number; firstErrors: string[] };
  export?: Step & { pages?: number };
  addresses?: { found: number; expected: number; missing: string[] };
};

function run(script: string, args: string[], env: Record<string, string> = {}): Step {
  const started = performance.now();
  const result = spawnSync(process.execPath, [TSX, script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, seconds: (performance.now() - started) / 1000 };
}

/** The lines a reader wants first: errors, else the end of the output. */
function firstErrorLines(output: string, count = 3): string[] {
  const lines = output.split('\n').map((l) => l.trimEnd()).filter(Boolean);
  const errors = lines.filter((l) => /\berror\b|Error:|failed|stopped|exited|✗|⨯/i.test(l) && !/^\s*at /.test(l));
  return (errors.length ? errors : lines.slice(-count)).slice(0, count).map((l) => l.trim().slice(0, 220));
}

/** Where an address of the old site is in the export (the base path is not a folder of out/). */
function exported(out: string, address: string, basePath: string): boolean {
  let local = decodeURIComponent(address.split('#')[0]!.split('?')[0]!);
  if (basePath && (local === basePath || local.startsWith(`${basePath}/`))) local = local.slice(basePath.length) || '/';
  const file = path.join(out, local);
  if (local.endsWith('/')) return fs.existsSync(path.join(file, 'index.html'));
  return fs.existsSync(file) || fs.existsSync(`${file}.html`) || fs.existsSync(path.join(file, 'index.html'));
}

function importSite(fixture: string, options: { exportSite: boolean; keep: boolean; addresses: string[] }): Row {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), `folio-corpus-${fixture}-`));
  try {
    const row: Row = { fixture, import: run('scripts/import-al-folio.ts', [path.join(FIXTURES, fixture), '--out', project, '--no-check']) };
    if (row.import.status !== 0) return row;
    const env = { FOLIO_CONTENT_DIR: path.join(project, 'content'), FOLIO_PUBLIC_DIR: path.join(project, 'public') };

    const check = run('scripts/check.ts', ['--json'], env);
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
        ? parsed.issues.filter((i) => i.severity === 'error').slice(0, 3).map((i) => `${path.relative(project, path.resolve(ROOT, i.file))}:${i.line} ${i.message}`.slice(0, 220))
        : firstErrorLines(check.output),
    };
    if (!options.exportSite) return row;

    const out = path.join(project, 'out');
    const exportStep = run('scripts/export.ts', [], { ...env, FOLIO_EXPORT_DIR: out });
    row.export = { ...exportStep, pages: Number(/Exported (\d+) pages/.exec(exportStep.output)?.[1]) || undefined };
    if (exportStep.status === 0) {
      const site = YAML.parse(fs.readFileSync(path.join(project, 'content/site.yml'), 'utf8')) as { baseurl?: string } | null;
      const basePath = (site?.baseurl ?? '').replace(/\/+$/, '');
      const missing = options.addresses.filter((a) => !exported(out, a, basePath));
      row.addresses = { found: options.addresses.length - missing.length, expected: options.addresses.length, missing };
    }
    return row;
  } finally {
    if (options.keep) process.stderr.write(`  kept ${project}\n`);
    else fs.rmSync(project, { recursive: true, force: true });
  }
}

function failed(row: Row): boolean {
  return row.import.status !== 0 || (row.check?.status ?? 0) !== 0 || (row.export?.status ?? 0) !== 0 || (row.addresses?.missing.length ?? 0) > 0;
}

function table(rows: Row[]): string {
  const header = ['fixture', 'import', 'check (errors/warnings)', 'export (pages)', 'addresses', 'first errors'];
  const cells = rows.map((row) => {
    const errors = [
      ...(row.import.status !== 0 ? firstErrorLines(row.import.output).map((l) => `import: ${l}`) : []),
      ...(row.check && row.check.status !== 0 ? row.check.firstErrors.map((l) => `check: ${l}`) : []),
      ...(row.export && row.export.status !== 0 ? firstErrorLines(row.export.output).map((l) => `export: ${l}`) : []),
      ...(row.addresses?.missing.length ? [`missing: ${row.addresses.missing.slice(0, 6).join(' ')}${row.addresses.missing.length > 6 ? ' ...' : ''}`] : []),
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

  const rows: Row[] = [];
  for (const fixture of fixtures) {
    process.stderr.write(`${fixture}: import, check${values['no-export'] ? '' : ', export'} ...\n`);
    const row = importSite(fixture, { exportSite: !values['no-export'], keep: values.keep, addresses: manifest.fixtures[fixture]?.expect?.addresses ?? [] });
    const took = [row.import, row.check, row.export].filter(Boolean).map((s) => s!.seconds.toFixed(0)).join(' + ');
    process.stderr.write(`  ${failed(row) ? 'FAILED' : 'ok'} (${took} s)\n`);
    rows.push(row);
  }
  process.stdout.write(table(rows));
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(rows.map(({ import: i, check, export: e, ...rest }) => ({ ...rest, import: i.status, check: check && { status: check.status, errors: check.errors, warnings: check.warnings, firstErrors: check.firstErrors }, export: e && { status: e.status, pages: e.pages, firstErrors: e.status ? firstErrorLines(e.output) : [] } })), null, 2));
  const failures = rows.filter(failed).length;
  process.stdout.write(`\n${rows.length - failures} of ${rows.length} sites moved in whole.\n`);
  process.exitCode = failures || undescribed.length ? 1 : 0;
}

main();
