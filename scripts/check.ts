/**
 * `npm run check`: validates content/ without building the site.
 *
 * One line per problem, `file:line:col  severity: message  (fix)`, grouped
 * under each file's name, then the count of errors and warnings. Exit 0 when
 * there is no error (warnings allowed), 1 when there is one, 2 when the check
 * itself failed.
 *
 *   --json     `{ errors, warnings, issues: [{ severity, file, line, column, message, fix }] }`, for editors and CI
 *   --quiet    print nothing when there is no problem (the build uses it)
 *   --no-mdx   front matter, files and settings only (what `npm run build` runs before compiling every page)
 *
 * FOLIO_CONTENT_DIR and FOLIO_PUBLIC_DIR check another folder; files outside
 * the project are named by their absolute path.
 */
import path from 'node:path';
import { checkContent } from '../lib/check';
import { loadOptions } from '../lib/content';
import { formatIssue, type ContentIssue } from '../lib/issues';

async function main() {
  const json = process.argv.includes('--json');
  const quiet = process.argv.includes('--quiet');
  const started = performance.now();
  const options = loadOptions();
  const found = await checkContent(options, { compile: !process.argv.includes('--no-mdx') });
  const issues = found.map((issue) => ({ ...issue, file: displayPath(options.root, issue.file) }));
  const folder = displayPath(process.cwd(), path.relative(process.cwd(), options.contentDir)) + '/';
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;

  if (json) {
    process.stdout.write(JSON.stringify({ errors, warnings, issues }, null, 2) + '\n');
  } else {
    for (const [file, inFile] of groupByFile(issues)) {
      process.stdout.write(`\n${file}\n`);
      for (const issue of inFile) process.stdout.write(`  ${formatIssue(issue)}\n`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (issues.length > 0 || !quiet) {
      process.stdout.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${folder} (${seconds} s)\n`);
    }
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

/** Issues name files relative to the project; one outside it (a FOLIO_CONTENT_DIR elsewhere) is named in full. */
function displayPath(root: string, file: string): string {
  return file.startsWith('..') ? path.resolve(root, file) : file;
}

function groupByFile(issues: ContentIssue[]): Map<string, ContentIssue[]> {
  const groups = new Map<string, ContentIssue[]>();
  for (const issue of issues) groups.set(issue.file, [...(groups.get(issue.file) ?? []), issue]);
  return groups;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
