/**
 * One `npm run build` or `npm run export` at a time in a project: both build
 * with `next build` in it, share the derived cache, and an export parks a
 * server build in `.next` and puts it back, so two at once deleted each
 * other's files. The lock is a file naming the process that holds it; one
 * whose process is gone (a build or an export killed) is taken over, with a
 * note.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = '.folio-build.lock';

type Holder = { pid: number; command: string; since: string };

export type BuildLock = { release: () => void; note?: string } | { refused: string };

/** Takes the project's build lock for `npm run <command>`, or says who holds it. */
export function takeBuildLock(root: string, command: string): BuildLock {
  const file = path.join(root, LOCK_FILE);
  let note: string | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() } satisfies Holder)}\n`, { flag: 'wx' });
      return { note, release: () => holderOf(file)?.pid === process.pid && fs.rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder && isRunning(holder.pid)) {
      return {
        refused: `\`npm run ${holder.command}\` (process ${holder.pid}, since ${holder.since}) is building in this folder, and \`npm run ${command}\` beside it would delete its files: wait for it to end, or stop it, then run this again (if process ${holder.pid} is not Folio's, delete ${LOCK_FILE})`,
      };
    }
    note = holder
      ? `${LOCK_FILE} was left by \`npm run ${holder.command}\` (process ${holder.pid}, since ${holder.since}), which is no longer running (stopped or killed): taken over`
      : `${LOCK_FILE} could not be read (its build was killed as it started): taken over`;
    fs.rmSync(file, { force: true });
  }
  return { refused: `another build took ${LOCK_FILE} at the same moment: run \`npm run ${command}\` again once it ends` };
}

function holderOf(file: string): Holder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return Number.isInteger(holder.pid) ? (holder as Holder) : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
