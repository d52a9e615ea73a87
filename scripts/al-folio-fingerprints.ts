/**
 * `npx tsx scripts/al-folio-fingerprints.ts <al-folio git dir> [--ref main] [--out lib/authoring/importer/al-folio-demo.json] [--note text]`
 *
 * Writes the fingerprints of al-folio's demo content (lib/authoring/importer/demo.ts
 * reads them) from a local clone of al-folio: every version of every demo
 * file that al-folio's main line held, commit by commit along `--ref`'s
 * first parents (what an author forks or copies is a main-line commit, not
 * only a release), and every BibTeX entry of its `_bibliography/*.bib`.
 * Each fingerprint keeps the path al-folio had it under, the first and last
 * dates the main line held it, and the first and last release (a tag merged
 * into `--ref`) whose tree held it.
 *
 * To refresh it for a new al-folio release:
 *
 *   git clone https://github.com/alshedivat/al-folio.git /tmp/al-folio
 *   npx tsx scripts/al-folio-fingerprints.ts /tmp/al-folio
 *   npx vitest run lib/authoring/importer/demo.test.ts
 *
 * A clone without tags (a fork) gives dates but no release names: add the
 * tags first (`git fetch <al-folio> 'refs/tags/*:refs/tags/*'`). Only
 * fingerprints are written, never al-folio's files. Blobs the clone lacks
 * (a partial clone's large videos) are counted and left out. `--note` records
 * in the data how the clone was put together (where its tags came from).
 *
 * Demo content is what al-folio ships for an author to replace: the
 * collections (_posts, _projects, _news, _pages, _teachings, _books, and
 * v0's _poetry), _data, the BibTeX entries, and the media under assets/
 * (and v0's root img/). Its theme (_layouts, _includes, _sass, scripts,
 * styles, fonts) and _config.yml are not content.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bibEntryFingerprint, bibEntrySources, DEMO_DATA_FILE, fileFingerprint, type DemoData } from '../lib/authoring/importer/demo';

const USAGE = 'usage: npx tsx scripts/al-folio-fingerprints.ts <al-folio git dir> [--ref main] [--out lib/authoring/importer/al-folio-demo.json] [--note text]';

const DEMO_FOLDERS = [
  '_posts/',
  '_projects/',
  '_news/',
  '_pages/',
  '_teachings/',
  '_books/',
  '_poetry/',
  '_data/',
  '_bibliography/',
  'img/',
  'assets/img/',
  'assets/pdf/',
  'assets/video/',
  'assets/audio/',
  'assets/jupyter/',
  'assets/plotly/',
  'assets/html/',
  'assets/bibliography/',
  'assets/json/',
  'assets/rendercv/rendercv_output/',
];
const isDemoPath = (file: string) => DEMO_FOLDERS.some((folder) => file.startsWith(folder));
/** The bibliography is fingerprinted entry by entry: an author keeps their own entries beside the demo's. */
const isBibliography = (file: string) => file.startsWith('_bibliography/') && file.endsWith('.bib');

function git(dir: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 4 * 1024 ** 3 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  return result.stdout;
}

/** The git directory of a clone (its .git) or of a bare repository. */
function gitDir(folder: string): string {
  const dotGit = path.join(folder, '.git');
  return fs.existsSync(dotGit) ? dotGit : folder;
}

/** The demo files of a tree: path → blob id. */
function demoTree(dir: string, treeish: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const line of git(dir, ['ls-tree', '-r', '-z', treeish]).toString().split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match && isDemoPath(match[2]!)) files.set(match[2]!, match[1]!);
  }
  return files;
}

