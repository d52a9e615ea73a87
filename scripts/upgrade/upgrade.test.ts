import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TINY_PNG } from '../../lib/content/testing';
import { Git } from './git';
import { abortUpgrade, continueUpgrade, renameSettings, upgrade, type StepResult, type UpgradeIO } from './run';
import { UpgradeError } from './upstream';

/**
 * `npm run upgrade` against a local bare repository standing in for Folio's.
 * Folio "then" is this project's files; Folio "now" renamed a setting
 * (`last_updated` → `show_last_updated`: schema, footer, migration table,
 * CHANGELOG), changed its example content and bumped its version. The
 * authors edited their content, content/styles.css and one component. npm ci
 * is answered by a link to this project's node_modules; `npm run check` is the
 * real one, run by the new Folio.
 */

const ROOT = path.join(import.meta.dirname, '..', '..');
let tmp: string;
let bare: string;
/** Folio's commits: the site's start (then), and the newer Folio (now). */
let then: string;
let now: string;
let newVersion: string;
let oldVersion: string;

const git = (cwd: string, ...args: string[]) => new Git(cwd).out(args);
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const write = (dir: string, file: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
/** Replaces text that must be there (a test that edits nothing would prove nothing). */
const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const text = read(dir, file);
  const edited = text.replace(from, to);
  expect(edited, `${file} has ${String(from)}`).not.toBe(text);
  write(dir, file, edited);
};

/** This project's files as a fresh clone has them (tracked, or new and not ignored). */
function copyProject(to: string) {
  for (const file of new Git(ROOT).list(['ls-files', '-z', '--cached', '--others', '--exclude-standard'])) {
    if (!fs.existsSync(path.join(ROOT, file))) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(to, file));
  }
}

function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** The author's edits: their own words, their stylesheet, a setting under its old name, an example file deleted. */
function authorEdits(site: string) {
  fs.appendFileSync(path.join(site, 'content/pages/about.mdx'), '\nMy own words, which no upgrade may touch.\n');
  fs.appendFileSync(path.join(site, 'content/site.yml'), '\n# The day the site was built, in the footer.\nlast_updated: true\n');
  write(site, 'content/styles.css', ':root {\n  --accent: #0a6640;\n}\n');
  fs.rmSync(path.join(site, 'content/news/2024-11-01-phd.md'));
}

type Run = UpgradeIO & { output: () => string; installs: number };

/** The upgrade's IO in a site: output kept, npm ci answered by a link to this project's node_modules. */
function io(site: string, answer?: boolean): Run {
  let output = '';
  const run: Run = {
    root: site,
    write: (text) => void (output += text),
    output: () => output,
    installs: 0,
    install: async (): Promise<StepResult> => {
      run.installs++;
      if (!fs.existsSync(path.join(site, 'node_modules'))) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
      // A link is not the folder .gitignore names: keep it out of `git status`.
      fs.appendFileSync(path.join(site, '.git/info/exclude'), '/node_modules\n');
      return { status: 0, output: '' };
    },
    confirm: answer === undefined ? undefined : async () => answer,
  };
  return run;
}

