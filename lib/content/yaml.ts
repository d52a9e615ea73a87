import YAML, { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import type { IssueLog } from '../issues';

/**
 * YAML as Folio reads it, in front matter and in the data files of content/
 * (site.yml, cv.yml, venues.yml, coauthors.yml): with the line and column of
 * every key for messages, errors said in the author's terms, and YAML 1.1's
 * booleans as Jekyll reads them (`yes`, `no`, `on`, `off` here; `y` and `n`
 * where a key expects a boolean, in `readYesNoLetters`).
 */

/** Where each key of a file's data is written (YAML front matter and files, JSON), for messages. */
export type KeyPlaces = {
  /** The file line of a key, e.g. `['profile', 'image']`; 1 when unknown. */
  lineOf: (keyPath: ReadonlyArray<string | number>) => number;
  /** The column that key starts at (a nested key is indented); 1 when unknown. */
  columnOf: (keyPath: ReadonlyArray<string | number>) => number;
};

export type YamlData = KeyPlaces & { data: Record<string, unknown> };

/**
 * Aliases (`*name`) a file may resolve. Front matter has no use for many; a
 * "billion laughs" file expands a few lines into gigabytes.
 */
const MAX_ALIASES = 50;

/**
 * YAML 1.1's booleans as Jekyll reads them (Ruby's YAML, in any case);
 * YAML 1.2, and this parser, read them as text. `y` and `n` are booleans
 * only where a key expects one (see `readYesNoLetters` below): Jekyll reads
 * them as text, and `name: N` is a name.
 */
const YAML11_TRUE = /^(yes|on)$/i;
const YAML11_FALSE = /^(no|off)$/i;

/**
 * Parses YAML with line numbers for errors and keys. YAML 1.2's core schema
 * keeps `2024-06-06 09:00:00` a string (gray-matter's default turns it into
 * a Date in the machine's time zone); dates are parsed later by one function
 * that knows al-folio's forms. A key whose value is YAML 1.1's `yes`, `no`,
 * `on` or `off` (unquoted) is read as the boolean Jekyll reads, with a warning.
 * Returns null, with the problems logged, when the YAML is not valid.
 */
export function parseYaml(text: string, file: string, log: IssueLog, { firstLine = 1 } = {}): YamlData | null {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'core' });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, col: pos.col };
  };
  if (doc.errors.length > 0) {
    // One problem can raise several errors on one line: report the first.
    const reported = new Set<number>();
    for (const err of doc.errors) {
      const { offset, message, fix } = describeYamlError(err, doc, text);
      const pos = at(offset);
      if (reported.has(pos.line)) continue;
      reported.add(pos.line);
      log.error(file, pos.line, `not valid YAML: ${message}`, fix, pos.col);
    }
    return null;
  }
  readYaml11Booleans(doc, (node, value) => {
    const pos = at(node.range?.[0] ?? 0);
    log.warn(file, pos.line, `\`${String(node.source ?? value)}\` is read as ${value}, as Jekyll reads YAML`, `write \`${value}\`: other YAML readers take \`${String(node.source)}\` as text`, pos.col);
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    // The yaml package refuses to expand more aliases than allowed ("billion laughs").
    let first: Node | undefined;
    YAML.visit(doc, { Alias: (_key, node) => void (first ??= node) });
    const pos = at(first?.range?.[0] ?? 0);
    log.error(file, pos.line, `the YAML repeats its aliases (\`*name\`) too often to be read: ${(error as Error).message}`, 'write the values out instead of repeating them through `&anchor` and `*alias`', pos.col);
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    log.error(file, firstLine, 'expected `key: value` lines', 'write one `key: value` per line');
    return null;
  }
  /** Where a key (or a list item) starts; as far down the path as the document goes. */
  const pointOf = (keyPath: ReadonlyArray<string | number>): { line: number; col: number } => {
    let node: unknown = doc.contents;
    let point = { line: 1, col: 1 };
    for (const key of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const range = (pair.key as Node).range;
        if (range) point = lineCounter.linePos(range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) break;
        point = lineCounter.linePos(item.range[0]);
        node = item;
      } else break;
    }
    return { line: point.line + firstLine - 1, col: point.col };
  };
  return { data: data as Record<string, unknown>, lineOf: (keyPath) => pointOf(keyPath).line, columnOf: (keyPath) => pointOf(keyPath).col };
}

/** Unquoted `yes`/`no`/`on`/`off` as the value of a key become booleans. */
function readYaml11Booleans(doc: Document, found: (node: YAML.Scalar, value: boolean) => void) {
  YAML.visit(doc, {
    Pair(_key, pair) {
      const value = pair.value;
      if (!isScalar(value) || value.type !== 'PLAIN' || typeof value.value !== 'string') return;
      const bool = YAML11_TRUE.test(value.value) ? true : YAML11_FALSE.test(value.value) ? false : undefined;
      if (bool === undefined) return;
      value.source = value.value;
      value.value = bool;
      found(value, bool);
    },
  });
}

