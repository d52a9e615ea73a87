import { spawnSync } from 'node:child_process';
import path from 'node:path';

export type GitResult = { status: number; stdout: string; stderr: string };

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly result: GitResult,
  ) {
    super(`git ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr || result.stdout).trim()}`);
    this.name = 'GitError';
  }
}

/** git in one repository, through child_process: the upgrade's only way to touch history, the index and the tree. */
export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git; throws GitError unless it exits 0 or with a status in `allow`. */
  run(args: string[], { input, allow = [] }: { input?: string; allow?: number[] } = {}): GitResult {
    const result = this.spawn(args, input);
    const out = { status: result.status ?? 1, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
    if (out.status !== 0 && !allow.includes(out.status)) throw new GitError(args, out);
    return out;
  }

  /** Standard output, without its last newline. */
  out(args: string[], options?: { input?: string }): string {
    return this.run(args, options).stdout.replace(/\n$/, '');
  }

  /** Whether git exits 0. */
  ok(args: string[]): boolean {
    return this.spawn(args).status === 0;
  }

  /** Standard output as bytes (`git cat-file --batch` counts its objects in bytes). */
  bytes(args: string[], input: string): Buffer {
    const result = this.spawn(args, input);
    if (result.status !== 0) throw new GitError(args, { status: result.status ?? 1, stdout: '', stderr: result.stderr.toString('utf8') });
    return result.stdout;
  }

  /** NUL-separated output (`-z`), as a list. */
  list(args: string[]): string[] {
    return this.run(args).stdout.split('\0').filter(Boolean);
  }

  /** A file of the repository's git directory (`MERGE_HEAD`), absolute; right in a linked worktree too. */
  gitPath(name: string): string {
    return path.resolve(this.cwd, this.out(['rev-parse', '--git-path', name]));
  }

  /** A commit's file as text, or undefined when the commit has no such file. */
  show(commit: string, file: string): string | undefined {
    const result = this.spawn(['show', `${commit}:${file}`]);
    return result.status === 0 ? result.stdout.toString('utf8') : undefined;
  }

  private spawn(args: string[], input?: string) {
    // Paths as written (not octal-quoted) in the report; git's own messages in English, never paged.
    return spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: this.cwd,
      input,
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' },
    });
  }
}