/** content/ and public/ on disk are exactly the author's at `commit` (but `except`): the same files, byte for byte (git's blob hashes), none added. */
function authorFilesOnDisk(site: string, commit: string, except: string[] = []) {
  const repo = new Git(site);
  const committed = new Map(
    repo
      .list(['ls-tree', '-r', '-z', commit, '--', 'content', 'public'])
      .map((entry) => entry.split('\t') as [string, string])
      .map(([info, file]) => [file, info.split(' ')[2]!]),
  );
  const onDisk = (dir: string): string[] =>
    fs.readdirSync(path.join(site, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const all = [...onDisk('content'), ...onDisk('public')].sort();
  // Files git ignores are the author's too, and no commit's.
  const ignored = new Set(repo.run(['check-ignore', '-z', '--stdin'], { input: all.join('\0'), allow: [1] }).stdout.split('\0'));
  const files = all.filter((file) => !ignored.has(file));
  expect(files).toEqual([...committed.keys()].sort());
  const hashes = repo.out(['hash-object', '--stdin-paths'], { input: files.join('\n') + '\n' }).split('\n');
  const differing = files.filter((file, i) => hashes[i] !== committed.get(file));
  expect(differing).toEqual(except);
}

beforeAll(() => {
  // Commits by a test identity, whatever this machine's git configuration says (signing, hooks, templates).
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  for (const who of ['AUTHOR', 'COMMITTER']) {
    vi.stubEnv(`GIT_${who}_NAME`, 'Test');
    vi.stubEnv(`GIT_${who}_EMAIL`, 'test@example.org');
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-upgrade-'));
  const folio = path.join(tmp, 'folio');
  copyProject(folio);
  git(folio, 'init', '--quiet', '-b', 'main');
  commitAll(folio, 'Folio');
  oldVersion = JSON.parse(read(folio, 'package.json')).version;
  fs.appendFileSync(path.join(folio, 'README.md'), '\nA line Folio added later, at the same version.\n');
  then = commitAll(folio, 'Folio: a README line');
  bare = path.join(tmp, 'folio.git');
  git(tmp, 'clone', '--quiet', '--bare', folio, bare);

  // Sites made from Folio "then": a clone, and a copy without Folio's history (GitHub's "Use this template").
  git(tmp, 'clone', '--quiet', bare, 'clone');
  git(path.join(tmp, 'clone'), 'remote', 'add', 'folio', bare);
  git(tmp, 'clone', '--quiet', bare, 'template');
  fs.rmSync(path.join(tmp, 'template/.git'), { recursive: true });
  git(path.join(tmp, 'template'), 'init', '--quiet', '-b', 'main');
  commitAll(path.join(tmp, 'template'), 'My site, from the Folio template');

  // Folio "now".
  newVersion = semver.inc(oldVersion, 'minor')!;
  edit(folio, 'package.json', `"version": "${oldVersion}"`, `"version": "${newVersion}"`);
  edit(folio, 'lib/content/schemas.ts', /\blast_updated: z/, 'show_last_updated: z');
  edit(folio, 'components/SiteFooter.tsx', /site\.last_updated/, 'site.show_last_updated');
  const table = JSON.parse(read(folio, 'lib/content/migrations.json'));
  table.push({ in: 'site.yml', key: 'last_updated', renamed: 'show_last_updated', why: 'it says what it shows' });
  write(folio, 'lib/content/migrations.json', JSON.stringify(table, null, 2) + '\n');
  edit(folio, 'CHANGELOG.md', /^## \[(?!Unreleased)/m, `## [${newVersion}] - 2027-01-15\n\n### Changed\n\n- \`last_updated\` in site.yml is now \`show_last_updated\`.\n\n## [`);
  fs.appendFileSync(path.join(folio, 'content/pages/about.mdx'), '\nFolio\'s example says more now.\n');
  fs.appendFileSync(path.join(folio, 'content/news/2024-11-01-phd.md'), '\nFolio\'s example news, longer.\n');
  fs.appendFileSync(path.join(folio, 'content/site.yml'), '\nshow_last_updated: true\n');
  write(folio, 'content/news/2027-01-15-example.md', '---\ninline: true\n---\nA news item of Folio\'s example.\n');
  write(folio, 'content/styles.css', '/* Folio\'s example stylesheet */\n');
  write(folio, 'public/assets/img/example-new.png', TINY_PNG);
  now = commitAll(folio, `Folio ${newVersion}`);
  git(folio, 'push', '--quiet', bare, 'main');
}, 60_000);

afterAll(() => {
  vi.unstubAllEnvs();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  // Several copies of the project's tracked files: a busy machine takes more than the default 10 s to delete them.
}, 60_000);

describe('npm run upgrade', () => {
  it('a clone: Folio\'s code in, the author\'s content kept, the one conflicting component reported and left to resolve; --continue installs, checks and the old setting is read with a warning', async () => {
    const site = path.join(tmp, 'clone');
    authorEdits(site);
    edit(site, 'components/SiteFooter.tsx', /\{site\.last_updated && \(/, '{site.last_updated && site.name && (');
    const ours = commitAll(site, 'My site');

    const first = io(site);
    expect(await upgrade(first)).toBe(1);
    const report = first.output();
    expect(report).toContain(`Folio ${oldVersion} → ${newVersion}, from the git remote \`folio\` (${bare})`);
    expect(report).toContain(`Merge base: ${then.slice(0, 7)}, the last Folio commit your site has.`);
    expect(report).toContain(`What changed in Folio (CHANGELOG.md):\n\n  ## [${newVersion}] - 2027-01-15\n\n  ### Changed\n\n  - \`last_updated\` in site.yml is now \`show_last_updated\`.`);
    // What the author's CHANGELOG.md already has is not news.
    expect(report).not.toContain(`## [${oldVersion}]`);
    expect(report).toContain('Folio changed its example there too, which is not taken (6 files):');
    expect(report).toContain('  A content/news/2027-01-15-example.md\n');
    expect(report).toContain("Settings Folio renamed or deprecated:\n  content/site.yml: `last_updated` is now `show_last_updated` (it says what it shows)\n");
    const line = read(site, 'content/site.yml').split('\n').indexOf('last_updated: true') + 1;
    expect(report).toContain(`  content/site.yml:${line}:1  \`last_updated\` is now called \`show_last_updated\` (it says what it shows): read as \`show_last_updated\``);
    expect(report).toMatch(/Conflicts: 1 file you changed that Folio changed too, which git could not merge:\n {2}components\/SiteFooter\.tsx {2}you and Folio both changed it\n/);
    expect(report).toContain('npm run upgrade -- --continue');
    expect(report).toContain('npm run upgrade -- --abort');

    // The merge waits; the author's content is as they committed it; Folio's code is in.
    expect(fs.existsSync(new Git(site).gitPath('MERGE_HEAD'))).toBe(true);
    expect(new Git(site).list(['diff', '--name-only', '-z', '--diff-filter=U'])).toEqual(['components/SiteFooter.tsx']);
    authorFilesOnDisk(site, ours);
    for (const file of ['lib/content/schemas.ts', 'lib/content/migrations.json', 'CHANGELOG.md', 'package.json']) expect(read(site, file), file).toBe(git(site, 'show', `${now}:${file}`) + '\n');
    expect(read(site, 'components/SiteFooter.tsx')).toMatch(/<<<<<<< HEAD\n.*site\.last_updated && site\.name[\s\S]*=======\n.*site\.show_last_updated && \(\n>>>>>>> refs\/folio\/upstream/);
    expect(first.installs).toBe(0);

    // Not resolved yet: --continue says which file waits.
    const early = io(site);
    expect(await continueUpgrade(early)).toBe(1);
    expect(early.output()).toContain('components/SiteFooter.tsx');

    // Resolved: Folio's new name, with the author's own condition.
    write(site, 'components/SiteFooter.tsx', git(site, 'show', `${now}:components/SiteFooter.tsx`).replace('{site.show_last_updated && (', '{site.show_last_updated && site.name && (') + '\n');
    git(site, 'add', 'components/SiteFooter.tsx');
    const resumed = io(site);
    expect(await continueUpgrade(resumed)).toBe(0);
    expect(resumed.installs).toBe(1);
    expect(git(site, 'rev-list', '--parents', '-n', '1', 'HEAD').split(' ').slice(1)).toEqual([ours, now]);
    expect(git(site, 'status', '--porcelain')).toBe('');
    // The new Folio's check reads the old name, and says so on its line.
    expect(resumed.output()).toContain(`content/site.yml:${line}:1  warning: \`last_updated\` is now called \`show_last_updated\``);
    expect(resumed.output()).toMatch(/0 errors, \d+ warnings? in content\//);
    expect(resumed.output()).toContain('`npm run upgrade -- --rename-settings` renames them');
    authorFilesOnDisk(site, ours);

    // The author takes the offer: the one key renamed, its comment and everything else as written.
    const before = read(site, 'content/site.yml');
    const rename = io(site);
    expect(renameSettings(rename)).toBe(0);
    expect(rename.output()).toContain(`content/site.yml:${line}  last_updated → show_last_updated`);
    expect(read(site, 'content/site.yml')).toBe(before.replace('\nlast_updated: true\n', '\nshow_last_updated: true\n'));
    commitAll(site, 'The new name');

    const again = io(site);
    expect(await upgrade(again)).toBe(0);
    expect(again.output()).toContain('nothing to upgrade');
  }, 120_000);

  it('a copy without Folio\'s history: merged from the Folio commit its code matches; nothing conflicts, so it is committed, installed and checked', async () => {
    const site = path.join(tmp, 'template');
    authorEdits(site);
    fs.appendFileSync(path.join(site, 'components/PostMeta.tsx'), '\n// The author\'s own line.\n');
    const ours = commitAll(site, 'My edits');
    // A file git ignores where Folio's example now has one: the merge must not take it.
    fs.appendFileSync(path.join(site, '.git/info/exclude'), '/public/assets/img/example-new.png\n');
    write(site, 'public/assets/img/example-new.png', 'the author\'s own file, never committed');

    // A dirty tree is refused, before anything is fetched.
    fs.appendFileSync(path.join(site, 'content/pages/about.mdx'), 'Not committed.\n');
    await expect(upgrade(io(site), { source: bare })).rejects.toThrow(/not committed:\n {2} M content\/pages\/about\.mdx\n/);
    expect(new Git(site).ok(['rev-parse', '--verify', '--quiet', 'refs/folio/upstream'])).toBe(false);
    git(site, 'checkout', '--', 'content/pages/about.mdx');

    // The author says yes when asked to rename the old settings.
    const run = io(site, true);
    expect(await upgrade(run, { source: bare })).toBe(0);
    expect(run.output()).toContain(
      `Your site does not share git history with Folio: merged from ${then.slice(0, 7)}, the commit of Folio ${oldVersion} your code matches (but for 1 file you changed: components/PostMeta.tsx).`,
    );
    expect(run.output()).not.toContain('Conflicts');
    expect(git(site, 'rev-list', '--parents', '-n', '1', 'HEAD').split(' ').slice(1)).toEqual([ours, now]);
    authorFilesOnDisk(site, ours, ['content/site.yml']);
    expect(read(site, 'public/assets/img/example-new.png')).toBe('the author\'s own file, never committed');
    expect(read(site, 'lib/content/schemas.ts')).toBe(git(site, 'show', `${now}:lib/content/schemas.ts`) + '\n');
    expect(read(site, 'components/PostMeta.tsx')).toBe(git(site, 'show', `${now}:components/PostMeta.tsx`) + '\n\n// The author\'s own line.\n');
    expect(run.output()).toMatch(/content\/site\.yml:\d+:1 {2}warning: `last_updated` is now called `show_last_updated`/);
    expect(run.output()).toContain(`Folio ${newVersion} is in, and your content passes the check. To undo the upgrade: git reset --hard ${ours.slice(0, 7)} && npm ci`);
    const line = read(site, 'content/site.yml').split('\n').indexOf('show_last_updated: true') + 1;
    expect(run.output()).toContain(`Renamed in your files (review with \`git diff\`, then commit):\n  content/site.yml:${line}  last_updated → show_last_updated\n`);
    expect(read(site, 'content/site.yml')).toBe(git(site, 'show', `${ours}:content/site.yml`).replace('\nlast_updated: true', '\nshow_last_updated: true') + '\n');
    expect(git(site, 'status', '--porcelain')).toBe(' M content/site.yml');
    commitAll(site, 'The new name');

    // The next upgrade finds the history shared.
    const again = io(site);
    expect(await upgrade(again, { source: bare })).toBe(0);
    expect(again.output()).toContain('nothing to upgrade');
  }, 120_000);

  it('--abort puts the site back as it was', async () => {
    const site = path.join(tmp, 'abort');
    git(tmp, 'clone', '--quiet', bare, 'abort');
    git(site, 'reset', '--quiet', '--hard', then);
    edit(site, 'components/SiteFooter.tsx', /\{site\.last_updated && \(/, '{site.last_updated && site.name && (');
    const ours = commitAll(site, 'My footer');
    expect(await upgrade(io(site), { source: 'origin' })).toBe(1);
    await expect(upgrade(io(site))).rejects.toThrow(UpgradeError);
    const aborted = io(site);
    expect(abortUpgrade(aborted)).toBe(0);
    expect(aborted.output()).toContain(`your site is as it was (${ours.slice(0, 7)})`);
    expect(git(site, 'rev-parse', 'HEAD')).toBe(ours);
    expect(git(site, 'status', '--porcelain')).toBe('');
    expect(fs.existsSync(new Git(site).gitPath('MERGE_HEAD'))).toBe(false);
  }, 60_000);
});
