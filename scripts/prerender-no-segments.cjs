/**
 * Loaded into `next build --experimental-build-mode=generate` (`node
 * --require`, scripts/build-steps.ts), and through it into Next's prerender
 * workers (Next passes its own `--require`s on to them): the prerender
 * leaves out the per-segment prefetch payloads Next makes for every page.
 *
 * After rendering a page, Next 16.4 decodes the page's whole RSC payload and
 * encodes it again once per layout and page segment (`collectSegmentData`,
 * next/dist/server/app-render/app-render.js), then writes them beside the
 * page (`<page>.segments/*.segment.rsc`). Only Next's client router asks for
 * them, when a `next/link` or `router.prefetch` prefetches a page; Folio's
 * links are plain links, no page uses the client router, and the static
 * export ships no payload at all. At 1000 posts this was 9-10 s of a 30 s
 * warm prerender (docs/performance.md). No setting turns it off, so the one
 * call is left out of Next's page runtime as Node loads it in the prerender.
 * Next writes each page, its payload and its metadata as before, without the
 * segments (a page without them is a case Next handles: `segmentData` is
 * optional, and `next start` answers a segment prefetch for such a page as
 * for any request of the page's payload).
 *
 * It changes nothing unless the call looks as it does in the Next.js this was
 * written for (16.4.6): its unit test fails when a newer Next.js no longer
 * has it, and `npm run verify:build` fails when a build still wrote
 * segments. Only the time a build takes depends on it.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, for `node --require` */
const Module = require('node:module');

/** Next's app-page runtimes for production (webpack and Turbopack builds, stable and experimental React). */
const RUNTIME = /[\\/]next[\\/]dist[\\/]compiled[\\/]next-server[\\/]app-page(?:-turbo)?(?:-experimental)?\.runtime\.prod\.js$/;

/** The call, as minified in the runtime: `<metadata>.segmentData=await <ComponentMod>.collectSegmentData(<arguments, no parentheses>)`. */
const CALL = /([A-Za-z_$][\w$]*)\.segmentData=await [A-Za-z_$][\w$]*\.collectSegmentData\([^()]*\)/g;

/** The runtime's source without the call (`segmentData` left undefined), and how many calls it left out. */
function withoutSegments(source) {
  let calls = 0;
  const text = source.replace(CALL, (_, metadata) => {
    calls += 1;
    return `${metadata}.segmentData=void 0`;
  });
  return { text, calls };
}

/** Runtimes loaded in this process, with the calls left out of each (0 when the call was not found). */
const loaded = new Map();

function install() {
  const compile = Module.prototype._compile;
  if (compile.folioNoSegments) return;
  function compileWithoutSegments(content, filename, ...rest) {
    if (typeof content === 'string' && RUNTIME.test(filename)) {
      const { text, calls } = withoutSegments(content);
      loaded.set(filename, calls);
      return compile.call(this, text, filename, ...rest);
    }
    return compile.call(this, content, filename, ...rest);
  }
  compileWithoutSegments.folioNoSegments = true;
  Module.prototype._compile = compileWithoutSegments;
}

install();

module.exports = { withoutSegments, loaded, RUNTIME };
