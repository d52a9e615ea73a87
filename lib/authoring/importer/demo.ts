import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@retorquere/bibtex-parser';
import { sha256 } from './example';

/**
 * al-folio's demo content (its sample posts, projects, news, pages,
 * teachings, books, data files, BibTeX entries and images), known by
 * fingerprints of every version al-folio's main line shipped
 * (al-folio-demo.json, written by scripts/al-folio-fingerprints.ts from a
 * clone of al-folio). Many real sites still carry it; the import leaves it
 * out unless asked. A fingerprint survives what git and editors do to a file
 * (line endings, trailing whitespace, the final newline) and nothing more: a
 * demo file the author edited is the author's.
 */

export const DEMO_DATA_FILE = fileURLToPath(new URL('./al-folio-demo.json', import.meta.url));

/** Where a fingerprint came from: al-folio's path, and when it was there. */
export type DemoMatch = {
  /** The path al-folio shipped it under (the first, when it moved). */
  path: string;
  /** The first and last dates (YYYY-MM-DD) al-folio's main line held it; `until` is absent while it still does. */
  since: string;
  until?: string;
  /** The first and last tagged releases that held it; absent when it only ever lived between two releases. */
  releases?: [first: string, last: string];
  /**
   * `sample`: al-folio's sample material, for the author to replace (leave it
   * out). `frame`: a page of al-folio's that only lays out the author's own
   * data (the publications list, the blog index, the CV, ...): most authors
   * keep it as shipped, so an unedited copy is still theirs to keep.
   */
  role: 'sample' | 'frame';
};

/** One line of the data: path, since, until ('' while current), first and last release ('' when none). */
type Row = [path: string, since: string, until: string, first: string, last: string];

export type DemoData = {
  about: string;
  source: { repository: string; ref: string; commits: number; from: string; to: string; releases: string; note?: string };
  releases: string[];
  /** Fingerprint of a file → where al-folio had it. */
  files: Record<string, Row>;
  /** Fingerprint of a BibTeX entry (its key and its text) → where al-folio had it (the path is the .bib file, then `#key`). */
  bibEntries: Record<string, Row>;
};

/** Fingerprints are sha256 cut to 128 bits: ample for a few thousand files, half the size. */
const FINGERPRINT_LENGTH = 32;

/** Files compared as text (line endings and trailing whitespace aside); everything else by its bytes. */
const TEXT = /\.(md|markdown|html?|liquid|ya?ml|bib|json|ipynb|txt|csv|tsv|geojson|tex|xml)$/i;

/**
 * The text as al-folio shipped it, whatever git or an editor did since: `\n`
 * line endings, no whitespace at the end of a line, no blank lines at the end.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '');
}

/** A file's fingerprint: of its normalised text (a text file) or its bytes; undefined for an empty text, which is nobody's. */
export function fileFingerprint(path: string, bytes: Buffer): string | undefined {
  if (!TEXT.test(path)) return bytes.length === 0 ? undefined : sha256(bytes).slice(0, FINGERPRINT_LENGTH);
  const text = normalizeText(bytes.toString('utf8'));
  return text ? sha256(Buffer.from(text, 'utf8')).slice(0, FINGERPRINT_LENGTH) : undefined;
}

/** A BibTeX entry's fingerprint: its key and its normalised text. */
export function bibEntryFingerprint(key: string, entryText: string): string {
  return sha256(Buffer.from(`${key}\n${normalizeText(entryText)}`, 'utf8')).slice(0, FINGERPRINT_LENGTH);
}

/**
 * What kind of al-folio file a site path is, for matching: a fingerprint
 * counts only for a file of the kind al-folio shipped it as (a demo post is
 * not a demo project). `_posts/...` is `posts`, `assets/...` (and v0's root
 * `img/`) is `assets`, any other top folder is its own kind.
 */
export function demoKind(path: string): string {
  const top = path.replace(/^\/+/, '').split('/')[0]!;
  if (top === 'assets' || top === 'img') return 'assets';
  return top.replace(/^_/, '');
}

/** al-folio's pages that show the author's data and carry no sample text of their own (whatever their version). */
const FRAME_PAGES = new Set(['404', 'blog', 'books', 'cv', 'news', 'projects', 'publications', 'repositories', 'teaching']);

function roleOf(path: string): DemoMatch['role'] {
  const page = /^_pages\/([^/]+)\.(md|markdown|html)$/.exec(path);
  return page && FRAME_PAGES.has(page[1]!) ? 'frame' : 'sample';
}

let loaded: DemoData | undefined;
/** The fingerprint data, read once. */
export function demoData(): DemoData {
  loaded ??= JSON.parse(fs.readFileSync(DEMO_DATA_FILE, 'utf8')) as DemoData;
  return loaded;
}

function match(row: Row | undefined): DemoMatch | undefined {
  if (!row) return undefined;
  const [path, since, until, first, last] = row;
  return { path, since, ...(until ? { until } : {}), ...(first ? { releases: [first, last] as [string, string] } : {}), role: roleOf(path) };
}

/**
 * Whether a file of an al-folio site (its site-relative path and bytes) is
 * one of al-folio's demo files, unedited: where al-folio had it, or undefined.
 */
export function isDemoFile(path: string, bytes: Buffer, data = demoData()): DemoMatch | undefined {
  const fingerprint = fileFingerprint(path, bytes);
  const found = fingerprint ? match(data.files[fingerprint]) : undefined;
  return found && demoKind(found.path) === demoKind(path) ? found : undefined;
}

/** Whether `_data/repositories.yml` is al-folio's demo list (its users `torvalds`, `alshedivat`, ...), unedited. */
export function isDemoRepositories(bytes: Buffer, data = demoData()): DemoMatch | undefined {
  return isDemoFile('_data/repositories.yml', bytes, data);
}

/** Whether a BibTeX entry (its key and its text from `@` to the closing brace) is one of al-folio's demo entries, unedited. */
export function isDemoBibEntry(key: string, entryText: string, data = demoData()): DemoMatch | undefined {
  return match(data.bibEntries[bibEntryFingerprint(key, entryText)]);
}

export type BibEntrySource = { key: string; text: string; line: number };

/**
 * The entries of a .bib file as written, with their lines: `@string`,
 * `@comment` and `@preamble` aside, and entries BibTeX cannot read left out
 * (the bibliography's own check reports those). The parser is the one
 * lib/bibliography reads the file with.
 */
export function bibEntrySources(text: string): BibEntrySource[] {
  const parsed = parse(text, { raw: true, sentenceCase: false, removeOuterBraces: [], verbatimFields: [/.*/] });
  const entries: BibEntrySource[] = [];
  let cursor = 0;
  for (const entry of parsed.entries) {
    if (!entry.input || !entry.key) continue;
    const at = text.indexOf(entry.input, cursor);
    if (at < 0) continue;
    cursor = at + entry.input.length;
    entries.push({ key: entry.key, text: entry.input, line: text.slice(0, at).split('\n').length });
  }
  return entries;
}

/** The demo entries of a .bib file, in the file's order, with where al-folio had each. */
export function demoBibEntries(text: string, data = demoData()): (BibEntrySource & { demo: DemoMatch })[] {
  return bibEntrySources(text).flatMap((entry) => {
    const demo = isDemoBibEntry(entry.key, entry.text, data);
    return demo ? [{ ...entry, demo }] : [];
  });
}
