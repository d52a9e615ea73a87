import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, takeBuildLock } from './build-lock';

const ROOT = path.join(import.meta.dirname, '..');
const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'folio-lock-'));
/** A process id that ran and is gone. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('the build lock', () => {
  it('is held by one build or export at a time, and released', () => {
    const root = folder();
    const lock = takeBuildLock(root, 'export');
    if ('refused' in lock) throw new Error(lock.refused);
    expect(JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'export' });
    const second = takeBuildLock(root, 'build');
    expect(second).toEqual({ refused: expect.stringMatching(new RegExp(`^\`npm run export\` \\(process ${process.pid}, since .*\\) is building in this folder, and \`npm run build\` beside it would delete its files: wait for it to end`)) });
    lock.release();
    expect(fs.existsSync(path.join(root, LOCK_FILE))).toBe(false);
    const again = takeBuildLock(root, 'build');
    expect(again).not.toHaveProperty('refused');
    if (!('refused' in again)) again.release();
  });

  it("is taken over from a process that is gone, with a note; never released by another's hand", () => {
    const root = folder();
    const pid = deadPid();
    fs.writeFileSync(path.join(root, LOCK_FILE), JSON.stringify({ pid, command: 'build', since: '2024-01-01T00:00:00.000Z' }));
    const lock = takeBuildLock(root, 'export');
    if ('refused' in lock) throw new Error(lock.refused);
    expect(lock.note).toBe(`${LOCK_FILE} was left by \`npm run build\` (process ${pid}, since 2024-01-01T00:00:00.000Z), which is no longer running (stopped or killed): taken over`);
    expect(JSON.parse(fs.readFileSync(path.join(root, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    // Another process's lock (the file replaced meanwhile) stays.
    fs.writeFileSync(path.join(root, LOCK_FILE), JSON.stringify({ pid: pid + 1, command: 'build', since: 'x' }));
    lock.release();
    expect(fs.existsSync(path.join(root, LOCK_FILE))).toBe(true);

    fs.writeFileSync(path.join(root, LOCK_FILE), '');
    const unreadable = takeBuildLock(root, 'build');
    expect(unreadable).toMatchObject({ note: `${LOCK_FILE} could not be read (its build was killed as it started): taken over` });
  });

  it('stops `npm run build` and `npm run export` at once, saying who holds it', () => {
    const root = folder();
    fs.writeFileSync(path.join(root, LOCK_FILE), JSON.stringify({ pid: process.pid, command: 'export', since: 'now' }));
    for (const [script, word] of [['build.ts', 'build'], ['export.ts', 'export']]) {
      const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts', script!)], { cwd: root, encoding: 'utf8', env: { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json') } });
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toContain(`The ${word} did not start: \`npm run export\` (process ${process.pid}, since now) is building in this folder, and \`npm run ${word}\` beside it would delete its files`);
      expect(fs.readdirSync(root)).toEqual([LOCK_FILE]);
    }
  }, 60_000);
});
