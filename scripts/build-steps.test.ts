import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStages, runStages, type Step } from './build-steps';

const node = (code: string): Step => ({ command: process.execPath, args: ['-e', code] });
const env = { ...process.env };

/** Code that waits (up to 3 s) for a file, then runs `then`: it ends well only if the step that writes the file runs meanwhile. */
const waitFor = (file: string, then = 'process.exit(0)') =>
  `const fs = require('fs'); const until = Date.now() + 3000; (function poll() { if (fs.existsSync(${JSON.stringify(file)})) { ${then}; return; } if (Date.now() > until) process.exit(9); setTimeout(poll, 20); })();`;

describe('the build steps', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the check first and alone before the first compile, beside the compile once the compiler cache is there', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-cache-'));
    const names = (stages: Step[][]) => stages.map((stage) => stage.map((step) => step.args.find((a) => a.endsWith('check.ts') || a.startsWith('--experimental-build-mode='))));
    expect(names(buildStages(cacheDir))).toEqual([[expect.stringMatching(/check\.ts$/)], ['--experimental-build-mode=compile'], ['--experimental-build-mode=generate']]);
    fs.mkdirSync(path.join(cacheDir, 'turbopack'));
    expect(names(buildStages(cacheDir))).toEqual([[expect.stringMatching(/check\.ts$/), '--experimental-build-mode=compile'], ['--experimental-build-mode=generate']]);
    // The prerender, and only it, hands its pages to whichever worker is free and leaves out the segment prefetch payloads.
    for (const hook of ['prerender-queue.cjs', 'prerender-no-segments.cjs']) {
      const hooked = buildStages(cacheDir).flat().filter((step) => step.args.some((a) => a.endsWith(hook)));
      expect(hooked.map((step) => step.args.at(-1)), hook).toEqual(['--experimental-build-mode=generate']);
    }
  });

  it("runs a stage's steps side by side, and the next stage after both", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-steps-'));
    const [a, b, after] = ['a', 'b', 'after'].map((name) => path.join(dir, name)) as [string, string, string];
    const write = (file: string) => node(`require('fs').writeFileSync(${JSON.stringify(file)}, String(Date.now()))`);
    // Each of the two waits for the other's file: one after the other, the first would time out (exit 9).
    const first = node(`require('fs').writeFileSync(${JSON.stringify(a)}, ''); ${waitFor(b)}`);
    const second = node(`require('fs').writeFileSync(${JSON.stringify(b)}, ''); ${waitFor(a)}`);
    expect(await runStages([[first, second], [write(after)]], env)).toBe(0);
    expect(fs.existsSync(after)).toBe(true);
  });

  it("prints the stage's first step after the others have ended, stdout to stdout and stderr to stderr", async () => {
    const out: string[] = [];
    let printedAt = 0;
    const record = (stream: string) => (chunk: string | Uint8Array) => {
      printedAt ||= Date.now();
      out.push(`${stream}:${String(chunk)}`);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(record('out'));
    vi.spyOn(process.stderr, 'write').mockImplementation(record('err'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-steps-'));
    const [done, ended] = ['done', 'ended'].map((name) => path.join(dir, name)) as [string, string];
    // The check's lines come while the other step still runs; the other step notes when it ends.
    const check = node(`process.stdout.write('report\\n'); process.stderr.write('warning\\n'); process.stdout.write('2 warnings\\n'); require('fs').writeFileSync(${JSON.stringify(done)}, '')`);
    const compile = node(waitFor(done, `fs.writeFileSync(${JSON.stringify(ended)}, String(Date.now()))`));
    expect(await runStages([[check, compile]], env)).toBe(0);
    vi.restoreAllMocks();
    // Each stream in the order it was written (two pipes keep no order between them).
    expect(out.filter((line) => line.startsWith('out:'))).toEqual(['out:report\n', 'out:2 warnings\n']);
    expect(out.filter((line) => line.startsWith('err:'))).toEqual(['err:warning\n']);
    expect(printedAt).toBeGreaterThanOrEqual(Number(fs.readFileSync(ended, 'utf8')));
  });

  it("fails with the first failing step's code, lets the other steps of its stage finish, and starts no later stage", async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-steps-'));
    const [finished, later] = ['finished', 'later'].map((name) => path.join(dir, name)) as [string, string];
    const check = node(`process.stdout.write('1 error\\n'); process.exit(1)`);
    const compile = node(`setTimeout(() => require('fs').writeFileSync(${JSON.stringify(finished)}, ''), 300)`);
    expect(await runStages([[check, compile], [node(`require('fs').writeFileSync(${JSON.stringify(later)}, '')`)]], env)).toBe(1);
    expect(fs.existsSync(finished)).toBe(true);
    expect(fs.existsSync(later)).toBe(false);
    // The compile failing, the check passing: the compile's code.
    expect(await runStages([[node('0'), node('process.exit(4)')]], env)).toBe(4);
    // A step that cannot start fails the build.
    expect(await runStages([[{ command: path.join(dir, 'no-such-program'), args: [] }]], env)).toBe(1);
  });
});
