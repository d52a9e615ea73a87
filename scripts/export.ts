/**
 * `npm run export`: the whole site as static files in `out/` (FOLIO_EXPORT_DIR
 * names another folder), for GitHub Pages or any static host: the content
 * check, then the site built as `npm run build` builds it and copied out by
 * Next's export step (scripts/export/copy-out.ts), then every page made a
 * plain document (scripts/export/postprocess.ts): no framework runtime,
 * Folio's own script, the Content-Security-Policy in a <meta>, the headers
 * as files for hosts that read them.
 *
 * Nothing is half-written: the site is built into a folder beside `out/` and
 * takes its place only when every step succeeded. A static export builds in
 * `.next` whatever `distDir` says (Next uses the configured folder for its
 * output), so a server build there is moved aside meanwhile and put back;
 * its cache (`.next/cache`: Turbopack's and Folio's, lib/build/cache.ts)
 * serves the export too, and keeps what the export added. What a killed
 * export leaves (scripts/export/swap.ts) is put right by the next; a build
 * and an export never run together in one project (scripts/build-lock.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { boundCompilerCache, BuildCache, pruneBuildCache } from '../lib/build/cache';
import { contentSecurityPolicy, securityHeaders } from '../lib/build/security-headers';
import { settings } from '../lib/build/settings';
import { THEME_SCRIPT } from '../lib/build/theme-script';
import { analyticsSources, analyticsTags } from '../lib/services/analytics';
import { mergeSources, type CspSources } from '../lib/services/csp';
import { GISCUS_SOURCES } from '../lib/services/giscus';
import { takeBuildLock } from './build-lock';
import { buildStages, runStages, runStep } from './build-steps';
import { processExport, startPageWorkers } from './export/postprocess';
import { recoverExport, swapIn } from './export/swap';

/** The hash a policy names an inline script by. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The headers file Netlify and Cloudflare Pages read, and the one a static Vercel deployment reads. */
export function headerFiles(hashes: string[], services?: CspSources): { '_headers': string; 'vercel.json': string } {
  // One header for every page: the union of what any page needs; each page's <meta> narrows it (a browser applies both).
  const headers = securityHeaders({ scripts: { inline: 'hashed', hashes }, services });
  return {
    _headers: `/*\n${headers.map((h) => `  ${h.key}: ${h.value}`).join('\n')}\n`,
    'vercel.json': `${JSON.stringify({ headers: [{ source: '/(.*)', headers }], trailingSlash: true }, null, 2)}\n`,
  };
}

