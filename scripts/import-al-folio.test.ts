import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/import-al-folio.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import:al-folio (the command)', () => {
  it('imports, prints the report and the check of the result, and exits 0 even with leftovers', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-cli-'));
    const { status, stdout } = run('lib/authoring/importer/fixtures/v0', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain('(v0 layout)');
    expect(stdout).toMatch(/Left for you to finish by hand \(\d+\), in the al-folio files:\n {2}_config\.yml:\d+/);
    expect(stdout).toContain('The content check on the result: 0 errors, 0 warnings');
    // The last word counts the leftovers with the check: nothing is said to be left only when neither has anything.
    expect(stdout).toMatch(/\nLeft for you: \d+ leftovers? to finish by hand, listed above with their al-folio file and line\.\n$/);
    expect(fs.existsSync(path.join(out, 'content/site.yml'))).toBe(true);
  }, 60_000);

  it('refuses to replace content the author edited (exit 1, nothing written), and says how to go on', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-cli-'));
    fs.mkdirSync(path.join(out, 'content/pages'), { recursive: true });
    fs.writeFileSync(path.join(out, 'content/pages/mine.md'), '---\ntitle: mine\n---\n');
    const { status, stdout, stderr } = run('lib/authoring/importer/fixtures/v0', '--out', out, '--no-check');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('  content/pages/mine.md\nNothing was written. To import anyway, run again with --force');
    expect(fs.readdirSync(path.join(out, 'content/pages'))).toEqual(['mine.md']);
    const forced = run('lib/authoring/importer/fixtures/v0', '--out', out, '--no-check', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/What content\/ and public\/ held before \(1 file, --force\) moved to .*folio-content-backup-\d{8}-\d{6}\/, under the same paths: nothing was deleted\./);
  }, 60_000);

  it("leaves al-folio's demo content out, and brings it in with --include-demo", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-cli-'));
    const left = run('lib/authoring/importer/fixtures/demo-published', '--out', out, '--no-check');
    expect(left.status).toBe(0);
    expect(left.stdout).toContain("al-folio's demo content, left out (7 files, 6 BibTeX entries, 7 settings)");
    expect(fs.existsSync(path.join(out, 'content/blog/2015-05-15-images.md'))).toBe(false);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-cli-'));
    const brought = run('lib/authoring/importer/fixtures/demo-published', '--out', other, '--no-check', '--include-demo');
    expect(brought.status).toBe(0);
    expect(brought.stdout).toContain("al-folio's demo content, brought in as asked (--include-demo): 7 files, 6 BibTeX entries, 7 settings");
    expect(fs.existsSync(path.join(other, 'content/blog/2015-05-15-images.mdx'))).toBe(true);
  }, 60_000);

  it('exits 2 when the folder is not an al-folio site', () => {
    const { status, stderr } = run(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-not-a-site-')), '--out', os.tmpdir(), '--no-check');
    expect(status).toBe(2);
    expect(stderr).toContain('has no _config.yml');
  }, 60_000);
});
