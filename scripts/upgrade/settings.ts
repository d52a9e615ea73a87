import fs from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isScalar, LineCounter, type Document, type Node } from 'yaml';
import { IssueLog, type ContentIssue } from '../../lib/issues';
import { listFiles } from '../../lib/content/load';
import { migrateSettings, migrationTableSchema, SETTINGS_FILES, type SettingMigration, type SettingsFile } from '../../lib/content/migrations';
import { readSourceFile } from '../../lib/content/source-file';
import { parseYaml } from '../../lib/content/yaml';

/** Where a Folio keeps its migration table (lib/content/migrations.ts); the upgrade reads a newer Folio's there. */
export const MIGRATION_TABLE = 'lib/content/migrations.json';

/** A migration table's text (from disk or from a commit) as entries; undefined when there is none or it is not one this upgrade reads. */
export function parseMigrationTable(text: string | undefined): SettingMigration[] | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = migrationTableSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The entries of `newer` that `older` does not have: what a newer Folio renamed or deprecated. */
export function newMigrations(newer: readonly SettingMigration[], older: readonly SettingMigration[]): SettingMigration[] {
  const known = new Set(older.map((m) => `${m.in}:${m.key}`));
  return newer.filter((m) => !known.has(`${m.in}:${m.key}`));
}

/** Every file the table can apply to: content/site.yml and the front matter of each folder's files. */
function settingsFiles(root: string): { kind: SettingsFile; file: string }[] {
  const content = path.join(root, 'content');
  return SETTINGS_FILES.flatMap((kind): { kind: SettingsFile; file: string }[] => {
    if (kind !== 'site.yml') return listFiles(path.join(content, kind)).map((file) => ({ kind, file }));
    return fs.existsSync(path.join(content, kind)) ? [{ kind, file: path.join(content, kind) }] : [];
  });
}

/** What the content check says about old settings in the site's files, with `table`: one warning per old name, file:line. */
export function oldSettings(root: string, table: readonly SettingMigration[]): ContentIssue[] {
  const log = new IssueLog(root);
  // Problems of the files themselves are the check's to report.
  const elsewhere = new IssueLog(root);
  for (const { kind, file } of settingsFiles(root)) {
    const source = kind === 'site.yml' ? yamlFile(file, elsewhere) : readSourceFile(file, elsewhere);
    if (source) migrateSettings(kind, source, log, table);
  }
  return log.issues;
}

function yamlFile(file: string, log: IssueLog) {
  const yaml = parseYaml(fs.readFileSync(file, 'utf8'), file, log);
  return yaml && { ...yaml, path: file };
}

/** A setting renamed in a file: `content/site.yml:6  socials.twitter_username → socials.x_username`. */
export type Rename = { file: string; line: number; from: string; to: string };

/**
 * Renames every old setting of the table in the site's files, as a text
 * edit where it is written: a key renamed in place keeps its line, value,
 * comments and quoting; a one-line value that moves under another key takes
 * its line there (under the key's last setting, or in its place with the
 * keys it needs), and nothing else in the file changes. An old name whose new
 * one is set too, a deprecated one, or a value this cannot move exactly (a
 * block of lines, a flow map) is left as it is: the check keeps warning about
 * it, with its line. Returns each change made (with `write: false`, each
 * change it would make, writing nothing).
 */
export function renameOldSettings(root: string, table: readonly SettingMigration[], { write = true }: { write?: boolean } = {}): Rename[] {
  const renames: Rename[] = [];
  for (const { kind, file } of settingsFiles(root)) {
    const entries = table.filter((m) => m.in === kind && m.renamed !== undefined);
    if (entries.length === 0) continue;
    let text = fs.readFileSync(file, 'utf8');
    const original = text;
    for (const entry of entries) {
      const region = yamlRegion(text, kind !== 'site.yml');
      if (!region) break;
      const yaml = text.slice(region.start, region.end);
      const lines = new LineCounter();
      const doc = YAML.parseDocument(yaml, { lineCounter: lines, uniqueKeys: true });
      if (doc.errors.length > 0) break;
      const from = entry.key.split('.');
      const to = entry.renamed!.split('.');
      const pair = pairAt(doc, from);
      if (!pair || doc.hasIn(to)) continue;
      const written = from.slice(0, -1).join('.') === to.slice(0, -1).join('.') ? renamedKey(yaml, pair, to.at(-1)!) : movedLine(yaml, doc, lines, pair, to);
      if (written === undefined) continue;
      const line = lines.linePos(pair.key.range![0]).line + text.slice(0, region.start).split('\n').length - 1;
      renames.push({ file: path.relative(root, file).split(path.sep).join('/'), line, from: entry.key, to: entry.renamed! });
      text = text.slice(0, region.start) + written + text.slice(region.end);
    }
    if (write && text !== original) fs.writeFileSync(file, text);
  }
  return renames;
}

