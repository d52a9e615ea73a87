import type { z } from 'zod';
import type { IssueLog } from '../issues';
import { readYesNoLetters, type KeyPlaces } from './yaml';

/**
 * Values a schema refuses that Jekyll (and the al-folio site) read without
 * a word, read as Jekyll read them, so a site moves in as it was shown:
 *
 * - an empty value for a key (`cv_pdf: ""`, `cv_pdf:` with nothing after it,
 *   `null`) is no value: the key is unset, as Liquid's `blank` is. Silent;
 *   a key that must have a value says it is empty.
 * - a key that takes `true` or `false` given text (`ture`, `true#`, `Flase`,
 *   a quoted `"false"`) or a number: Liquid takes any text and any number
 *   as true, so the al-folio site showed it as true, `Flase` included.
 *   Folio reads it so too, and warns on its line, saying so.
 * - YAML 1.1's `y` and `n` where a key takes a boolean (lib/content/yaml.ts).
 *
 * `read` is called with the schema's issues, changes `data` where it reads
 * a value so, and says whether it changed anything (the caller validates
 * again). `blanked` keeps the keys it emptied, for the message of a key
 * that must have a value.
 */
export class JekyllReading {
  /** Keys (joined paths) given an empty value, and what was done: `null` tried first, then the key left out. */
  readonly blanked = new Map<string, 'null' | 'unset'>();

  constructor(
    private readonly data: unknown,
    private readonly source: KeyPlaces & { path: string },
    private readonly log: IssueLog,
  ) {}

  read(issues: z.core.$ZodIssue[]): boolean {
    if (readYesNoLetters(issues, this.data, this.source, this.log)) return true;
    let changed = false;
    for (const issue of issues) {
      const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const key = keys.at(-1);
      const parent = keys.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], this.data);
      // Only a key's value: list items and the file itself are left to the message.
      if (typeof key !== 'string' || typeof parent !== 'object' || parent === null || Array.isArray(parent) || !Object.hasOwn(parent, key)) continue;
      const holder = parent as Record<string, unknown>;
      const value = holder[key];
      const name = keys.join('.');
      if (value === null || (typeof value === 'string' && value.trim() === '')) {
        // `null` first (`max_author_limit:` blank lists every author), then unset (the key's default).
        if (value !== null && !this.blanked.has(name)) {
          holder[key] = null;
          this.blanked.set(name, 'null');
        } else {
          delete holder[key];
          this.blanked.set(name, 'unset');
        }
        changed = true;
      } else if ((typeof value === 'string' || typeof value === 'number') && takesBoolean(issue)) {
        holder[key] = true;
        // A quoted `"false"` is shown quoted: it is the quotes that make it text.
        const written = typeof value === 'string' && /^(true|false|yes|no|on|off|\d+)$/i.test(value.trim()) ? `"${value}"` : String(value);
        this.log.warn(
          this.source.path,
          this.source.lineOf(keys),
          `\`${name}: ${written}\` is not true or false: Folio reads it as true, as Jekyll did (Liquid takes any text or number as true), so the site shows what the al-folio site showed`,
          `write \`${name}: true\`, or \`${name}: false\` if false is what you meant`,
          this.source.columnOf(keys),
        );
        changed = true;
      }
    }
    return changed;
  }
}

/**
 * Whether the key is a switch: it takes `true` or `false`, or else a group
 * of keys (`news: true` or `{enabled, limit}`). A key that also takes text
 * or a word (`redirect`, `toc.sidebar: left`) is not: a stray value there
 * is an error, not a switch turned on.
 */
function takesBoolean(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return issue.expected === 'boolean';
  if (issue.code !== 'invalid_union') return false;
  const kinds = issue.errors.map((branch) => branch.find((i) => i.path.length === 0));
  return kinds.some((i) => i?.code === 'invalid_type' && i.expected === 'boolean') && kinds.every((i) => i?.code === 'invalid_type' && (i.expected === 'boolean' || i.expected === 'object'));
}
