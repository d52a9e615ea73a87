/**
 * `npm run import:al-folio -- <al-folio site> [--force] [--out <project>] [--include-demo] [--no-check]`
 *
 * Imports an al-folio (Jekyll) site into this project's content/ and public/
 * (or into --out), replacing what is there: Folio's example is moved to a
 * backup folder; content the author edited is moved only with --force (the
 * import refuses otherwise, exit 1). Prints what was converted and every
 * leftover with the al-folio file and line, then runs the content check on
 * the result. al-folio's demo content (its sample posts, projects, news,
 * BibTeX entries, ...) is left out unless --include-demo. Exits 2 when the site cannot be read.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check';
import { EditedContentError, importAlFolio, SiteReadError } from '../lib/authoring/importer/import';
import { formatClosing, formatReport } from '../lib/authoring/importer/report';

const USAGE = 'usage: npm run import:al-folio -- <path-to-al-folio-site> [--force] [--out <project-dir>] [--include-demo] [--no-check]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      out: { type: 'string', default: '.' },
      'no-check': { type: 'boolean', default: false },
      'include-demo': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(USAGE + '\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const out = path.resolve(values.out);
  let report;
  try {
    report = importAlFolio({ site: positionals[0]!, out, force: values.force, includeDemo: values['include-demo'] });
  } catch (error) {
    if (error instanceof EditedContentError) {
      process.stderr.write(`import:al-folio: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (!(error instanceof SiteReadError)) throw error;
    process.stderr.write(`import:al-folio: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(formatReport(report));

  // What `npm run check` will say about the imported content (it never changes the exit code), then what is left to do.
  const issues = values['no-check'] ? undefined : await checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), includeDrafts: true });
  process.stdout.write(formatClosing(report, issues));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