/** Every blob's bytes in one `git cat-file --batch`; a blob the clone lacks is absent. */
function readBlobs(dir: string, ids: string[]): Map<string, Buffer> {
  const out = git(dir, ['cat-file', '--batch'], ids.join('\n') + '\n');
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString();
    at = end + 1;
    const found = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!found) continue; // `<id> missing`
    const size = Number(found[2]);
    blobs.set(found[1]!, out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

/** `v0.10.1` after `v0.9.0`: tags compared by their numbers. */
function byVersion(a: string, b: string): number {
  const numbers = (tag: string) => (tag.match(/\d+/g) ?? []).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return a.localeCompare(b);
}

type Seen = { path: string; since: string; until: string; releases: Set<number> };

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { ref: { type: 'string', default: 'HEAD' }, note: { type: 'string' }, out: { type: 'string', default: DEMO_DATA_FILE }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const dir = gitDir(path.resolve(positionals[0]!));
  const ref = values.ref;

  // The main line, oldest first: commit and date.
  const commits = git(dir, ['log', '--first-parent', '--reverse', '--format=%H %cd', '--date=short', ref])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.split(' ') as [string, string]);
  const head = commits.at(-1)![0];
  const releases = git(dir, ['tag', '--merged', ref])
    .toString()
    .split('\n')
    .filter((tag) => /^v?\d/.test(tag))
    .sort(byVersion);

  // Every (path, blob) the main line held, with the dates it held it; then each release's.
  const versions = new Map<string, { path: string; blob: string; since: string; until: string; releases: Set<number> }>();
  const visit = (treeish: string, date: string | undefined, release: number | undefined) => {
    for (const [file, blob] of demoTree(dir, treeish)) {
      const key = `${blob} ${file}`;
      const version = versions.get(key) ?? { path: file, blob, since: date ?? '', until: date ?? '', releases: new Set<number>() };
      if (date) {
        if (!version.since || date < version.since) version.since = date;
        if (date > version.until) version.until = date;
      }
      if (release !== undefined) version.releases.add(release);
      versions.set(key, version);
    }
  };
  commits.forEach(([commit, date], i) => {
    visit(commit, date, undefined);
    if (i % 100 === 0) process.stderr.write(`  ${i}/${commits.length} commits\r`);
  });
  const atHead = new Set([...demoTree(dir, head)].map(([file, blob]) => `${blob} ${file}`));
  releases.forEach((tag, i) => visit(`${tag}^{commit}`, undefined, i));

  const blobs = readBlobs(dir, [...new Set([...versions.values()].map((v) => v.blob))]);
  const files = new Map<string, Seen>();
  const bibEntries = new Map<string, Seen>();
  const missing = new Set<string>();
  const add = (into: Map<string, Seen>, fingerprint: string, where: string, version: { since: string; until: string; releases: Set<number> }) => {
    const seen = into.get(fingerprint) ?? { path: where, since: version.since, until: version.until, releases: new Set<number>() };
    // A version only a release held (a tag off the main line) has no dates of its own.
    if (version.since && (!seen.since || version.since < seen.since)) seen.since = version.since;
    if (version.until > seen.until) seen.until = version.until;
    for (const r of version.releases) seen.releases.add(r);
    into.set(fingerprint, seen);
  };
  const currentFiles = new Set<string>();
  const currentEntries = new Set<string>();
  for (const [key, version] of versions) {
    const bytes = blobs.get(version.blob);
    if (!bytes) {
      missing.add(version.path);
      continue;
    }
    const current = atHead.has(key);
    if (isBibliography(version.path)) {
      for (const entry of bibEntrySources(bytes.toString('utf8'))) {
        const fingerprint = bibEntryFingerprint(entry.key, entry.text);
        add(bibEntries, fingerprint, `${version.path}#${entry.key}`, version);
        if (current) currentEntries.add(fingerprint);
      }
      continue;
    }
    const fingerprint = fileFingerprint(version.path, bytes);
    if (!fingerprint) continue;
    add(files, fingerprint, version.path, version);
    if (current) currentFiles.add(fingerprint);
  }
  // Whatever the head holds is current, whichever version was seen last.
  for (const [fingerprint, seen] of files) if (currentFiles.has(fingerprint)) seen.until = '';
  for (const [fingerprint, seen] of bibEntries) if (currentEntries.has(fingerprint)) seen.until = '';

  const row = (seen: Seen) => {
    const held = [...seen.releases].sort((a, b) => a - b);
    return [seen.path, seen.since, seen.until, held.length ? releases[held[0]!]! : '', held.length ? releases[held.at(-1)!]! : ''];
  };
  const sorted = (map: Map<string, Seen>) => [...map].sort(([a, x], [b, y]) => x.path.localeCompare(y.path) || x.since.localeCompare(y.since) || a.localeCompare(b));
  const data: DemoData = {
    about:
      "Fingerprints of al-folio's demo content (lib/authoring/importer/demo.ts): sha256 of each file's normalised text (or bytes), cut to 128 bits, and of each BibTeX entry's key and text. Each row: al-folio's path, the first and last date its main line held it ('' while it still does), the first and last release that held it ('' when none). Derived data only; written by scripts/al-folio-fingerprints.ts.",
    source: {
      repository: 'alshedivat/al-folio',
      ref: head.slice(0, 12),
      commits: commits.length,
      from: commits[0]![1],
      to: commits.at(-1)![1],
      releases: releases.length ? `${releases[0]} to ${releases.at(-1)} (${releases.length} tags)` : 'no tags: dates only',
      ...(values.note ? { note: values.note } : {}),
    },
    releases,
    files: Object.fromEntries(sorted(files).map(([fingerprint, seen]) => [fingerprint, row(seen)])) as DemoData['files'],
    bibEntries: Object.fromEntries(sorted(bibEntries).map(([fingerprint, seen]) => [fingerprint, row(seen)])) as DemoData['bibEntries'],
  };
  fs.writeFileSync(values.out, serialize(data));

  const kinds = new Map<string, number>();
  for (const seen of files.values()) {
    const folder = seen.path.split('/').slice(0, seen.path.startsWith('assets/') ? 2 : 1).join('/');
    kinds.set(folder, (kinds.get(folder) ?? 0) + 1);
  }
  process.stderr.write(
    [
      `Read ${commits.length} main-line commits of ${ref} (${data.source.from} to ${data.source.to}) and ${releases.length} releases (${data.source.releases}).`,
      `Wrote ${files.size} file fingerprints and ${bibEntries.size} BibTeX entry fingerprints (${new Set([...bibEntries.values()].map((s) => s.path.split('#')[1])).size} keys) to ${path.relative(process.cwd(), values.out)}:`,
      ...[...kinds].sort().map(([kind, n]) => `  ${kind.padEnd(22)} ${n}`),
      missing.size ? `Left out ${missing.size} files the clone lacks: ${[...missing].sort().join(', ')}` : 'No blob was missing.',
    ].join('\n') + '\n',
  );
}

/** JSON with one fingerprint a line: small diffs when a release adds a few. */
function serialize(data: DemoData): string {
  const block = (rows: Record<string, unknown>) =>
    `{\n${Object.entries(rows)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  return `{\n  "about": ${JSON.stringify(data.about)},\n  "source": ${JSON.stringify(data.source)},\n  "releases": ${JSON.stringify(data.releases)},\n  "files": ${block(data.files)},\n  "bibEntries": ${block(data.bibEntries)}\n}\n`;
}

main();
