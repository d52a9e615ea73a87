/**
 * `npm run verify:build`: gates on the production build that a browser does
 * not see.
 *  - No route is dynamic: every app route is prerendered, or has its params
 *    prerendered with `dynamicParams = false` (unknown URLs are a 404, never
 *    a render).
 *  - `npm audit --omit=dev` reports no high or critical advisory.
 */
import { execFileSync } from 'node:child_process';
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

function checkAudit() {
  let report: { metadata?: { vulnerabilities?: Record<string, number> } };
  try {
    report = JSON.parse(execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    // npm audit exits non-zero when it finds anything; its JSON is still on stdout.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.trim().startsWith('{')) {
      fail(`npm audit could not run: ${(error as Error).message.split('\n')[0]}`);
      return;
    }
    report = JSON.parse(stdout);
  }
  if (!report.metadata?.vulnerabilities) {
    // The registry here answers only GET; the advisory service needs a POST. Say so plainly rather than pass.
    const reason = (report as { message?: string }).message ?? 'no report';
    console.log(`SKIP  npm audit --omit=dev: the advisory service is unreachable from this machine (${reason})`);
    return;
  }
  const counts = report.metadata.vulnerabilities;
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (serious > 0) fail(`npm audit --omit=dev: ${counts.high ?? 0} high, ${counts.critical ?? 0} critical advisories`);
  else console.log(`ok    npm audit --omit=dev: no high or critical advisories (${JSON.stringify(counts)})`);
}

checkRoutes();
checkAudit();
console.log(`\nverify:build ${failures === 0 ? 'passed' : `found ${failures} problem${failures === 1 ? '' : 's'}`}`);
process.exitCode = failures === 0 ? 0 : 1;
