import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, setAsideLastBuild } from './build';
import type { Step } from './build-steps';
import { unfinishedBuild } from '../lib/build/build-state';

const node = (code: string): Step => ({ command: process.execPath, args: ['-e', code] });

describe('npm run build', () => {
  function distWithBuildId(): string {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-dist-'));
    fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'abc');
    return dist;
  }

  it('runs every step and keeps the build when all succeed', async () => {
    const dist = distWithBuildId();
    const marker = path.join(dist, 'ran');
    expect(await runBuild([[node(`require('fs').appendFileSync(${JSON.stringify(marker)}, '1')`)], [node(`require('fs').appendFileSync(${JSON.stringify(marker)}, '2')`)]], dist)).toBe(0);
    expect(fs.readFileSync(marker, 'utf8')).toBe('12');
    expect(fs.existsSync(path.join(dist, 'BUILD_ID'))).toBe(true);
    expect(unfinishedBuild(dist)).toBeNull();
  });

  it('stops at the first failing step with its exit code, and leaves no BUILD_ID for next start to serve', async () => {
    const dist = distWithBuildId();
    const marker = path.join(dist, 'ran');
    expect(await runBuild([[node('process.exit(3)')], [node(`require('fs').writeFileSync(${JSON.stringify(marker)}, '')`)]], dist)).toBe(3);
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(path.join(dist, 'BUILD_ID'))).toBe(false);
    expect(unfinishedBuild(dist)).toMatch(/there is no build/);
  });

  it('while a build runs, the folder is not servable, even if it held a finished build', async () => {
    const dist = distWithBuildId();
    expect(await runBuild([[node('0')]], dist)).toBe(0);
    expect(unfinishedBuild(dist)).toBeNull();
    // A step records what `next start` would have found had the build been killed at that moment.
    const seen = path.join(dist, 'seen');
    const probe = `require('fs').writeFileSync(${JSON.stringify(seen)}, String(require('fs').existsSync(${JSON.stringify(path.join(dist, 'FOLIO_BUILD_COMPLETE'))})))`;
    expect(await runBuild([[node(probe)]], dist)).toBe(0);
    expect(fs.readFileSync(seen, 'utf8')).toBe('false');
    expect(unfinishedBuild(dist)).toBeNull();
  });

  it('moves the last build aside at once, keeping what next build keeps, and removes it meanwhile (with what a killed build left there)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-aside-'));
    const dist = path.join(root, '.next');
    for (const file of ['BUILD_ID', 'FOLIO_BUILD_COMPLETE', 'server/app/blog/post.html', 'static/chunks/a.js', 'cache/folio/mdx/x', 'dev/server.js', 'trace']) {
      fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      fs.writeFileSync(path.join(dist, file), 'x');
    }
    fs.mkdirSync(path.join(root, '.next-previous', '12345', 'server'), { recursive: true });
    const gone = setAsideLastBuild(dist);
    expect(fs.readdirSync(dist).sort()).toEqual(['cache', 'dev', 'trace']);
    expect(unfinishedBuild(dist)).toMatch(/there is no build/);
    await gone;
    expect(fs.readdirSync(root)).toEqual(['.next']);
    expect(fs.readFileSync(path.join(dist, 'cache/folio/mdx/x'), 'utf8')).toBe('x');
    // Nothing to move: nothing happens.
    await setAsideLastBuild(dist);
    expect(fs.readdirSync(root)).toEqual(['.next']);
  });
});
