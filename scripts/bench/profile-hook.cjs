/**
 * Loaded into every process of a profiled build (`node --require`, from
 * scripts/bench/profile.ts through NODE_OPTIONS), it acts only in Next's
 * prerender workers: for each page, when it started and ended and the
 * worker's memory then, one JSON line per page in FOLIO_PROFILE_DIR. Next
 * says nothing per page, so this reads its trace spans: `export-page` names
 * the path, and the `export-page-worker` span right after it times the
 * render. A Next.js that renames them leaves the file empty, and the profile
 * says so; the build itself is never touched.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, for `node --require` */
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.FOLIO_PROFILE_DIR;
if (dir && process.env.IS_NEXT_WORKER) {
  try {
    const { Span } = require(require.resolve('next/dist/trace/trace.js', { paths: [process.cwd()] }));
    const file = path.join(dir, `pages-${process.pid}.jsonl`);
    let current;
    const setAttribute = Span.prototype.setAttribute;
    Span.prototype.setAttribute = function (key, value) {
      if (this.name === 'export-page' && key === 'path') current = value;
      return setAttribute.call(this, key, value);
    };
    const traceAsyncFn = Span.prototype.traceAsyncFn;
    Span.prototype.traceAsyncFn = async function (fn) {
      if (this.name !== 'export-page-worker') return traceAsyncFn.call(this, fn);
      const page = current;
      const start = performance.timeOrigin + performance.now();
      try {
        return await traceAsyncFn.call(this, fn);
      } finally {
        const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
        fs.appendFileSync(file, `${JSON.stringify({ path: page, start, end: performance.timeOrigin + performance.now(), rss, heapUsed, external, arrayBuffers })}\n`);
      }
    };
  } catch {
    // Another Next.js: no per-page figures.
  }
}
