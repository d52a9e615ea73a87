import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { changesSince } from './changelog';
import { Git } from './git';
import { conflictsOf, mergeFolio, UPSTREAM_REF, type Conflict } from './merge';
import { findMergeBase, type MergeBase } from './merge-base';
import { changelogSection, conflictSection, exampleSection, headerSection, renameSection, settingsSection } from './report';
import { MIGRATION_TABLE, newMigrations, oldSettings, parseMigrationTable, renameOldSettings } from './settings';
import { resolveUpstream, UpgradeError } from './upstream';

export type StepResult = { status: number; output: string };

/** How the upgrade meets the world: the project, where it writes, and the steps a test answers for. */
export type UpgradeIO = {
  root: string;
  write: (text: string) => void;
  /** `npm ci`, after the merge; a test installs without the network. */
  install?: (root: string, write: (text: string) => void) => Promise<StepResult>;
  /** `npm run check`, with the new Folio. */
  check?: (root: string, write: (text: string) => void) => Promise<StepResult>;
  /** A yes/no question to the author; without it (not at a terminal) nothing is asked. */
  confirm?: (question: string) => Promise<boolean>;
};

export type UpgradeOptions = {
  /** A git URL or a path; else the remote `folio`, else package.json's `repository`. */
  source?: string;
  /** A branch or tag of the upstream; its default branch (HEAD) when unset. */
  ref?: string;
  /** The merge base, when the site shares no history with Folio and the one found is not right. */
  base?: string;
};

/** What an upgrade in progress remembers between `npm run upgrade` and `--continue` (in the git directory). */
type State = {
  described: string;
  ours: string;
  theirs: string;
  base: MergeBase;
  from?: string;
  to?: string;
  exampleChanges: string[];
  conflicts: string[];
};

const STATE_FILE = 'folio-upgrade.json';

/**
 * `npm run upgrade`: merges a newer Folio into the site (see merge.ts and
 * merge-base.ts), then, when nothing conflicts, commits the merge, installs
 * (npm ci) and runs the content check. Prints what changed in Folio, the
 * settings it renamed, and any conflict. Exit 0 when done and the check
 * passes, 1 when a conflict waits for the author or the check fails, 2 when
 * the upgrade cannot start (UpgradeError says why).
 */
export async function upgrade(io: UpgradeIO, options: UpgradeOptions = {}): Promise<number> {
  const git = new Git(io.root);
  refuseToStart(git, io.root);
  const upstream = resolveUpstream(git, io.root, options.source);
  io.write(`Fetching Folio from ${upstream.described} ...\n`);
  const fetched = git.run(['fetch', '--no-tags', '--quiet', upstream.source, `+${options.ref ?? 'HEAD'}:${UPSTREAM_REF}`], { allow: [1, 128] });
  if (fetched.status !== 0) throw new UpgradeError(`could not fetch Folio from ${upstream.described}: ${fetched.stderr.trim()}`);

  const ours = git.out(['rev-parse', 'HEAD']);
  const theirs = git.out(['rev-parse', `${UPSTREAM_REF}^{commit}`]);
  const from = versionAt(git, ours);
  const to = versionAt(git, theirs);
  const base: MergeBase = options.base ? { commit: verifiedCommit(git, options.base), shared: false, named: true } : findMergeBase(git, ours, theirs, from);
  if (base.commit === theirs || git.ok(['merge-base', '--is-ancestor', theirs, ours])) {
    io.write(`Your site has Folio ${to ?? ''} (${theirs.slice(0, 7)}) already: nothing to upgrade.\n`);
    return 0;
  }
  if (!base.shared && !options.base && from && to && semver.valid(from) && semver.valid(to) && semver.lt(to, from)) {
    throw new UpgradeError(`the Folio at ${upstream.described} is version ${to}, older than yours (${from}); name a newer one, or a branch with --ref`);
  }

  const message = `Upgrade to Folio ${to ?? theirs.slice(0, 7)} (npm run upgrade from ${upstream.described})`;
  const outcome = mergeFolio(git, io.root, { ours, theirs, base, message });
  const state: State = { described: upstream.described, ours, theirs, base, from, to, exampleChanges: outcome.exampleChanges, conflicts: outcome.conflicts.map((c) => c.file) };
  fs.writeFileSync(git.gitPath(STATE_FILE), JSON.stringify(state, null, 2));
  io.write('\n' + report(git, io.root, state));
  if (outcome.conflicts.length > 0) {
    io.write(conflictSection(outcome.conflicts));
    return 1;
  }
  return finish(git, io, state);
}

