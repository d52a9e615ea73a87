import fs from 'node:fs';
import type { IssueLog } from '../issues';

/**
 * How much content Folio reads, so the check and the build end in seconds
 * on any input, and what is refused is said, never cut in silence.
 *
 * Where the time goes on hostile input: Markdown's inline resolvers
 * (micromark's emphasis, strikethrough, link, code and math resolvers)
 * walk back through every event of a paragraph for each marker they
 * close, so a paragraph of 20,000 `*` costs 20,000² steps, three parses
 * over (the content layer's, the check's compile, the build's render);
 * block containers are checked again on every line for each open one, so
 * `- - - - a` 3,000 deep costs seconds and overflows the stack later;
 * and past the parse, every element of the tree costs about 0.15 ms of
 * CPU to the check (derive, sanitize, compile) and as much to the build,
 * so 20,000 `*a` in 40 KB make a minute of work. The limits below bound
 * each: a file's size, the markers of one paragraph, the elements of a
 * body, how deep blocks and elements nest, the tags of a post and of the
 * site.
 */
export const LIMITS = {
  /** A page, post, news item or project: a long post is 100 KB. */
  markdownBytes: 1_000_000,
  /** site.yml, cv.yml, resume.json, publications.bib, venues.yml, coauthors.yml. */
  dataBytes: 5_000_000,
  /** Markers (`* _ ~ [ ] ! & < \` $` and backticks) in one paragraph, list item or table row; a dense paragraph has 50. */
  markersPerBlock: 1000,
  /**
   * Markup in one body, counted before it is parsed: every marker, tag, `|`,
   * quote or list marker, and line. The parse itself costs about 25 µs
   * and 3 KB of memory for each (1 MB of `*a` took 13 s and 1.4 GB), and
   * each becomes an element the steps after it pay for again. A 400 KB
   * changelog holds 25,000.
   */
  markup: 60_000,
  /** What a body makes (paragraphs, links, emphasis, list items, table cells...): a long post makes a few hundred, a 400 KB changelog 25,000. */
  nodes: 30_000,
  /** Blocks within blocks on one line (`> - 1.`): writing nests three or four; each level is checked again on every line. */
  blockNesting: 20,
  /** Elements within elements (`<div><div>`, `<Callout>`): pasted HTML nests ten or so. */
  elementNesting: 50,
  /** Tags, and categories, of one post. */
  termsPerPost: 100,
  /** Tags and categories of the whole site: each has a page (and a share image) of its own. */
  termPages: 2000,
} as const;

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

/**
 * A content file's text: null, with an error naming the file, when it is
 * larger than `limit`, is no file (a folder, a socket), or cannot be read.
 * A byte-order mark is dropped, as editors and Jekyll do.
 */