/**
 * Where a YAML error is, in the author's terms, and how to fix it. The
 * parser reports some problems where it noticed them (an unclosed quote at
 * the end of the file, an over-indented key on the line above it); the
 * author needs the line where the problem is, and a hint only when it applies.
 */
function describeYamlError(err: YAMLError, doc: Document, text: string): { offset: number; message: string; fix: string } {
  const reason = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const offset = err.pos[0];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  const indent = (l: string) => l.length - l.trimStart().length;
  const keyOf = (l: string) => /^\s*(?:- )?([^:#]+?):/.exec(l)?.[1]?.trim();

  if (err.code === 'MISSING_CHAR' && /quote/.test(reason)) {
    let opened: YAML.Scalar | undefined;
    YAML.visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= offset && node.range[0] < offset) opened ??= node;
      },
    });
    const quote = opened?.type === 'QUOTE_SINGLE' ? "'" : '"';
    return { offset: opened?.range?.[0] ?? offset, message: `the ${quote} opened here is never closed`, fix: `end the value with ${quote} on the same line` };
  }
  if (/^Flow (sequence|map)/.test(reason)) {
    // An unclosed `[` or `{`: the parser notices on a later line; the author needs the one that opens it.
    const bracket = reason.startsWith('Flow sequence') ? '[' : '{';
    const close = bracket === '[' ? ']' : '}';
    const before = text.lastIndexOf(bracket, lineStart);
    return { offset: before >= 0 ? before : offset, message: `the ${bracket} opened here is never closed`, fix: `end the list with ${close} on the same line, or quote the value if the ${bracket} is text` };
  }
  switch (err.code) {
    case 'DUPLICATE_KEY':
      return { offset, message: `\`${keyOf(line) ?? 'this key'}\` appears twice`, fix: 'each key may appear once; remove or rename this one' };
    case 'TAB_AS_INDENT':
      return { offset, message: 'a tab indents this line', fix: 'indent with spaces: YAML does not allow tabs' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const value = line.slice(offset - lineStart);
      if (/: /.test(value)) {
        const key = keyOf(line);
        return { offset, message: `the value \`${value.trim()}\` holds \`: \`, which YAML reads as another key`, fix: `quote the value: ${key ?? 'key'}: "${value.trim().replace(/"/g, '\\"')}"` };
      }
      // The next line is indented further than this one's key: a nested key under a key that has a value.
      const rest = text.slice(lineEnd + 1).split('\n');
      const deeper = rest.findIndex((l) => l.trim() !== '' && indent(l) > indent(line));
      if (deeper >= 0) {
        const at = lineEnd + 1 + rest.slice(0, deeper).reduce((n, l) => n + l.length + 1, 0);
        const found = rest[deeper]!;
        return {
          offset: at + indent(found),
          message: `\`${keyOf(found) ?? found.trim()}\` is indented further than the key above it, which already has a value`,
          fix: `indent it as \`${keyOf(line) ?? 'the key above'}:\` is (${indent(line)} spaces), or give the key above no value to nest it`,
        };
      }
      return { offset, message: reason, fix: 'quote values that contain `: ` or ` #`' };
    }
    case 'BAD_INDENT':
      return { offset: lineStart + indent(line), message: `\`${keyOf(line) ?? line.trim()}\` is not indented as the keys it belongs with`, fix: 'keys of one group start at the same column; nested keys use two spaces more than their parent' };
    case 'UNEXPECTED_TOKEN':
      if (/^\s*\S+:\s*['"]/.test(line)) {
        return { offset, message: 'text follows the closing quote of this value', fix: "put all of the value inside the quotes; inside '...' write an apostrophe as '' (e.g. 'it''s')" };
      }
      return { offset, message: reason, fix: 'quote values that contain `:`, `#`, `[` or `{`' };
    default:
      return { offset, message: reason, fix: 'quote values that contain `:`, `#`, `[` or `{`, and indent nested keys by two spaces' };
  }
}

/**
 * YAML 1.1's `y` and `n` (any case) are booleans where a key expects one:
 * `news: y` is true, as in YAML 1.1, while `name: N` stays a name
 * (`parseYaml` reads `yes`, `no`, `on` and `off` already). `validate` calls
 * it with the schema's issues.
 * Returns whether any value was read so, after warning about each.
 */
export function readYesNoLetters(issues: z.core.$ZodIssue[], data: unknown, source: Pick<KeyPlaces, 'lineOf'> & { path: string }, log: IssueLog): boolean {
  let changed = false;
  for (const issue of issues) {
    const expectsBoolean = (issue.code === 'invalid_type' && issue.expected === 'boolean') || issue.code === 'invalid_union';
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data) as Record<string | number, unknown> | undefined;
    const key = keys.at(-1);
    const value = key === undefined ? undefined : parent?.[key];
    if (!expectsBoolean || typeof value !== 'string' || !/^[yn]$/i.test(value)) continue;
    parent![key!] = /^y$/i.test(value);
    log.warn(source.path, source.lineOf(keys), `\`${keys.join('.')}: ${value}\` is read as ${parent![key!]}, as YAML 1.1 reads it`, `write \`${parent![key!]}\`: other YAML readers take \`${value}\` as text`);
    changed = true;
  }
  return changed;
}
