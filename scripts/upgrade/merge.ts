import fs from 'node:fs';
import path from 'node:path';
import type { Git } from './git';
import type { MergeBase } from './merge-base';
import { UpgradeError } from './upstream';

/** The folders that are the author's: a merge never changes them, whatever Folio did to its example there. */
export const AUTHOR_FOLDERS = ['content', 'public'] as const;

/** The ref a fetched Folio is kept in; conflict markers name it (`>>>>>>> refs/folio/upstream`). */
export const UPSTREAM_REF = 'refs/folio/upstream';

export type Conflict = { file: string; kind: string };

export type MergeOutcome = {
  /** Files both sides changed that git could not merge: left with conflict markers, the merge in progress. */
  conflicts: Conflict[];
  /** What Folio changed in its example under content/ and public/ (`M content/pages/about.mdx`), not taken. */
  exampleChanges: string[];
};

const isAuthorFile = (file: string) => AUTHOR_FOLDERS.some((folder) => file.startsWith(`${folder}/`));

/**
 * Merges Folio's commit `theirs` into the site (HEAD, `ours`) from `base`,
 * three ways, without committing: git's own merge when they share history,
 * else git's merge backend given the base (`git merge-recursive`), with the
 * state a `git merge` leaves (MERGE_HEAD, MERGE_MSG), so `git commit`,
 * `git merge --continue` and `git merge --abort` work either way.
 * Then content/ and public/ are set back to the site's, in the index and on
 * disk: Folio's example files are not added, changed or deleted there.
 */
export function mergeFolio(git: Git, root: string, { ours, theirs, base, message }: { ours: string; theirs: string; base: MergeBase; message: string }): MergeOutcome {
  const aside = setAsideIgnoredFiles(git, root, ours, base.commit, theirs);
  try {
    git.run(['update-ref', 'ORIG_HEAD', ours]);
    if (base.shared) {
      const merged = git.run(['merge', '--no-ff', '--no-commit', '--quiet', '-m', message, UPSTREAM_REF], { allow: [1, 2, 128] });
      if (!fs.existsSync(git.gitPath('MERGE_HEAD'))) throw new UpgradeError(`git could not start the merge: ${(merged.stderr || merged.stdout).trim()}`);
    } else {
      const merged = git.run(['merge-recursive', base.commit, '--', 'HEAD', UPSTREAM_REF], { allow: [1, 2, 128] });
      if (merged.status !== 0 && git.list(['ls-files', '-u', '-z']).length === 0) throw new UpgradeError(`git could not merge: ${(merged.stderr || merged.stdout).trim()}`);
      fs.writeFileSync(git.gitPath('MERGE_HEAD'), `${theirs}\n`);
      fs.writeFileSync(git.gitPath('MERGE_MSG'), `${message}\n`);
      fs.writeFileSync(git.gitPath('MERGE_MODE'), 'no-ff');
    }
    keepAuthorFolders(git, root, ours);
  } finally {
    aside.restore();
  }

  const conflicts = conflictsOf(git);
  const exampleChanges = git.out(['diff', '--name-status', '--no-renames', base.commit, theirs, '--', ...AUTHOR_FOLDERS]).split('\n').filter(Boolean).map((line) => line.replace('\t', ' '));
  return { conflicts, exampleChanges };
}

/**
 * Files git ignores (never tracked: a build's output, a private file) where
 * Folio now has a file: git would overwrite them. In content/ and public/
 * they are set aside and put back after the merge; elsewhere the upgrade
 * stops and names them.
 */
function setAsideIgnoredFiles(git: Git, root: string, ours: string, base: string, theirs: string) {
  const tracked = new Set(git.list(['ls-tree', '-r', '-z', '--name-only', ours]));
  const inTheWay = git.list(['diff', '--name-only', '-z', '--no-renames', base, theirs]).filter((file) => !tracked.has(file) && fs.existsSync(path.join(root, file)));
  const outside = inTheWay.filter((file) => !isAuthorFile(file));
  if (outside.length > 0) {
    throw new UpgradeError(`Folio now has files where this project has files git ignores, which the merge would overwrite: ${outside.join(', ')}. Move them away (or delete them), then run the upgrade again`);
  }
  const dir = git.gitPath('folio-upgrade-aside');
  for (const file of inTheWay) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.renameSync(path.join(root, file), path.join(dir, file));
  }
  return {
    restore() {
      for (const file of inTheWay) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.renameSync(path.join(dir, file), path.join(root, file));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** content/ and public/ as the site has them at `ours`, in the index and on disk; conflicts there are resolved so. */
function keepAuthorFolders(git: Git, root: string, ours: string) {
  const own = git.list(['ls-tree', '-r', '-z', '--name-only', ours, '--', ...AUTHOR_FOLDERS]);
  const kept = new Set(own);
  const added = [...new Set(git.list(['ls-files', '-z', '--', ...AUTHOR_FOLDERS]))].filter((file) => !kept.has(file));
  if (added.length > 0) {
    git.run(['rm', '--quiet', '--force', '--cached', '--pathspec-from-file=-', '--pathspec-file-nul'], { input: added.join('\0') });
    for (const file of added) removeWithEmptyFolders(root, file);
  }
  const folders = AUTHOR_FOLDERS.filter((folder) => own.some((file) => file.startsWith(`${folder}/`)));
  if (folders.length > 0) git.run(['checkout', ours, '--', ...folders]);
  const index = git.run(['diff', '--cached', '--quiet', ours, '--', ...AUTHOR_FOLDERS], { allow: [1] });
  const disk = git.run(['diff', '--quiet', '--', ...AUTHOR_FOLDERS], { allow: [1] });
  if (index.status !== 0 || disk.status !== 0) throw new Error('the upgrade could not keep content/ and public/ as they were; `git merge --abort` puts everything back');
}

function removeWithEmptyFolders(root: string, file: string) {
  fs.rmSync(path.join(root, file), { force: true });
  for (let dir = path.dirname(file); dir.includes('/'); dir = path.dirname(dir)) {
    const absolute = path.join(root, dir);
    if (!fs.existsSync(absolute) || fs.readdirSync(absolute).length > 0) break;
    fs.rmdirSync(absolute);
  }
}

const KINDS: Record<string, string> = {
  '123': 'you and Folio both changed it',
  '23': 'you and Folio both added it',
  '12': 'Folio deleted it; you changed it',
  '13': 'you deleted it; Folio changed it',
};

/** The unmerged files, with what each side did to them (git's stages: 1 the base, 2 the site, 3 Folio). */
export function conflictsOf(git: Git): Conflict[] {
  const stages = new Map<string, string>();
  for (const entry of git.list(['ls-files', '-u', '-z'])) {
    const [info, file] = entry.split('\t') as [string, string];
    stages.set(file, (stages.get(file) ?? '') + info.split(' ')[2]);
  }
  return [...stages].map(([file, found]) => ({ file, kind: KINDS[[...found].sort().join('')] ?? 'git could not merge it' }));
}
