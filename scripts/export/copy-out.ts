/**
 * The last of the export's three processes (scripts/export.ts): Next's own
 * export step, which copies the pages `next build --experimental-build-mode=generate`
 * prerendered (and public/, and the static files) into the export folder.
 * `next build` runs it itself at the end of a build with `output: 'export'`,
 * but in generate mode it reads the build's manifests as the compile step
 * left them (before prerendering) and copies no page; in a fresh process it
 * reads them as they are. This is the function `next build` calls
 * (`writeFullyStaticExport`), with the same arguments.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { default: loadConfig } = require('next/dist/server/config') as { default: (phase: string, dir: string) => Promise<{ distDir: string }> };
const { PHASE_PRODUCTION_BUILD } = require('next/constants') as { PHASE_PRODUCTION_BUILD: string };
const { default: exportApp } = require('next/dist/export') as { default: (dir: string, options: object, span: unknown) => Promise<void> };
const { trace } = require('next/dist/trace') as { trace: (name: string) => unknown };
// Next's enum: Bundler.Turbopack.
const TURBOPACK = 0;

// Beside each page Next copies its RSC payload (`<page>.rsc` to `index.txt`; each `.segment.rsc`, which the prerender
// no longer writes (scripts/prerender-no-segments.cjs), to `__next.*.txt`): only the framework's runtime fetches them.
// They are not copied. A Next.js that names them otherwise copies them, and the export removes them (./postprocess.ts).
const copyFile = fs.promises.copyFile;
fs.promises.copyFile = (from, to, mode) => (String(from).endsWith('.rsc') ? Promise.resolve() : copyFile(from, to, mode));

const dir = process.cwd();
const config = await loadConfig(PHASE_PRODUCTION_BUILD, dir);
await exportApp(
  dir,
  { buildExport: false, nextConfig: config, enabledDirectories: { app: true, pages: false }, silent: true, outdir: path.join(dir, config.distDir), numWorkers: 1, appDirOnly: true, bundler: TURBOPACK },
  trace('folio-export-copy'),
);
