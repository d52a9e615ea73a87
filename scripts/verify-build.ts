/**
 * `npm run verify:build`: gates on the production build that a browser does
 * not see. No route is dynamic: every app route is prerendered, or has its
 * params prerendered with `dynamicParams = false` (unknown URLs are a 404,
 * never a render). The prerender wrote no segment prefetch payloads: only
 * Next's client router reads them, and Folio's pages do not use it
 * (scripts/prerender-no-segments.cjs). (The packages' advisories: `npm run
 * audit:deps`, which needs the registry's advisory service.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { settings } from '../lib/build/settings';

const dist = settings.distDir;
let failures = 0;

function fail(message: string) {
  failures += 1;
  console.log(`FAIL  ${message}`);
}

function checkRoutes() {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dist, name), 'utf8'));
  const routes: string[] = Object.values(read('app-path-routes-manifest.json'));
  const prerender = read('prerender-manifest.json') as { routes: Record<string, unknown>; dynamicRoutes: Record<string, { fallback: unknown }> };
  for (const route of routes) {
    const dynamic = prerender.dynamicRoutes[route];
    if (dynamic) {
      if (dynamic.fallback !== false) fail(`${route} renders unknown params on request (set dynamicParams = false)`);
    } else if (!(route in prerender.routes)) {
      fail(`${route} is rendered on request, not prerendered`);
    }
  }
  console.log(`ok    ${routes.length} routes, all prerendered (${Object.keys(prerender.routes).length} pages and files)`);
}

/** Files under `dir` whose names end with `suffix`. */
function filesEndingWith(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(dir, name));
}

function checkNoSegments() {
  const segments = filesEndingWith(path.join(dist, 'server', 'app'), '.segment.rsc');
  if (segments.length > 0) {
    fail(`the prerender wrote ${segments.length} segment prefetch payloads (${segments[0]}, ...): scripts/prerender-no-segments.cjs did not take hold in its workers`);
  } else {
    console.log('ok    no segment prefetch payloads (the prerender leaves them out)');
  }
}

checkRoutes();
checkNoSegments();
console.log(`\nverify:build ${failures === 0 ? 'passed' : `found ${failures} problem${failures === 1 ? '' : 's'}`}`);
process.exitCode = failures === 0 ? 0 : 1;
