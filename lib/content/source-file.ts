import matter from 'gray-matter';
import type { IssueLog } from '../issues';
import { bodyLimitProblems, LIMITS, readContentText } from './limits';
import { parseYaml, type KeyPlaces } from './yaml';

/** A content file split into its front matter and its body, with line bookkeeping. */
export type SourceFile = KeyPlaces & {
  /** Absolute path. */
  path: string;
  format: 'md' | 'mdx';
  data: Record<string, unknown>;
  body: string;
  /** The file line on which the body starts (1-based). */
  bodyLine: number;
};

/**
 * The text after the opening `---`: a front-matter language (`---js`,
 * `---toml`). Folio reads YAML only, so anything else is refused before
 * gray-matter sees the file.
 */
function frontMatterLanguage(text: string): string | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const end = text.search(/\r?\n/);
  const language = text.slice(3, end < 0 ? undefined : end).trim();
  return language === '' ? undefined : language;
}

const YAML_NAMES = new Set(['yaml', 'yml']);

/** gray-matter registers a JavaScript engine (it evaluates `---js` front matter); Folio replaces every engine but YAML with a refusal. */
const refuse = (): never => {
  throw new Error('Folio reads YAML front matter only');
};

/**
 * Reads one content file. Returns null (and logs the problem with its line)
 * when the front matter is not valid YAML, or is written in another language.
 */
export function readSourceFile(file: string, log: IssueLog): SourceFile | null {
  const text = readContentText(file, log, LIMITS.markdownBytes);
  if (text === null) return null;
  return parseSourceFile(text, file, log);
}

/** A content file's text (read by the caller: the importer reads the site it imports its own way), split as readSourceFile does. */
export function parseSourceFile(text: string, file: string, log: IssueLog): SourceFile | null {
  const language = frontMatterLanguage(text);
  if (language !== undefined && !YAML_NAMES.has(language.toLowerCase())) {
    log.error(file, 1, `front matter in \`${language}\` is not read: Folio reads YAML front matter only, and never runs code from content`, 'start the file with a line of just `---` and write the front matter as `key: value` lines', 4);
    return null;
  }
  let frontMatter: string | undefined;
  // Passing options turns off gray-matter's cache, which would hand back stale
  // data in `next dev` after the author saves a file.
  let result: matter.GrayMatterFile<string>;
  try {
    result = matter(text, {
      language: 'yaml',
      engines: {
        yaml: {
          parse: (yaml: string) => {
            frontMatter = yaml;
            return {};
          },
        },
        javascript: refuse,
        js: refuse,
        json: refuse,
        coffee: refuse,
      },
    });
  } catch (error) {
    // Whatever gray-matter stops on is the front matter's problem, said on its first line: never a crash.
    log.error(file, 1, `the front matter cannot be read: ${(error as Error).message}`, 'start the file with a line of just `---`, write the front matter as `key: value` lines, and end it with `---`');
    return null;
  }

  const prefix = text.slice(0, text.length - result.content.length);
  const bodyLine = prefix.split('\n').length;
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  // A body past Folio's limits is refused before anything parses it (lib/content/limits.ts).
  const limits = bodyLimitProblems(result.content, format);
  for (const problem of limits) log.error(file, problem.line + bodyLine - 1, problem.message, problem.fix);
  if (limits.length > 0) return null;
  const base = { path: file, format, body: result.content, bodyLine } as const;
  if (frontMatter === undefined) return { ...base, data: {}, lineOf: () => 1, columnOf: () => 1 };
  // The front-matter text starts right after the opening `---`, so its line N is the file's line N.
  const yaml = parseYaml(frontMatter, file, log);
  return yaml && { ...base, ...yaml };
}
