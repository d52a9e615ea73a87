/**
 * `npm run test:html`: every page of the static exports through the W3C Nu
 * HTML checker (vnu.jar, from the vnu-jar package), so markup validity
 * cannot regress silently. Any error fails it, named with its page, line
 * and column; warnings are not reported. It reads the folders `npm run
 * export:test` writes (out/, out-fixture/, out-base/) unless given others.
 * The checker runs on Java 11 or later (.ci/run installs Debian's
 * default-jre-headless when there is none).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['out', 'out-fixture', 'out-base'];

/**
 * The one finding not counted: HTML inside MathML's text (`<math><mtext>
 * <table>`), which KaTeX never writes and the sanitizer keeps as an author
 * pasted it (the fixture site's hostile post; lib/sanitize/sanitize.test.ts
 * pins what the sanitizer removes there). Whether it goes is the
 * sanitizer's to rule on; every other error fails the check.
 */
const SANITIZER_RULES = [/^Element “[\w-]+” not allowed as child of element “mtext” in this context/];

/** One finding of the checker, as its JSON output gives it. */
type Message = { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; lastColumn?: number; message: string; extract?: string };

/** Every page of a folder: its .html files, sorted. */
export function pagesOf(folder: string): string[] {
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

/** The checker's findings on these pages: errors only (`--errors-only`), and files it could not read. */
export function checkPages(pages: string[]): Message[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  // vnu.jar writes its JSON report to stderr, and exits 1 when it found an error.
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`the HTML checker needs Java 11 or later (${run.error.message}): install a Java runtime, e.g. \`apt-get install default-jre-headless\``);
  let report: { messages?: Message[] };
  try {
    report = JSON.parse(run.stderr) as { messages?: Message[] };
  } catch {
    throw new Error(`the HTML checker did not report (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 500)}`);
  }
  return (report.messages ?? []).filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !SANITIZER_RULES.some((rule) => rule.test(m.message)));
}

function main(): number {
  const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : FOLDERS;
  const missing = folders.filter((folder) => !fs.existsSync(folder));
  if (missing.length > 0) {
    console.error(`No export in ${missing.join(', ')}: run \`npm run export:test\` first (or name the folders to check).`);
    return 2;
  }
  const started = performance.now();
  const pages = folders.flatMap(pagesOf);
  const errors = checkPages(pages);
  for (const error of errors) {
    const file = error.url ? path.relative(process.cwd(), fileURLToPath(error.url)) : '(the checker)';
    console.log(`${file}:${error.lastLine ?? 1}:${error.firstColumn ?? error.lastColumn ?? 1}  error: ${error.message}${error.extract ? `\n    ${error.extract.trim().replace(/\s+/g, ' ')}` : ''}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const withErrors = new Set(errors.map((e) => e.url)).size;
  console.log(`\n${pages.length} pages of ${folders.join(', ')} checked by the Nu HTML checker in ${seconds} s: ${errors.length === 0 ? 'no error' : `${errors.length} error${errors.length === 1 ? '' : 's'} on ${withErrors} page${withErrors === 1 ? '' : 's'}`}`);
  return errors.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
