/**
 * `npm run check`: validates content/ without building the site.
 * One line per problem, `file:line:col  message  (fix)`, grouped by file;
 * exit 1 when there is any error. `--json` prints the issues as JSON.
 */
import path from 'node:path';
import { checkContent } from '../lib/content/check';
import { formatIssue, loadOptions } from '../lib/content';

async function main() {
  const json = process.argv.includes('--json');
  const quiet = process.argv.includes('--quiet');
  const started = performance.now();
  const options = loadOptions();
  const issues = await checkContent(options);
  const folder = path.relative(process.cwd(), options.contentDir) + '/';
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;

  if (json) {
    process.stdout.write(JSON.stringify({ errors, warnings, issues }, null, 2) + '\n');
  } else {
    let lastFile = '';
    for (const issue of issues) {
      if (issue.file !== lastFile) {
        process.stdout.write(`\n${issue.file}\n`);
        lastFile = issue.file;
      }
      process.stdout.write(`  ${formatIssue(issue)}\n`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (issues.length > 0 || !quiet) {
      process.stdout.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${folder} (${seconds} s)\n`);
    }
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
