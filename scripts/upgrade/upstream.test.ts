import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from './git';
import { repositoryUrl, resolveUpstream, UpgradeError } from './upstream';

describe('repositoryUrl', () => {
  it('reads package.json\'s `repository` in npm\'s forms', () => {
    expect(repositoryUrl({ type: 'git', url: 'git+https://github.com/owner/folio.git' })).toBe('https://github.com/owner/folio.git');
    expect(repositoryUrl('github:owner/folio')).toBe('https://github.com/owner/folio.git');
    expect(repositoryUrl('owner/folio')).toBe('https://github.com/owner/folio.git');
    expect(repositoryUrl('gitlab:group/folio.git')).toBe('https://gitlab.com/group/folio.git');
    expect(repositoryUrl('git@github.com:owner/folio.git')).toBe('git@github.com:owner/folio.git');
    expect(repositoryUrl(undefined)).toBeUndefined();
    expect(repositoryUrl({ type: 'git' })).toBeUndefined();
  });
});

describe('resolveUpstream', () => {
  const project = (repository?: unknown) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-upstream-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'folio', repository }));
    const git = new Git(dir);
    git.run(['init', '--quiet']);
    return { dir, git };
  };

  it('takes the argument first, then the remote `folio`, then package.json\'s `repository`', () => {
    const { dir, git } = project('github:owner/folio');
    expect(resolveUpstream(git, dir)).toEqual({ source: 'https://github.com/owner/folio.git', described: "https://github.com/owner/folio.git (package.json's `repository`)" });
    git.run(['remote', 'add', 'folio', 'https://example.org/folio.git']);
    expect(resolveUpstream(git, dir)).toEqual({ source: 'folio', described: 'the git remote `folio` (https://example.org/folio.git)' });
    expect(resolveUpstream(git, dir, 'https://example.org/fork.git').source).toBe('https://example.org/fork.git');
    // A path is resolved from the project, so git finds it whatever the directory.
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    expect(resolveUpstream(git, dir, 'elsewhere').source).toBe(path.join(dir, 'elsewhere'));
  });

  it('says how to name one when there is none', () => {
    const { dir, git } = project();
    expect(() => resolveUpstream(git, dir)).toThrow(UpgradeError);
    expect(() => resolveUpstream(git, dir)).toThrow(/npm run upgrade -- <git URL or path of Folio>/);
  });
});
