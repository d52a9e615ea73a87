import fs from 'node:fs';
import path from 'node:path';
import type { Git } from './git';

/** Where a newer Folio comes from: what `git fetch` is given, and how to name it to the author. */
export type Upstream = { source: string; described: string };

/** A problem the author can fix (exit 2, the message says how); not a bug. */
export class UpgradeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpgradeError';
  }
}

/** The git remote that, when the project has it, is where Folio comes from. */
export const FOLIO_REMOTE = 'folio';

/**
 * The upstream, in order: the argument (`npm run upgrade -- <git URL or
 * path>`), the git remote named `folio`, the `repository` of package.json
 * (the Folio the project was made from: it is Folio's package.json).
 */
export function resolveUpstream(git: Git, root: string, argument?: string): Upstream {
  if (argument) {
    const local = path.resolve(root, argument);
    if (fs.existsSync(local)) return { source: local, described: local };
    return { source: argument, described: argument };
  }
  if (git.ok(['remote', 'get-url', FOLIO_REMOTE])) {
    return { source: FOLIO_REMOTE, described: `the git remote \`${FOLIO_REMOTE}\` (${git.out(['remote', 'get-url', FOLIO_REMOTE])})` };
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository?: unknown };
  const url = repositoryUrl(manifest.repository);
  if (url) return { source: url, described: `${url} (package.json's \`repository\`)` };
  throw new UpgradeError(
    'there is no Folio to upgrade from: no git remote named `folio`, and no `repository` in package.json. ' +
      'Name it: `npm run upgrade -- <git URL or path of Folio>`, or once for all: `git remote add folio <git URL>`',
  );
}

/** npm's shorthands for a `repository` (https://docs.npmjs.com/cli/configuring-npm/package-json#repository). */
const HOSTS: Record<string, string> = { github: 'https://github.com/', gitlab: 'https://gitlab.com/', bitbucket: 'https://bitbucket.org/' };

/**
 * The git URL of package.json's `repository`: `{ "type": "git", "url": ... }`
 * or a string, with npm's forms (`git+https://...`, `github:user/repo`,
 * `user/repo`); undefined when it has none.
 */
export function repositoryUrl(repository: unknown): string | undefined {
  const value = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(text);
  if (shorthand) return `${HOSTS[shorthand[1] ?? 'github']}${shorthand[2]!.replace(/\.git$/, '')}.git`;
  return text.replace(/^git\+/, '');
}
