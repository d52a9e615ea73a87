import type { ContentIssue } from '../../lib/issues';
import { settingsFileName, type SettingMigration } from '../../lib/content/migrations';
import type { ChangelogSection } from './changelog';
import type { Conflict } from './merge';
import type { MergeBase } from './merge-base';
import type { Rename } from './settings';

/** What the upgrade tells the author, section by section; each ends with a blank line. */

const short = (commit: string) => commit.slice(0, 7);
const indent = (text: string, by = '  ') => text.replace(/^(?=.)/gm, by);

/** At most `limit` lines of a list, then how many more. */
function lines(items: string[], limit = 12): string {
  const shown = items.slice(0, limit).map((item) => `  ${item}\n`);
  return shown.join('') + (items.length > limit ? `  ... and ${items.length - limit} more\n` : '');
}

export function headerSection({ from, to, described, theirs, base }: { from?: string; to?: string; described: string; theirs: string; base: MergeBase }): string {
  const versions = from === to ? `Folio ${to ?? '(no version)'}, newer commits` : `Folio ${from ?? '(no version)'} → ${to ?? '(no version)'}`;
  let how: string;
  if (base.named) how = `Merge base: ${short(base.commit)}, as --base names it.`;
  else if (base.shared) how = `Merge base: ${short(base.commit)}, the last Folio commit your site has.`;
  else {
    const which = base.versionFound ? `the commit of Folio ${from} your code matches` : `the Folio commit your code matches best (Folio's history has no version ${from ?? 'like yours'})`;
    const differing = base.differing ?? [];
    const edits = differing.length === 0 ? 'exactly' : `but for ${differing.length} file${differing.length === 1 ? '' : 's'} you changed: ${differing.slice(0, 6).join(', ')}${differing.length > 6 ? ', ...' : ''}`;
    how = `Your site does not share git history with Folio: merged from ${short(base.commit)}, ${which} (${edits}).\n  Another base: npm run upgrade -- --base <commit>. After this upgrade, the history is shared.`;
  }
  return `${versions}, from ${described} (${short(theirs)})\n  ${how}\n\n`;
}

export function changelogSection(sections: ChangelogSection[] | undefined, commits: number): string {
  if (sections === undefined) return `What changed in Folio: it has no CHANGELOG.md; ${commits} commit${commits === 1 ? '' : 's'} (git log HEAD..refs/folio/upstream).\n\n`;
  if (sections.length === 0) return `What changed in Folio: CHANGELOG.md names nothing since your version; ${commits} commit${commits === 1 ? '' : 's'} (git log HEAD..refs/folio/upstream).\n\n`;
  return `What changed in Folio (CHANGELOG.md):\n\n${sections.map((s) => indent(s.text)).join('\n\n')}\n\n`;
}

export function exampleSection(changes: string[]): string {
  if (changes.length === 0) return 'Your content/ and public/ are as they were.\n\n';
  return `Your content/ and public/ are as they were. Folio changed its example there too, which is not taken (${changes.length} file${changes.length === 1 ? '' : 's'}):\n${lines(changes, 8)}\n`;
}

/** The settings a newer Folio renamed or deprecated, and where the site's files have them. */
export function settingsSection(added: SettingMigration[] | undefined, found: ContentIssue[]): string {
  if (added === undefined) return 'Settings: the new Folio\'s table of renamed settings could not be read; `npm run check` names any old setting.\n\n';
  if (added.length === 0 && found.length === 0) return 'Settings: none renamed or deprecated.\n\n';
  const table = added.map((m) => `${settingsFileName(m.in)}: \`${m.key}\` ${m.renamed ? `is now \`${m.renamed}\`` : `is deprecated: ${m.deprecated}`}${m.why ? ` (${m.why})` : ''}`);
  const where =
    found.length === 0
      ? 'None of them is in your files.\n'
      : `In your files (the check reads each under its new name, and warns, until you rename it):\n${lines(found.map((i) => `${i.file}:${i.line}:${i.column}  ${i.message}`), 20)}`;
  return `${added.length > 0 ? `Settings Folio renamed or deprecated:\n${lines(table, 20)}` : ''}${where}\n`;
}

export function conflictSection(conflicts: Conflict[]): string {
  const width = Math.max(...conflicts.map((c) => c.file.length));
  const list = conflicts.map((c) => `${c.file.padEnd(width)}  ${c.kind}`);
  const lock = conflicts.some((c) => c.file === 'package-lock.json')
    ? '  package-lock.json: take Folio\'s (`git checkout --theirs package-lock.json`), then `npm install` adds your own dependencies back, and `git add package-lock.json`.\n'
    : '';
  return (
    `Conflicts: ${conflicts.length} file${conflicts.length === 1 ? '' : 's'} you changed that Folio changed too, which git could not merge:\n${lines(list, 40)}` +
    `The merge is in progress: each of those files holds both versions between conflict markers (<<<<<<< HEAD yours, >>>>>>> refs/folio/upstream Folio's).\n` +
    `  To finish: edit each file to keep what you need of both, \`git add <file>\`, then \`npm run upgrade -- --continue\` (it commits the merge, runs npm ci and npm run check).\n` +
    lock +
    `  To give up: \`npm run upgrade -- --abort\` (or \`git merge --abort\`): everything goes back as it was.\n`
  );
}

export function renameSection(renames: Rename[]): string {
  if (renames.length === 0) return 'No setting was renamed in your files.\n';
  return `Renamed in your files (review with \`git diff\`, then commit):\n${lines(renames.map((r) => `${r.file}:${r.line}  ${r.from} → ${r.to}`), 100)}`;
}
