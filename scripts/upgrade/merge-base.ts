import type { Git } from './git';
import { AUTHOR_FOLDERS } from './merge';

/**
 * The merge base of the author's site and a newer Folio: the Folio commit
 * both descend from, so that a three-way merge sees what each side changed.
 *
 * - **Shared history** (the site is a clone of Folio, or was upgraded before):
 *   git's merge base.
 * - **No shared history** (started from a download, a copy, or GitHub's "Use
 *   this template", which starts a new history): the Folio commit the site
 *   was made from, found by its code. Among Folio's commits of the version
 *   the site runs (package.json's `version`; all of Folio's commits when
 *   none has it), the one whose files outside content/ and public/ differ
 *   least from the site's, at its first commit or now (a site made from a
 *   copy often starts with the copy as it came; edits come later). Ties go
 *   to the newest commit. Whatever the author changed in Folio's code then
 *   shows as their change, and the rest of Folio's history as Folio's.
 *   content/ and public/ do not count: they are the author's, and never
 *   merged. `--base <commit>` names it instead.
 */
export type MergeBase = {
  commit: string;
  /** Whether the site and Folio share history (git found the base). */
  shared: boolean;
  /** The author named it (`--base`). */
  named?: boolean;
  /** No shared history: Folio's files, outside content/ and public/, that differ in the site now (the author's edits to Folio's code). */
  differing?: string[];
  /** No shared history: whether the version the site runs was found in Folio's history. */
  versionFound?: boolean;
};

export function findMergeBase(git: Git, ours: string, theirs: string, version: string | undefined): MergeBase {
  const shared = git.run(['merge-base', ours, theirs], { allow: [1] });
  if (shared.status === 0) return { commit: shared.stdout.trim(), shared: true };
  return matchByCode(git, ours, theirs, version);
}

type Commit = { commit: string; tree: string };

function matchByCode(git: Git, ours: string, theirs: string, version: string | undefined): MergeBase {
  const commits: Commit[] = git
    .out(['log', '--format=%H %T', theirs])
    .split('\n')
    .map((line) => {
      const [commit, tree] = line.split(' ') as [string, string];
      return { commit, tree };
    });
  const atVersion = version ? versions(git, commits) : [];
  const sameVersion = version ? commits.filter((_, i) => atVersion[i] === version) : [];
  const candidates = sameVersion.length > 0 ? sameVersion : commits;
  // The site now, and at its first commit(s).
  const siteTrees = [git.out(['rev-parse', `${ours}^{tree}`]), ...git.out(['rev-list', '--max-parents=0', ours]).split('\n').map((root) => git.out(['rev-parse', `${root}^{tree}`]))];
  const differing = codeDifferences(git, [...new Set(candidates.map((c) => c.tree))], [...new Set(siteTrees)]);
  let best: { commit: Commit; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = Math.min(...siteTrees.map((site) => differing.get(`${candidate.tree} ${site}`)!.length));
    if (!best || distance < best.distance) best = { commit: candidate, distance };
  }
  return {
    commit: best!.commit.commit,
    shared: false,
    differing: differing.get(`${best!.commit.tree} ${siteTrees[0]}`),
    versionFound: sameVersion.length > 0,
  };
}

/** package.json's `version` at each commit, read in one `git cat-file --batch`. */
function versions(git: Git, commits: Commit[]): (string | undefined)[] {
  const output = git.bytes(['cat-file', '--batch'], commits.map((c) => `${c.commit}:package.json\n`).join(''));
  const found: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < commits.length; i++) {
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, headerEnd).toString('utf8');
    at = headerEnd + 1;
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      found.push(undefined); // `<object> missing`: no package.json in that commit
      continue;
    }
    const text = output.subarray(at, at + Number(size)).toString('utf8');
    at += Number(size) + 1;
    try {
      const version = (JSON.parse(text) as { version?: unknown }).version;
      found.push(typeof version === 'string' ? version : undefined);
    } catch {
      found.push(undefined);
    }
  }
  return found;
}

/**
 * For each pair of a candidate tree and a site tree, the files outside
 * content/ and public/ that differ, keyed `"<candidate> <site>"`: one
 * `git diff-tree --stdin` for every pair.
 */
function codeDifferences(git: Git, candidates: string[], sites: string[]): Map<string, string[]> {
  const pairs = candidates.flatMap((candidate) => sites.map((site) => `${candidate} ${site}`));
  const exclude = AUTHOR_FOLDERS.map((folder) => `:(exclude)${folder}`);
  const output = git.out(['diff-tree', '--stdin', '--always', '-r', '--name-only', '--no-renames', '--', '.', ...exclude], { input: pairs.join('\n') + '\n' });
  const result = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of output.split('\n')) {
    if (/^[0-9a-f]{40,64} [0-9a-f]{40,64}$/.test(line)) result.set(line, (current = []));
    else if (line !== '') current.push(line);
  }
  return result;
}