export function readContentText(file: string, log: IssueLog, limit: number): string | null {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      log.error(file, 1, 'is not a file', 'remove it, or replace it with the file it should be');
      return null;
    }
    if (stat.size > limit) {
      log.error(file, 1, `the file is ${MB(stat.size)}: Folio reads files of up to ${MB(limit)} here`, limit === LIMITS.markdownBytes ? 'split it into several pages or posts, and keep data (tables, images, code) in files of public/' : 'split it, or remove what the site does not show');
      return null;
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    log.error(file, 1, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'check that the file exists and that you may read it');
    return null;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A limit a body goes past, on a line of the body (1-based). */
export type LimitProblem = { line: number; message: string; fix: string };

/** What micromark stops at in text: emphasis, strikethrough, links and images, references, escapes, code, math, a `<` that starts no tag. */
const MARKER = /[*_~[\]!&\\`$]|<(?![A-Za-z/!?])/g;
/** What else the parse makes a token of: tags, table cells. */
const TOKEN = /<[A-Za-z/!?]|\|/g;
/** A line's block containers: quotes and list items, as many as open on it. */
const CONTAINERS = /^(?:[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;
/** A fence of code or display math, and what closes it. */
const FENCE = /^[ \t]*(`{3,}|~{3,}|\$\$)/;
/** A table's delimiter row: `| --- | :-: |`. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
/** An HTML block of a `.md` body (its lines are HTML, not Markdown): a line that starts with a tag. */
const HTML_BLOCK = /^\s{0,3}<\/?[A-Za-z][\w-]*(\s|\/?>|$)|^\s{0,3}<!--/;
/** A tag that opens an element (`<div`, `<Callout`), that closes one, or that closes itself. */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
/** HTML elements that hold nothing, or whose end tag may be left out: they do not nest. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const thousands = (n: number) => n.toLocaleString('en');

/** A paragraph, list item or table row as Markdown reads it: its markers are resolved together. */
type Block = { line: number; markers: number; reported: boolean; table: boolean; code: boolean; html: boolean; lines: number; last: string };

/**
 * The limits a body goes past, found in one pass over its lines, before it
 * is parsed (the parse is what takes long): its markup in all, markers in
 * one paragraph, list item or table row (code, display math and a `.md`
 * body's HTML blocks, which Markdown does not read for markers, left out),
 * blocks nested on one line, elements nested in elements.
 */
export function bodyLimitProblems(body: string, format: 'md' | 'mdx'): LimitProblem[] {
  const problems: LimitProblem[] = [];
  let fence: string | undefined;
  const fresh = (line: number): Block => ({ line, markers: 0, reported: false, table: false, code: false, html: false, lines: 0, last: '' });
  let block = fresh(1);
  let markup = 0;
  let depth = 0;
  let deepest = { line: 0, depth: 0 };
  // Said only when no paragraph is refused: a paragraph too dense is most of it, and is said on its own line.
  let tooMuch: LimitProblem | undefined;
  body.split(/\r?\n|\r/).forEach((text, index) => {
    const line = index + 1;
    const containers = fence ? '' : (CONTAINERS.exec(text)?.[0] ?? '');
    const nested = count(containers, /[>+*-]|\d[.)]/g);
    const rest = text.slice(containers.length);
    // All of it, code included: each token of code is an element once highlighted.
    const before = markup;
    markup += 1 + nested + count(rest, MARKER) + count(rest, TOKEN);
    if (before <= LIMITS.markup && markup > LIMITS.markup) {
      tooMuch = { line, message: `the body holds more than ${thousands(LIMITS.markup)} lines and characters of markup (\`* _ ~ [ ] ! & < > | -\`, backticks and the like): Folio reads ${thousands(LIMITS.markup)} at most, and this line goes past it`, fix: 'split it into several pages or posts' };
    }
    const opened = FENCE.exec(text)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = undefined;
      return;
    }
    if (opened) {
      fence = opened;
      block = fresh(line + 1);
      return;
    }
    if (nested > LIMITS.blockNesting) {
      problems.push({ line, message: `this line opens ${nested} blocks one inside another (quotes, list items): Folio reads ${LIMITS.blockNesting} at most`, fix: 'nest fewer quotes and lists' });
    }
    if (rest.trim() === '') {
      block = fresh(line + 1);
      return;
    }
    // What starts a block of its own: a list item, a heading, a table's row; and what kind of block it is.
    const starts = block.lines === 0 || /[-+*\d]/.test(containers) || /^\s{0,3}#{1,6}(\s|$)/.test(rest);
    if (starts) block = { ...fresh(line), code: nested === 0 && /^( {4}|\t)/.test(rest), html: format === 'md' && HTML_BLOCK.test(rest) };
    else if (!block.table && block.lines === 1 && block.last.includes('|') && TABLE_DELIMITER.test(rest)) block.table = true;
    else if (block.table) block = { ...fresh(line), table: true };
    else if (block.code && !/^( {4}|\t)/.test(rest)) block = fresh(line);
    block.lines += 1;
    block.last = rest;
    const prose = rest.replace(/`[^`]*`/g, '``').replace(/\$[^$]+\$/g, '$$');
    if (!block.code && !block.html) block.markers += count(prose, MARKER);
    if (block.markers > LIMITS.markersPerBlock && !block.reported) {
      block.reported = true;
      problems.push({
        line: block.line,
        message: `this paragraph holds more than ${thousands(LIMITS.markersPerBlock)} of the characters Markdown reads as markup (\`* _ ~ [ ] ! & \\ $ <\` and backticks): reading it would take minutes`,
        fix: 'split it into paragraphs, or put such characters in `code`, or escape them (\\*)',
      });
    }
    if (block.code) return;
    for (const tag of prose.matchAll(TAG)) {
      const [, closing, name, selfClosing] = tag;
      if (selfClosing || FLAT.has(name!.toLowerCase())) continue;
      depth = Math.max(0, depth + (closing ? -1 : 1));
      if (depth > deepest.depth) deepest = { line, depth };
    }
  });
  if (tooMuch && !problems.some((problem) => problem.message.startsWith('this paragraph'))) problems.push(tooMuch);
  if (deepest.depth > LIMITS.elementNesting) {
    problems.push({ line: deepest.line, message: `elements nest ${deepest.depth} deep here (\`<div>\` in \`<div>\`, components in components): Folio reads ${LIMITS.elementNesting} levels at most`, fix: 'close elements sooner, or nest fewer' });
  }
  return problems.sort((a, b) => a.line - b.line);
}
