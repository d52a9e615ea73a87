import type { z } from 'zod';
import type { IssueLog } from '../issues';
import { issueWords } from './issue-words';
import { JekyllReading } from './jekyll-reading';
import type { KeyPlaces } from './yaml';

/** A file's path, and where each key of its data is written. */
export type PlacedData = KeyPlaces & { path: string };

/**
 * How a schema words an issue itself (zod's `params`, on a custom issue):
 * `fix` says how to fix it; `namesKey` marks a message that names its key
 * already (`unknown layout \`fancy\``), so the key does not lead it.
 */
export type IssueWording = { fix?: string; namesKey?: boolean };

/**
 * Applies a schema; each failure becomes an issue on the line of the key it
 * is about, in the author's words (lib/content/issue-words.ts). Values
 * Jekyll read without a word (an empty value, `ture`) are read as Jekyll
 * read them first (lib/content/jekyll-reading.ts). A missing key is
 * reported where its parent is, at the line's start; any other issue at its
 * key, with the schema's own fix, else `guide` (the front-matter table of
 * README.md unless the caller names another place).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: PlacedData,
  log: IssueLog,
  { guide = 'see the front-matter table in README.md' }: { guide?: string } = {},
): z.output<S> | null {
  // `reportInput` keeps the value on each issue: a key given with the wrong type is not "missing".
  let result = schema.safeParse(data, { reportInput: true });
  const reading = new JekyllReading(data, source, log);
  // Each reading may bring the next to light (an empty value tried as `null`, then unset): a few rounds at most.
  for (let round = 0; !result.success && round < 4 && reading.read(result.error.issues); round++) result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const name = keys.join('.');
    const line = source.lineOf(keys);
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && (issue as { input?: unknown }).input === undefined) {
      if (reading.blanked.has(name)) log.error(source.path, line, `\`${name}\` is empty`, `give \`${name}\` a value in the ${describe(source.path)}`, source.columnOf(keys));
      else log.error(source.path, line, `\`${name}\` is missing`, `add \`${name}: ...\` to the ${describe(source.path)}`);
    } else {
      const wording = (issue as { params?: IssueWording }).params;
      const message = issue.code === 'custom' && !wording?.namesKey && issue.message && issue.message !== 'Invalid input' ? `\`${name}\`: ${issue.message}` : issueWords(issue, name);
      log.error(source.path, line, message, wording?.fix ?? guide, source.columnOf(keys));
    }
  }
  return null;
}

function describe(file: string) {
  return /\.(ya?ml|json)$/.test(file) ? 'file' : 'front matter (between the two --- lines)';
}
