import { z } from 'zod';
import table from './migrations.json';
import type { IssueLog } from '../issues';
import type { KeyPlaces } from './yaml';

/**
 * Settings that changed name or went out of use: one table
 * (migrations.json), applied by the content check and the build while they
 * read site.yml and front matter, and by `npm run upgrade -- --rename-settings`
 * when it renames them in the author's files.
 *
 * An old name keeps working: its value is read under the new name, and the
 * check warns on the old key's line (file:line, the new name). Nothing is
 * rewritten by the check; the upgrade offers to rewrite, and reports each change.
 *
 * An entry is `{ in, key, renamed | deprecated, why? }`:
 * - `in`: `site.yml`, or the front matter of `pages`, `blog`, `news`, `projects` (folders of content/);
 * - `key`: the old name, a dotted path (`socials.twitter_username`);
 * - `renamed`: the new name, a dotted path (it may move the value under another key);
 * - `deprecated`: for a setting with no new name, what to do instead (the value stays where it is);
 * - `why`: a few words shown with the warning.
 *
 * Whoever renames a setting adds an entry here and a line to CHANGELOG.md. The
 * upgrade of an older Folio reads this file from the new one at this path
 * (scripts/upgrade/), so it stays at lib/content/migrations.json, in this shape.
 */

export const SETTINGS_FILES = ['site.yml', 'pages', 'blog', 'news', 'projects', 'teaching'] as const;
export type SettingsFile = (typeof SETTINGS_FILES)[number];

const keyPath = z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'a key, or a dotted path of keys (socials.x_username)');

export const migrationSchema = z
  .strictObject({
    in: z.enum(SETTINGS_FILES),
    key: keyPath,
    renamed: keyPath.optional(),
    deprecated: z.string().min(1).optional(),
    why: z.string().min(1).optional(),
  })
  .refine((m) => (m.renamed === undefined) !== (m.deprecated === undefined), 'an entry either renames a setting (`renamed`) or deprecates it (`deprecated`)');

export const migrationTableSchema = z.array(migrationSchema);

export type SettingMigration = z.output<typeof migrationSchema>;

/** The table this Folio ships. */
export const MIGRATIONS: readonly SettingMigration[] = migrationTableSchema.parse(table);

/** Where an entry applies, in the author's words. */
export function settingsFileName(file: SettingsFile): string {
  return file === 'site.yml' ? 'content/site.yml' : `the front matter of content/${file}/`;
}

/** A file's settings as read: its data, and where each key is written. */
export type Settings = KeyPlaces & { path: string; data: Record<string, unknown> };

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function has(data: Tree, keys: string[]): boolean {
  let node: unknown = data;
  for (const key of keys) {
    if (!isTree(node) || !Object.hasOwn(node, key)) return false;
    node = node[key];
  }
  return true;
}

/**
 * The settings of one file as this Folio reads them: each old name in the
 * table is read under its new one, with a warning on the old key's line.
 * The file's data is not changed (a copy is returned), and the places of
 * moved keys stay those of the old keys, so a later error about a value
 * points at the line the author wrote.
 */
export function migrateSettings<T extends Settings>(file: SettingsFile, source: T, log: IssueLog, migrations: readonly SettingMigration[] = MIGRATIONS): T {
  const entries = migrations.filter((m) => m.in === file && has(source.data, m.key.split('.')));
  if (entries.length === 0) return source;
  const data = structuredClone(source.data);
  /** New path → old path, for the places of moved keys. */
  const moved: [to: string[], from: string[]][] = [];
  for (const entry of entries) {
    const from = entry.key.split('.');
    const line = source.lineOf(from);
    const column = source.columnOf(from);
    const why = entry.why ? ` (${entry.why})` : '';
    if (entry.deprecated !== undefined) {
      log.warn(source.path, line, `\`${entry.key}\` is deprecated${why}`, entry.deprecated, column);
      continue;
    }
    const to = entry.renamed!.split('.');
    if (has(data, to)) {
      log.warn(source.path, line, `\`${entry.key}\` is the old name of \`${entry.renamed}\`, which is set too: \`${entry.key}\` is ignored${why}`, `delete \`${from.at(-1)}\``, column);
      continue;
    }
    const parent = placeFor(data, to);
    if (!parent) {
      log.warn(source.path, line, `\`${entry.key}\` is now \`${entry.renamed}\`, but \`${to.slice(0, -1).join('.')}\` holds a value, not keys: \`${entry.key}\` is ignored${why}`, `move the value to \`${entry.renamed}\` by hand`, column);
      continue;
    }
    const oldParent = from.slice(0, -1).reduce((node, key) => node[key] as Tree, data);
    parent[to.at(-1)!] = oldParent[from.at(-1)!];
    delete oldParent[from.at(-1)!];
    moved.push([to, from]);
    const sameParent = from.slice(0, -1).join('.') === to.slice(0, -1).join('.');
    const fix = sameParent ? `rename \`${from.at(-1)}\` to \`${to.at(-1)}\`` : `move the value to \`${entry.renamed}\``;
    log.warn(source.path, line, `\`${entry.key}\` is now called \`${entry.renamed}\`${why}: read as \`${entry.renamed}\``, `${fix}, or run \`npm run upgrade -- --rename-settings\` to rename every old setting in content/`, column);
  }
  if (moved.length === 0) return source;
  const placeOf = (keyPath: ReadonlyArray<string | number>) => {
    for (const [to, from] of moved) {
      if (to.every((key, i) => keyPath[i] === key)) return [...from, ...keyPath.slice(to.length)];
    }
    return keyPath;
  };
  return { ...source, data, lineOf: (keys) => source.lineOf(placeOf(keys)), columnOf: (keys) => source.columnOf(placeOf(keys)) };
}

/** The object a new path's last key goes into, made as needed; null when a value is in the way. */
function placeFor(data: Tree, to: string[]): Tree | null {
  let node = data;
  for (const key of to.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) node[key] = {};
    const next = node[key];
    if (!isTree(next)) return null;
    node = next;
  }
  return node;
}
