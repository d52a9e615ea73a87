import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const hook = path.join(import.meta.dirname, 'prerender-no-segments.cjs');
const { withoutSegments, RUNTIME } = require(hook) as { withoutSegments: (source: string) => { text: string; calls: number }; RUNTIME: RegExp };
const runtimes = path.dirname(require.resolve('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js'));
/** The production page runtimes of the installed Next.js: the one `next build` with Turbopack loads, and its siblings. */
const production = fs.readdirSync(runtimes).filter((name) => RUNTIME.test(path.join(runtimes, name)));

describe('the prerender without segment prefetch payloads', () => {
  it("finds the call once in each of the installed Next.js's production page runtimes (a Next.js without it fails here)", () => {
    expect(production).toContain('app-page-turbo.runtime.prod.js');
    for (const name of production) {
      const source = fs.readFileSync(path.join(runtimes, name), 'utf8');
      const { text, calls } = withoutSegments(source);
      expect(calls, name).toBe(1);
      expect(text, name).not.toMatch(/\.collectSegmentData\(/);
      // What is left is still a module Node can compile.
      expect(() => vm.compileFunction(text, ['exports', 'require', 'module', '__filename', '__dirname']), name).not.toThrow();
    }
  });

  it('leaves out only the call: the metadata gets no segment data, and other code is as it was', () => {
    const source = 'async function f(i,r,n){let a=1;i.segmentData=await r.collectSegmentData(n.cacheComponents,e,!!n.experimental.prefetchInlining,s,m)}';
    expect(withoutSegments(source)).toEqual({ text: 'async function f(i,r,n){let a=1;i.segmentData=void 0}', calls: 1 });
    expect(withoutSegments('i.flightData=await r.collectPrefetchHints(n,e)')).toEqual({ text: 'i.flightData=await r.collectPrefetchHints(n,e)', calls: 0 });
  });

  it('takes hold where Node loads the runtime, and only there', () => {
    const report = execFileSync(
      process.execPath,
      [
        '--require',
        hook,
        '-e',
        `const { loaded } = require(${JSON.stringify(hook)});
         require('next/dist/server/node-environment');
         require('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js');
         console.log(JSON.stringify([...loaded].map(([file, calls]) => [require('path').basename(file), calls])));`,
      ],
      { cwd: path.dirname(import.meta.dirname), env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
    );
    expect(JSON.parse(report.trim().split('\n').at(-1) ?? '')).toEqual([['app-page-turbo.runtime.prod.js', 1]]);
  });
});
