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
    const { status, stdout } = run('lib/importer/fixtures/v0', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain('(v0 layout)');
    expect(stdout).toMatch(/Left for you to finish by hand \(\d+\), in the al-folio files:\n {2}_config\.yml:\d+/);
    expect(stdout).toContain('The content check on the result: 0 errors, 0 warnings');
    expect(fs.existsSync(path.join(out, 'content/site.yml'))).toBe(true);
  }, 60_000);

  it('exits 2 when the folder is not an al-folio site', () => {
    const { status, stderr } = run(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-not-a-site-')), '--out', os.tmpdir(), '--no-check');
    expect(status).toBe(2);
    expect(stderr).toContain('has no _config.yml');
  }, 60_000);
});
