import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Folio's own browser script, bundled from client/ by esbuild, in memory:
 * `folio.js` on every page, and the modules it loads on first use, served
 * from beside it (so a base path needs nothing more). Route handlers serve
 * them as static files; the layout links `folio.js?v=<version>`, and the
 * script loads its modules with the same `?v=`, so a new build is never
 * mixed with a cached old one.
 */
export const CLIENT_BUNDLES = {
  'folio.js': 'client/folio.ts',
  'folio-search.js': 'client/search/index.ts',
} as const;

export type ClientBundleName = keyof typeof CLIENT_BUNDLES;

type Bundle = { code: string; hash: string };

async function bundle(entry: string): Promise<Bundle> {
  const root = process.cwd();
  const result = await build({
    entryPoints: [path.join(/*turbopackIgnore: true*/ root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    // Browsers from 2023 on: module scripts, `import.meta`, dialog, constructable stylesheets.
    target: ['es2022', 'chrome111', 'firefox114', 'safari16.4'],
    minify: true,
    charset: 'utf8',
    // A module's stylesheet (client/search/dialog.css) is imported as text and adopted when it runs.
    loader: { '.css': 'text' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 12) };
}

/**
 * Bundled once per process, like the content index (kept on the process, as
 * route handlers and pages get separate copies of this module); in
 * `next dev` on every call, so a saved change to client/ shows on reload.
 */
const CACHE = Symbol.for('folio.client-bundles');
const processCache = globalThis as { [CACHE]?: Map<ClientBundleName, Promise<Bundle>> };

function bundled(name: ClientBundleName): Promise<Bundle> {
  if (process.env.NODE_ENV !== 'production') return bundle(CLIENT_BUNDLES[name]);
  const cache = (processCache[CACHE] ??= new Map());
  if (!cache.has(name)) cache.set(name, bundle(CLIENT_BUNDLES[name]));
  return cache.get(name)!;
}

/**
 * One hash over every bundle: the `?v=` of folio.js and of the modules it
 * loads. `next dev` serves them uncached, so pages there need no bundling.
 */
export async function clientVersion(): Promise<string> {
  if (process.env.NODE_ENV !== 'production') return 'dev';
  const all = await Promise.all(Object.keys(CLIENT_BUNDLES).map((name) => bundled(name as ClientBundleName)));
  return createHash('sha256')
    .update(all.map((b) => b.hash).join(' '))
    .digest('hex')
    .slice(0, 12);
}

/** A route handler's answer: the bundle as a JavaScript file. */
export async function clientScript(name: ClientBundleName): Promise<Response> {
  const { code } = await bundled(name);
  return new Response(code, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Pages ask for it with `?v=<version>`: a new build asks for a new URL.
      'Cache-Control': process.env.NODE_ENV === 'production' ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