/** `npm run upgrade -- --continue`: after the author resolved the conflicts, commit the merge, then install and check. */
export async function continueUpgrade(io: UpgradeIO): Promise<number> {
  const git = new Git(io.root);
  const state = readState(git);
  if (!state) throw new UpgradeError('no Folio upgrade is in progress: `npm run upgrade` starts one');
  if (fs.existsSync(git.gitPath('MERGE_HEAD'))) {
    const unmerged = conflictsOf(git);
    const marked = state.conflicts.filter((file) => hasConflictMarkers(path.join(io.root, file)));
    if (unmerged.length > 0 || marked.length > 0) {
      const waiting: Conflict[] = [...unmerged, ...marked.filter((file) => !unmerged.some((c) => c.file === file)).map((file) => ({ file, kind: 'still holds conflict markers' }))];
      io.write(`Not yet: ${waiting.length} file${waiting.length === 1 ? '' : 's'} to resolve (edit, then \`git add <file>\`):\n${waiting.map((c) => `  ${c.file}  ${c.kind}\n`).join('')}`);
      return 1;
    }
  } else if (!git.out(['rev-list', '--parents', '-n', '1', 'HEAD']).split(' ').slice(1).includes(state.theirs)) {
    fs.rmSync(git.gitPath(STATE_FILE), { force: true });
    throw new UpgradeError('the merge is no longer in progress (it was aborted or reset): `npm run upgrade` starts again');
  }
  io.write(report(git, io.root, state));
  return finish(git, io, state);
}

/** `npm run upgrade -- --abort`: the merge undone, the site as it was. */
export function abortUpgrade(io: UpgradeIO): number {
  const git = new Git(io.root);
  const state = readState(git);
  if (!state && !fs.existsSync(git.gitPath('MERGE_HEAD'))) throw new UpgradeError('no Folio upgrade is in progress');
  if (fs.existsSync(git.gitPath('MERGE_HEAD'))) git.run(['merge', '--abort']);
  fs.rmSync(git.gitPath(STATE_FILE), { force: true });
  io.write(`The upgrade is undone: your site is as it was (${git.out(['rev-parse', '--short', 'HEAD'])}).\n`);
  return 0;
}

/** `npm run upgrade -- --rename-settings`: renames old settings in content/, by this Folio's table, reporting each. */
export function renameSettings(io: UpgradeIO): number {
  const table = parseMigrationTable(readIfExists(path.join(io.root, MIGRATION_TABLE)));
  if (!table) throw new UpgradeError(`${MIGRATION_TABLE} is missing or not a migration table`);
  io.write(renameSection(renameOldSettings(io.root, table)));
  const left = oldSettings(io.root, table);
  if (left.length > 0) io.write(`Left as they are (rename or delete them by hand):\n${left.map((i) => `  ${i.file}:${i.line}:${i.column}  ${i.message}  (${i.fix})\n`).join('')}`);
  return 0;
}

/** The merge committed, then npm ci, the check, and the offer to rename old settings. */
async function finish(git: Git, io: UpgradeIO, state: State): Promise<number> {
  if (fs.existsSync(git.gitPath('MERGE_HEAD'))) git.run(['commit', '--no-edit', '--quiet']);
  fs.rmSync(git.gitPath(STATE_FILE), { force: true });
  const undo = `To undo the upgrade: git reset --hard ${state.ours.slice(0, 7)} && npm ci`;
  io.write(`Merged: ${git.out(['log', '-1', '--format=%h %s'])}\n\nInstalling Folio's dependencies: npm ci\n`);
  const installed = await (io.install ?? npmCi)(io.root, io.write);
  if (installed.status !== 0) {
    io.write(`\nnpm ci failed (exit ${installed.status}): run \`npm ci\` again, then \`npm run check\`. ${undo}\n`);
    return 1;
  }
  io.write('\nChecking your content with the new Folio: npm run check\n');
  const checked = await (io.check ?? npmCheck)(io.root, io.write);

  const table = parseMigrationTable(readIfExists(path.join(io.root, MIGRATION_TABLE)));
  const renamable = table ? renameOldSettings(io.root, table, { write: false }) : [];
  if (renamable.length > 0) {
    const yes = io.confirm ? await io.confirm(`\nRename the ${renamable.length} old setting${renamable.length === 1 ? '' : 's'} in your files now?`) : false;
    io.write(yes ? '\n' + renameSection(renameOldSettings(io.root, table!)) : `\n${renamable.length} old setting${renamable.length === 1 ? '' : 's'} in your files still work${renamable.length === 1 ? 's' : ''}; \`npm run upgrade -- --rename-settings\` renames them, listing each change.\n`);
  }
  io.write(
    checked.status === 0
      ? `\nFolio ${state.to ?? ''} is in, and your content passes the check. ${undo}\n`
      : `\nFolio ${state.to ?? ''} is in, but the check found errors (above): fix them before \`npm run build\`. ${undo}\n`,
  );
  return checked.status === 0 ? 0 : 1;
}

