import fs from 'node:fs';
import matter from 'gray-matter';
import YAML, { isMap, isSeq, LineCounter, type Node } from 'yaml';
import type { IssueLog } from './issues';

/** A content file split into its front matter and its body, with line bookkeeping. */
export type SourceFile = {
  /** Absolute path. */
  path: string;
  format: 'md' | 'mdx';
  data: Record<string, unknown>;
  body: string;
  /** The file line on which the body starts (1-based). */
  bodyLine: number;
  /** The file line of a front-matter key, e.g. `['profile', 'image']`; 1 when unknown. */
  lineOf: (keyPath: ReadonlyArray<string | number>) => number;
};

export type YamlData = { data: Record<string, unknown>; lineOf: (keyPath: ReadonlyArray<string | number>) => number };

/**
 * Parses YAML with line numbers for errors and keys. YAML 1.2's core schema
 * keeps `2024-06-06 09:00:00` a string (gray-matter's default turns it into
 * a Date in the machine's time zone); dates are parsed later by one function
 * that knows al-folio's forms.
 * Returns null, with the problems logged, when the YAML is not valid.
 */
export function parseYaml(text: string, file: string, log: IssueLog): YamlData | null {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'core' });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
      log.error(file, pos.line, `not valid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, yamlFix(err.code), pos.col);
    }
    return null;
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    log.error(file, 1, 'expected `key: value` lines', 'write one `key: value` per line');
    return null;
  }
  const lineOf = (keyPath: ReadonlyArray<string | number>): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const range = (pair.key as Node).range;
        if (range) line = lineCounter.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item?.range) break;
        line = lineCounter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    return line;
  };
  return { data: data as Record<string, unknown>, lineOf };
}

/**
 * Reads one content file. Returns null (and logs the problem with its line)
 * when the front matter is not valid YAML.
 */
export function readSourceFile(file: string, log: IssueLog): SourceFile | null {
  const text = fs.readFileSync(file, 'utf8');
  let frontMatter: string | undefined;
  // Passing options turns off gray-matter's cache, which would hand back stale
  // data in `next dev` after the author saves a file.
  const result = matter(text, {
    engines: {
      yaml: {
        parse: (yaml: string) => {
          frontMatter = yaml;
          return {};
        },
      },
    },
  });

  const prefix = text.slice(0, text.length - result.content.length);
  const bodyLine = prefix.split('\n').length;
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  const base = { path: file, format, body: result.content, bodyLine } as const;
  if (frontMatter === undefined) return { ...base, data: {}, lineOf: () => 1 };
  // The front-matter text starts right after the opening `---`, so its line N is the file's line N.
  const yaml = parseYaml(frontMatter, file, log);
  return yaml && { ...base, ...yaml };
}
function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once; remove or rename the second one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: nested keys use two spaces more than their parent';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value that contains `: ` or `#` must be quoted, e.g. title: "Part 1: the start"';
    default:
      return 'quote values that contain `:`, `#`, `[` or `{`, and indent nested keys by two spaces';
  }
}
