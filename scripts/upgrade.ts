/**
 * `npm run upgrade`: takes a newer Folio into this site.
 *
 *   npm run upgrade                              from the git remote `folio`, else package.json's `repository`
 *   npm run upgrade -- <git URL or path>         from another Folio
 *   npm run upgrade -- --ref <branch or tag>     a branch or tag of it (default: its default branch)
 *   npm run upgrade -- --base <commit>           the merge base, for a site without Folio's history (see scripts/upgrade/merge-base.ts)
 *   npm run upgrade -- --continue                after resolving conflicts: commit the merge, npm ci, npm run check
 *   npm run upgrade -- --abort                   undo the merge in progress
 *   npm run upgrade -- --rename-settings         rename settings Folio renamed, in content/, listing each change
 *
 * A three-way merge of Folio's history in which content/ and public/ stay
 * the author's; then npm ci and npm run check; the report says what changed
 * in Folio (CHANGELOG.md), which settings it renamed or deprecated, and any
 * conflict in code the author edited. Exit 0 when done, 1 when a conflict
 * waits or the check fails, 2 when it cannot start (a dirty tree, no upstream, ...).
 */
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { GitError } from './upgrade/git';
import { abortUpgrade, continueUpgrade, renameSettings, upgrade, type UpgradeIO } from './upgrade/run';
import { UpgradeError } from './upgrade/upstream';

const USAGE = 'usage: npm run upgrade [-- <git URL or path>] [--ref <branch or tag>] [--base <commit>] | -- --continue | -- --abort | -- --rename-settings';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      ref: { type: 'string' },
      base: { type: 'string' },
      continue: { type: 'boolean', default: false },
      abort: { type: 'boolean', default: false },
      'rename-settings': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const actions = [values.continue, values.abort, values['rename-settings']].filter(Boolean).length;
  if (values.help || positionals.length > 1 || actions > 1 || (actions === 1 && (positionals.length > 0 || values.ref || values.base))) {
    process.stderr.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const io: UpgradeIO = { root: process.cwd(), write: (text) => process.stdout.write(text), confirm: process.stdin.isTTY && process.stdout.isTTY ? ask : undefined };
  if (values.continue) return continueUpgrade(io);
  if (values.abort) return abortUpgrade(io);
  if (values['rename-settings']) return renameSettings(io);
  return upgrade(io, { source: positionals[0], ref: values.ref, base: values.base });
}

async function ask(question: string): Promise<boolean> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    // A git command that failed says what git said; the merge, if one started, is as git left it.
    if (error instanceof UpgradeError || error instanceof GitError) process.stderr.write(`upgrade: ${error.message}\n`);
    else console.error(error);
    process.exitCode = 2;
  },
);