async function main(): Promise<number> {
  // The content this process reads (below) is the production build's: drafts left out, Folio's build cache used.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const root = process.cwd();
  const out = path.resolve(root, settings.exportDir);
  const staging = `${out}-partial`;
  const buildDir = path.join(root, '.next');
  const parked = path.join(root, '.next-parked-by-export');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    FOLIO_OUTPUT: 'export',
    // Next writes the export where distDir points: the staging folder, relative to the project.
    FOLIO_DIST_DIR: path.relative(root, staging),
  } as NodeJS.ProcessEnv;

  const lock = takeBuildLock(root, 'export');
  if ('refused' in lock) {
    console.error(`The export did not start: ${lock.refused}.`);
    return 1;
  }
  for (const note of [lock.note, ...recoverExport({ out, buildDir, parked })]) if (note) console.log(`Note: ${note}.`);
  fs.rmSync(staging, { recursive: true, force: true });
  const parkedServerBuild = fs.existsSync(buildDir);
  if (parkedServerBuild) fs.renameSync(buildDir, parked);
  const cache = (folder: string) => path.join(folder, 'cache');
  if (parkedServerBuild && fs.existsSync(cache(parked))) moveInto(cache(parked), cache(buildDir));
  let pageWorkers: Worker[] = [];
  try {
    boundCompilerCache(cache(buildDir));
    // The site is built as `npm run build` builds it, in `.next` (a compiler process, then a fresh one that
    // prerenders: the compiler's memory is gone by then), and Next's export step copies it out in a third.
    // The same pages, byte for byte, as one `next build` with `output: 'export'`, which held the compiler's
    // memory while it prerendered (and, split in two, rendered pages into the export folder twice over).
    const buildEnv = { ...env, FOLIO_OUTPUT: undefined, FOLIO_DIST_DIR: path.relative(root, buildDir) };
    const building = runStages(buildStages(cache(buildDir)), buildEnv);
    // The content layer takes most of a second to load (the parsers and plugins it brings): this process loads it
    // while the build's processes run, instead of before they start. (A build that fails leaves it unread.)
    const contentLayer = Promise.all([import('../lib/content'), import('../lib/seo/public-routes')]);
    contentLayer.catch(() => undefined);
    const status = await building;
    if (status !== 0) return status;
    const [{ getContent }, { absentRoutes }] = await contentLayer;
    // Next's export step copies the pages out in a process of its own; meanwhile this one reads the content once,
    // validated (the check above passed): its services, and the lists it lacks.
    const copying = runStep({ command: process.execPath, args: [...process.execArgv, path.join(here, 'export', 'copy-out.ts')] }, env);
    // The threads that will process the pages load their code meanwhile.
    pageWorkers = startPageWorkers();
    const content = await Promise.resolve()
      .then(getContent)
      .catch(async (error: unknown) => {
        await copying;
        throw error;
      });
    const copied = await copying;
    if (copied !== 0) return copied;
    const buildId = fs.readFileSync(path.join(buildDir, 'BUILD_ID'), 'utf8').trim();
    // The site's services (lib/services/): the analytics provider's snippet (unless FOLIO_ANALYTICS=off), giscus on pages with comments.
    const services = content.site;
    const analytics = settings.analytics ? services.analytics : undefined;
    const tags = analytics && analyticsTags(analytics);
    const inlineScripts = [THEME_SCRIPT, ...(tags?.inline ? [tags.inline] : [])];
    const hashes = inlineScripts.map(scriptHash);
    const analyticsHosts = analytics && analyticsSources(analytics);
    const policy = (comments: boolean) => contentSecurityPolicy({ scripts: { inline: 'hashed', hashes }, meta: true, services: mergeSources(analyticsHosts, comments ? GISCUS_SOURCES : undefined) });
    const report = await processExport(staging, {
      basePath: settings.basePath,
      inlineScripts,
      csp: policy(false),
      cspWithComments: services.giscus ? policy(true) : undefined,
      externalScripts: tags?.scripts.map((s) => s.src) ?? [],
    },
      {
        // The lists the site does not have answered 404 (a blog without posts): the export has no files for them.
        absent: absentRoutes(content),
        cache: { dir: path.join(cache(buildDir), 'folio'), buildId },
        // The export's build has been copied out: all of `.next` but the cache goes while the workers process the pages.
        meanwhile: () => clearBuild(buildDir),
        workers: pageWorkers,
      },
    );
    // A Next.js upgrade that writes its pages elsewhere must not replace a working site with an empty one.
    if (report.pages === 0 || !fs.existsSync(path.join(staging, '404.html'))) throw new Error(`next build wrote no pages into ${path.relative(root, staging)}/ (Next.js changed where an export goes?); out/ is left as it was`);
    for (const [name, text] of Object.entries(headerFiles(hashes, mergeSources(analyticsHosts, services.giscus ? GISCUS_SOURCES : undefined)))) fs.writeFileSync(path.join(staging, name), text);
    pruneBuildCache(new BuildCache(path.join(cache(buildDir), 'folio')));
    swapIn(staging, out);
    console.log(`\nExported ${report.pages} pages to ${path.relative(root, out) || '.'}/${settings.basePath ? ` (served under ${settings.basePath}/)` : ''}: no framework runtime (Next's scripts and page payloads left out).`);
    return 0;
  } catch (error) {
    console.error(`\nThe export stopped: ${(error as Error).message}`);
    return 1;
  } finally {
    // Those a failure left waiting (processExport stops those it was given).
    await Promise.all(pageWorkers.map((worker) => worker.terminate()));
    fs.rmSync(staging, { recursive: true, force: true });
    // The export's build goes; the cache stays, with the server build that was there (or on its own).
    if (parkedServerBuild) {
      if (fs.existsSync(cache(buildDir))) moveInto(cache(buildDir), cache(parked));
      fs.rmSync(buildDir, { recursive: true, force: true });
      fs.renameSync(parked, buildDir);
    } else clearBuild(buildDir);
    lock.release();
  }
}

/** Everything in the build folder but its cache, removed (while the pages are processed, and again at the end for what a failure left). */
function clearBuild(buildDir: string): void {
  for (const entry of fs.existsSync(buildDir) ? fs.readdirSync(buildDir) : []) if (entry !== 'cache') fs.rmSync(path.join(buildDir, entry), { recursive: true, force: true });
}

/** Moves a folder to `target` (its parent made), replacing what was there. */
function moveInto(folder: string, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(folder, target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
