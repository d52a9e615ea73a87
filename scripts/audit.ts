/**
 * `npm run audit:deps`: `npm audit --omit=dev` gates the packages a site
 * runs on: a high or critical advisory fails it. It needs the registry's
 * advisory service; where that cannot be reached (a machine without it, as
 * CI's here: the service answers 405), it fails too, saying so: an audit
 * that did not run is no pass. Not part of `npm test`, which runs offline.
 */
import { execFileSync } from 'node:child_process';

type Report = { metadata?: { vulnerabilities?: Record<string, number> }; message?: string };

function audit(): Report | string {
  try {
    return JSON.parse(execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Report;
  } catch (error) {
    // npm audit exits non-zero when it finds anything; its JSON is still on stdout.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.trim().startsWith('{')) return `npm audit could not run: ${(error as Error).message.split('\n')[0]}`;
    return JSON.parse(stdout) as Report;
  }
}

function main(): number {
  const report = audit();
  if (typeof report === 'string') {
    console.log(`FAIL  ${report}`);
    return 1;
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    console.log(`FAIL  npm audit --omit=dev did not run: the advisory service could not be reached (${report.message ?? 'no report'})`);
    return 1;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (serious > 0) {
    console.log(`FAIL  npm audit --omit=dev: ${counts.high ?? 0} high, ${counts.critical ?? 0} critical advisories`);
    return 1;
  }
  console.log(`ok    npm audit --omit=dev: no high or critical advisories (${JSON.stringify(counts)})`);
  return 0;
}

process.exitCode = main();
