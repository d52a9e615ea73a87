import type { z } from 'zod';
import type { IssueLog } from '../issues';
import { readYesNoLetters, type KeyPlaces } from './yaml';

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
 * is about. A missing key is reported where its parent is, at the line's
 * start; any other issue at its key, with the schema's own fix, else
 * `guide` (the front-matter table of README.md unless the caller names
 * another place).
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
  if (!result.success && readYesNoLetters(result.error.issues, data, source, log)) result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const name = keys.join('.');
    const line = source.lineOf(keys);
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && (issue as { input?: unknown }).input === undefined) {
      log.error(source.path, line, `\`${name}\` is missing`, `add \`${name}: ...\` to the ${describe(source.path)}`);
    } else {
      const wording = (issue as { params?: IssueWording }).params;
      log.error(source.path, line, wording?.namesKey ? issue.message : `\`${name}\`: ${issue.message}`, wording?.fix ?? guide, source.columnOf(keys));
    }
  }
  return null;
}

function describe(file: string) {
  return /\.(ya?ml|json)$/.test(file) ? 'file' : 'front matter (between the two --- lines)';
}