type Pair = { key: Node; value: Node | null };

function renamedKey(yaml: string, pair: Pair, name: string): string {
  const [start, end] = pair.key.range!;
  return yaml.slice(0, start) + name + yaml.slice(end);
}

/**
 * The YAML with a `key: value` line moved under the path `to`; undefined when
 * it cannot be done as a line edit (the value spans lines, or the place is
 * not a block map).
 */
function movedLine(yaml: string, doc: Document, lines: LineCounter, pair: Pair, to: string[]): string | undefined {
  const value = pair.value;
  const keyStart = pair.key.range![0];
  if (!isScalar(value) || !value.range || lines.linePos(keyStart).line !== lines.linePos(value.range[1]).line) return undefined;
  const lineStart = yaml.lastIndexOf('\n', keyStart - 1) + 1;
  if (yaml.slice(lineStart, keyStart).trim() !== '') return undefined;
  const next = yaml.indexOf('\n', value.range[1]);
  const lineEnd = next < 0 ? yaml.length : next + 1;
  // The value as written, with its comment.
  const written = yaml.slice(value.range[0], next < 0 ? yaml.length : next).replace(/\r$/, '');

  // The deepest key of `to` that is there already: the new line goes under it.
  let depth = to.length - 1;
  while (depth > 0 && !doc.hasIn(to.slice(0, depth))) depth--;
  const parent = depth === 0 ? doc.contents : doc.getIn(to.slice(0, depth), true);
  if (!isMap(parent) || parent.flow || parent.items.length === 0) return undefined;
  const indent = lines.linePos((parent.items[0]!.key as Node).range![0]).col - 1;
  const added = [...to.slice(depth, -1), to.at(-1)!].map((key, i, all) => `${' '.repeat(indent + 2 * i)}${key}:${i === all.length - 1 ? ` ${written}` : ''}`).join('\n') + '\n';

  if (depth === 0 && lines.linePos(keyStart).col - 1 === indent) {
    // A key of the top level that goes under a new one: in its place.
    return yaml.slice(0, lineStart) + added + yaml.slice(lineEnd);
  }
  // After the last line of the map it goes into.
  const last = parent.items.at(-1)!;
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  const lineOfLast = lines.linePos(Math.max(lastEnd - 1, 0)).line;
  const at = lines.lineStarts[lineOfLast] ?? yaml.length;
  const before = at === yaml.length && !yaml.endsWith('\n') ? '\n' : '';
  const edits = [
    { start: lineStart, end: lineEnd, text: '' },
    { start: at, end: at, text: before + added },
  ].sort((a, b) => b.start - a.start);
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), yaml);
}

/** The YAML of a settings file: all of site.yml, or the front matter between the `---` lines. */
function yamlRegion(text: string, frontMatter: boolean): { start: number; end: number } | null {
  if (!frontMatter) return { start: 0, end: text.length };
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(open[0].length));
  return close ? { start: open[0].length, end: open[0].length + close.index } : null;
}

/** The pair of a dotted path's last key, when every key on the way is in a map. */
function pairAt(doc: Document, keys: string[]): Pair | undefined {
  let node: unknown = doc.contents;
  let found: Pair | undefined;
  for (const name of keys) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === name);
    if (!pair || !(pair.key as Node).range) return undefined;
    found = { key: pair.key as Node, value: pair.value as Node | null };
    node = pair.value;
  }
  return found;
}
