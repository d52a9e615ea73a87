/**
 * `npm run new -- post "Title"` (or `page`, `news`): writes a new content
 * file with valid front matter and today's date, and prints its path and
 * address. Never overwrites a file (exit 1). FOLIO_CONTENT_DIR picks another
 * content folder.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOptions } from '../lib/content';
import { createContent, KINDS, ScaffoldError, type NewKind } from '../lib/authoring/scaffold';

const USAGE = 'usage: npm run new -- post|page|news "Title"';

function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [kind, ...words] = positionals;
  const title = words.join(' ').trim();
  if (!KINDS.includes(kind as NewKind) || !title) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { contentDir } = loadOptions();
  try {
    const created = createContent(kind as NewKind, title, { contentDir });
    const shown = path.relative(process.cwd(), created.file);
    process.stdout.write(`Created ${shown.startsWith('..') ? created.file : shown}\n`);
    process.stdout.write(kind === 'news' ? 'It shows in the news on the about page.\n' : `It will be at ${created.url} (http://localhost:3000${created.url} while \`npm run dev\` runs).\n`);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

main();
