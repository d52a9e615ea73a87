import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markComplete } from '../../lib/build/build-state';
import { recoverExport, swapIn } from './swap';

const ROOT = path.join(import.meta.dirname, '../..');

/** A project folder with the given files (path → text). */
function project(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-swap-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return { root, folders: { out: path.join(root, 'out'), buildDir: path.join(root, '.next'), parked: path.join(root, '.next-parked-by-export') } };
}

/** Every file under a folder, with its text: a site, whole or not. */
function tree(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {};
  return Object.fromEntries(
    (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(folder, f)).isFile()).sort().map((f) => [f, fs.readFileSync(path.join(folder, f), 'utf8')]),
  );
}

const OLD = { 'index.html': 'old home', 'about/index.html': 'old about' };
const NEW = { 'index.html': 'new home', 'blog/index.html': 'new blog' };
const files = (prefix: string, site: Record<string, string>) => Object.fromEntries(Object.entries(site).map(([name, text]) => [`${prefix}/${name}`, text]));

describe("the export's swap of out/", () => {
  it('killed between its two renames: the next run puts the old site back, whole', () => {
    const { root, folders } = project({ ...files('out', OLD), ...files('out-partial', NEW) });
    // A process of its own, killed by the hook the fault test sets.
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${path.join(import.meta.dirname, 'swap.ts')}').then((m) => m.swapIn(${JSON.stringify(path.join(root, 'out-partial'))}, ${JSON.stringify(folders.out)}))`], {
      cwd: ROOT,
      env: { ...process.env, FOLIO_TEST_KILL_EXPORT: 'between-renames' },
      encoding: 'utf8',
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(fs.existsSync(folders.out)).toBe(false);
    expect(tree(path.join(root, 'out-old'))).toEqual(OLD);

    const out = `${path.relative(process.cwd(), folders.out)}/`;
    expect(recoverExport(folders)).toEqual([`the last export was stopped while it replaced ${out}: the site before it is back in ${out}`]);
    expect(tree(folders.out)).toEqual(OLD);
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'out-partial']);
  });

  it('killed after the new site was in place: the next run removes the old one, and keeps the new', () => {
    const { root, folders } = project({ ...files('out', NEW), ...files('out-old', { 'index.html': 'old home, half removed' }) });
    expect(recoverExport(folders)).toEqual([]);
    expect(tree(folders.out)).toEqual(NEW);
    expect(fs.readdirSync(root)).toEqual(['out']);
  });

  it('run to the end: the new site in place, nothing else left', () => {
    const { root, folders } = project({ ...files('out', OLD), ...files('out-partial', NEW) });
    swapIn(path.join(root, 'out-partial'), folders.out);
    expect(tree(folders.out)).toEqual(NEW);
    expect(fs.readdirSync(root)).toEqual(['out']);
  });
});

describe('a server build parked by an export that was killed', () => {
  it('is put back in .next in place of what the export left there', () => {
    const { folders } = project({ '.next-parked-by-export/BUILD_ID': 'server', '.next-parked-by-export/FOLIO_BUILD_COMPLETE': 'server', '.next/BUILD_ID': 'export' });
    const [note] = recoverExport(folders);
    expect(note).toMatch(/^the last export was stopped before it put the server build back: .*\.next-parked-by-export\/ is .*\.next\/ again$/);
    expect(tree(folders.buildDir)).toEqual({ BUILD_ID: 'server', FOLIO_BUILD_COMPLETE: 'server' });
    expect(fs.existsSync(folders.parked)).toBe(false);
  });

  it('takes back the build cache the export was using', () => {
    const { folders } = project({ '.next-parked-by-export/BUILD_ID': 'server', '.next/BUILD_ID': 'export', '.next/cache/folio/mdx/v/ab/abc': 'kept', '.next/cache/turbopack/db': 'compiled' });
    recoverExport(folders);
    expect(tree(folders.buildDir)).toEqual({ BUILD_ID: 'server', 'cache/folio/mdx/v/ab/abc': 'kept', 'cache/turbopack/db': 'compiled' });
  });

  it('is removed when a newer build finished in .next meanwhile', () => {
    const { folders } = project({ '.next-parked-by-export/BUILD_ID': 'older', '.next/BUILD_ID': 'newer' });
    markComplete(folders.buildDir);
    expect(recoverExport(folders)).toEqual([expect.stringMatching(/\.next-parked-by-export\/ \(a server build a stopped export had moved aside\) is older than the finished build in .*\.next\/: removed$/)]);
    expect(tree(folders.buildDir)).toEqual({ BUILD_ID: 'newer', FOLIO_BUILD_COMPLETE: 'newer' });
    expect(fs.existsSync(folders.parked)).toBe(false);
  });
});