/** The report's sections on what the upgrade brings: changes, example, settings. */
function report(git: Git, root: string, state: State): string {
  const theirsLog = git.show(state.theirs, 'CHANGELOG.md');
  const sections = theirsLog === undefined ? undefined : changesSince(theirsLog, git.show(state.ours, 'CHANGELOG.md'), state.from, state.to);
  const commits = Number(git.out(['rev-list', '--count', state.theirs, `^${state.base.commit}`]));
  const newer = parseMigrationTable(git.show(state.theirs, MIGRATION_TABLE));
  const older = parseMigrationTable(git.show(state.ours, MIGRATION_TABLE)) ?? [];
  return (
    headerSection(state) +
    changelogSection(sections, commits) +
    exampleSection(state.exampleChanges) +
    settingsSection(newer && newMigrations(newer, older), newer ? oldSettings(root, newer) : [])
  );
}

/** Reasons not to start: not a git repository of its own, no commit, a merge or rebase under way, uncommitted changes. */
function refuseToStart(git: Git, root: string) {
  const top = git.run(['rev-parse', '--show-toplevel'], { allow: [128] });
  if (top.status !== 0) {
    throw new UpgradeError(
      'this project is not a git repository, so there is nothing to merge into. Make it one, with your site as it is: ' +
        '`git init && git add -A && git commit -m "My site"`, then run the upgrade again (it finds the Folio your site was made from)',
    );
  }
  if (fs.realpathSync(top.stdout.trim()) !== fs.realpathSync(root)) {
    throw new UpgradeError(`the project is not at the top of its git repository (${top.stdout.trim()}): the upgrade merges Folio's repository into the project's`);
  }
  if (!git.ok(['rev-parse', '--verify', '--quiet', 'HEAD'])) throw new UpgradeError('the repository has no commit yet: commit your site first (`git add -A && git commit -m "My site"`)');
  if (fs.existsSync(git.gitPath('MERGE_HEAD'))) {
    throw new UpgradeError(
      readState(git)
        ? 'an upgrade is in progress: resolve its conflicts, then `npm run upgrade -- --continue`, or undo it with `npm run upgrade -- --abort`'
        : 'git is in the middle of a merge: finish it (`git commit`) or undo it (`git merge --abort`) first',
    );
  }
  if (['rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'].some((name) => fs.existsSync(git.gitPath(name)))) {
    throw new UpgradeError('git is in the middle of a rebase, cherry-pick or revert: finish or abort it first');
  }
  // With -z a rename's old path is a field of its own: only status lines are counted.
  const changes = git.list(['status', '--porcelain=v1', '-z']).filter((entry) => /^[ MADRCUT?!]{2} /.test(entry));
  if (changes.length > 0) {
    const listed = changes.slice(0, 10).map((entry) => `  ${entry}\n`).join('') + (changes.length > 10 ? `  ... and ${changes.length - 10} more\n` : '');
    throw new UpgradeError(
      `your project has changes that are not committed:\n${listed}Commit them (\`git add -A && git commit\`) or set them aside (\`git stash -u\`), then run the upgrade again: ` +
        'it merges into a clean tree, so nothing uncommitted is mixed with Folio\'s changes',
    );
  }
}

function readState(git: Git): State | undefined {
  const text = readIfExists(git.gitPath(STATE_FILE));
  return text === undefined ? undefined : (JSON.parse(text) as State);
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function versionAt(git: Git, commit: string): string | undefined {
  try {
    const version = (JSON.parse(git.show(commit, 'package.json') ?? '{}') as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

function verifiedCommit(git: Git, name: string): string {
  const found = git.run(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { allow: [1] });
  if (found.status !== 0) throw new UpgradeError(`--base ${name} is not a commit of this repository (fetched Folio's commits are in ${UPSTREAM_REF})`);
  return found.stdout.trim();
}

function hasConflictMarkers(file: string): boolean {
  return fs.existsSync(file) && /^(<{7}|>{7})( |$)/m.test(fs.readFileSync(file, 'utf8'));
}

/** Runs a command in the project, its output passed on as it comes, and kept. */
export function runCommand(command: string, args: string[], root: string, write: (text: string) => void): Promise<StepResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      write(chunk.toString('utf8'));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => resolve({ status: 127, output: output + String(error) }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

const npmCi = (root: string, write: (text: string) => void) => runCommand('npm', ['ci', '--no-audit', '--no-fund'], root, write);
const npmCheck = (root: string, write: (text: string) => void) => runCommand('npm', ['run', 'check'], root, write);
