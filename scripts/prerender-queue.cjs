/**
 * Loaded into `next build --experimental-build-mode=generate` (`node
 * --require`, scripts/build-steps.ts): it hands the pages to prerender to
 * whichever worker is free, instead of one fixed share per worker.
 *
 * Next splits the pages into one contiguous share per worker, in route order
 * (`exportPagesInBatches`, next/dist/export/index.js), and each worker
 * renders its share to the end. Shares of equal length do not cost the same:
 * on a warm build the share images are cache hits at 3-4 ms while a post
 * takes 40 ms, and the worker holding them sat idle for a third of the
 * prerender (docs/performance.md). Here each share goes to the worker pool
 * as calls of PAGES_PER_CALL pages; the pool (jest-worker, which Next uses)
 * gives each call to the next worker that is free. Every page is rendered
 * exactly as before, by the same function with the same input, and each
 * share's results come back in its order, so Next writes the same files
 * and manifests.
 *
 * It changes nothing unless the pool and the call look as they do in the
 * Next.js this was written for (16.4): `installed` says whether it took,
 * and its unit test fails when a newer Next.js leaves it out, so an upgrade
 * cannot lose it unnoticed. Only the time a build takes depends on it.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, for `node --require` */
const path = require('node:path');

/** Next's own smallest share per worker (`experimental.staticGenerationMinPagesPerWorker`'s default). */
const PAGES_PER_CALL = 25;

/** A share of pages as calls of at most `size` pages each, in order. */
function splitShare(exportPaths, size = PAGES_PER_CALL) {
  const calls = [];
  for (let i = 0; i < exportPaths.length; i += size) calls.push(exportPaths.slice(i, i + size));
  return calls;
}

function install() {
  let pool;
  try {
    pool = require(require.resolve('next/dist/compiled/jest-worker', { paths: [process.cwd(), path.join(__dirname, '..')] }));
  } catch {
    return false;
  }
  const proto = pool && pool.Worker && pool.Worker.prototype;
  const call = proto && proto._callFunctionWithArgs;
  if (typeof call !== 'function') return false;
  if (call.folioQueue) return true;
  function queued(method, input, ...rest) {
    if (method !== 'exportPages' || !input || !Array.isArray(input.exportPaths) || input.exportPaths.length <= PAGES_PER_CALL) {
      return call.call(this, method, input, ...rest);
    }
    const calls = splitShare(input.exportPaths).map((exportPaths) => call.call(this, method, { ...input, exportPaths }, ...rest));
    return Promise.all(calls).then((results) => results.flat());
  }
  queued.folioQueue = true;
  proto._callFunctionWithArgs = queued;
  return true;
}

module.exports = { installed: install(), splitShare, PAGES_PER_CALL };
