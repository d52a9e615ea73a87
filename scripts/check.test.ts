import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PNG } from '../lib/content/testing';

const ROOT = path.join(import.meta.dirname, '..');
const SITE = 'title: Test\nname: Ada Lovelace\nurl: https://example.org\n';

/** A content folder (and its public/) outside the project, as FOLIO_CONTENT_DIR lets the check read. */
function project(files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-check-'));
  for (const [name, text] of Object.entries({ 'content/site.yml': SITE, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.mkdirSync(path.join(dir, 'public'), { recursive: true });
  return dir;
}

/** `npm run check`, as the author runs it. */
function check(dir: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FOLIO_CONTENT_DIR: path.join(dir, 'content'), FOLIO_PUBLIC_DIR: path.join(dir, 'public'), NODE_ENV: 'test' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const page = (front: string, body = 'Text.\n') => `---\n${front}\n---\n${body}`;

/** One of each problem the check knows, each in its own file. */
const BROKEN = {
  'content/pages/bad-yaml.md': page('title: "unclosed\nlayout: page'),
  'content/pages/no-title.md': page('layout: page\npermalink: /no-title/'),
  'content/pages/fancy.md': page('layout: fancy\ntitle: Fancy'),
  'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /about/\nprofile:\n  image: missing.jpg'),
  'content/pages/one.md': page('title: One\npermalink: /same/'),
  'content/pages/two.md': page('title: Two\npermalink: /same/'),
  'content/blog/2024-01-01-bad-date.md': page('title: Bad date\ndate: 2024-13-45'),
  'content/blog/2024-02-02-syntax.mdx': page('title: Syntax', '\nText <div>\n'),
  'content/blog/2024-03-03-image.mdx': page('title: Image', '\n<Figure src="/assets/img/missing.png" alt="" />\n'),
  'content/blog/2024-04-04-links.md': page('title: Links', '\nA [good link](/same/), a [file](/assets/img/here.png) and a [broken one](/nowhere/).\n'),
  'public/assets/img/here.png': TINY_PNG,
};

describe('npm run check', () => {
  it('prints one line per problem, file:line:col  message  (fix), grouped by file, counted; exits 1 on errors', () => {
    const dir = project(BROKEN);
    const { status, stdout } = check(dir);
    const content = path.join(dir, 'content');
    expect(status).toBe(1);

    // Each problem on its file's line, under a heading that names the file.
    const expected: [file: string, line: number, text: RegExp][] = [
      ['blog/2024-01-01-bad-date.md', 3, /error: `date`: `2024-13-45` is not a date {2}\(write it as YYYY-MM-DD/],
      ['blog/2024-02-02-syntax.mdx', 5, /error: MDX syntax error: Expected a closing tag for `<div>`.* {2}\(close the component/],
      ['blog/2024-03-03-image.mdx', 5, /error: `\/assets\/img\/missing.png` does not exist {2}\(put the file at public\/assets\/img\/missing.png/],
      ['blog/2024-04-04-links.md', 5, /warning: the link `\/nowhere\/` leads to no page, post or file of the site {2}\(/],
      ['pages/about.md', 6, /error: profile image `missing.jpg` does not exist {2}\(put the file at public\/assets\/img\/missing.jpg/],
      ['pages/bad-yaml.md', 2, /error: not valid YAML: the " opened here is never closed {2}\(end the value with " on the same line\)/],
      ['pages/fancy.md', 2, /error: unknown layout `fancy` {2}\(use one of: about, page/],
      ['pages/no-title.md', 1, /error: `title` is missing {2}\(add `title: ...`/],
      ['pages/two.md', 3, /error: permalink \/same\/ is already used by .*one.md {2}\(give one of the two files another `permalink`\)/],
    ];
    const blocks = stdout.trim().split('\n\n');
    const summary = blocks.pop()!;
    expect(blocks).toHaveLength(expected.length);
    expected.forEach(([file, line, text], i) => {
      const [heading, ...lines] = blocks[i]!.split('\n');
      const full = path.join(content, file);
      expect(heading).toBe(full);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^  ${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+  `));
      expect(lines[0]).toMatch(text);
    });
    expect(summary).toMatch(new RegExp(`^8 errors, 1 warning in ${content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/ \\(\\d+\\.\\d s\\)$`));
  }, 60_000);

  it('exits 0 on content with no error, warnings allowed', () => {
    const clean = check(project({ 'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /about/') }));
    expect(clean).toMatchObject({ status: 0 });
    expect(clean.stdout.trim()).toMatch(/^0 errors, 0 warnings in .*\/content\/ \(\d+\.\d s\)$/);

    const warned = check(project({ 'content/pages/links.md': page('title: Links', '[gone](/gone/)\n') }));
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/links\.md:4:1 {2}warning: the link `\/gone\/`/);
    expect(warned.stdout).toMatch(/0 errors, 1 warning in /);
  }, 120_000);

  it('prints JSON for editors and CI with --json', () => {
    const dir = project(BROKEN);
    const { status, stdout } = check(dir, '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; warnings: number; issues: Record<string, unknown>[] };
    expect(report).toMatchObject({ errors: 8, warnings: 1 });
    expect(report.issues).toHaveLength(9);
    expect(report.issues[0]).toEqual({
      severity: 'error',
      file: path.join(dir, 'content/blog/2024-01-01-bad-date.md'),
      line: 3,
      column: 1,
      message: '`date`: `2024-13-45` is not a date',
      fix: 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2024-06-06 09:00:00',
    });
  }, 60_000);
});

describe('front matter that would run code', () => {
  /** A post whose JavaScript front matter, were it evaluated, would write `marker`. */
  function hostile(marker: string) {
    return project({
      'content/blog/2024-05-05-hostile.md': `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'x' }\n---\nBody\n`,
    });
  }

  it('stops the check and the build, naming the file, and never runs', () => {
    const marker = path.join(os.tmpdir(), `folio-ran-${process.pid}-${Date.now()}`);
    const dir = hostile(marker);
    const checked = check(dir, '--no-mdx');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(`${path.join(dir, 'content/blog/2024-05-05-hostile.md')}:1:4  error: front matter in \`js\` is not read`);
    // The build's first step is the same check: it stops before Next starts.
    const built = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FOLIO_CONTENT_DIR: path.join(dir, 'content'), FOLIO_PUBLIC_DIR: path.join(dir, 'public'), FOLIO_DIST_DIR: '.next-hostile-check' },
    });
    expect(built.status).not.toBe(0);
    expect(built.stdout + built.stderr).toContain('2024-05-05-hostile.md:1:4  error: front matter in `js` is not read');
    expect(built.stdout + built.stderr).not.toContain('Creating an optimized production build');
    expect(fs.existsSync(marker), 'the front matter ran').toBe(false);
    fs.rmSync(path.join(ROOT, '.next-hostile-check'), { recursive: true, force: true });
  }, 120_000);
});

describe('HTML an author wrote that a browser reads otherwise than it looks', () => {
  it('an attribute written twice, in any case, is an error on its line, in .md and .mdx', () => {
    const body = '\n<a HREF="javascript:alert(1)" href="/about/">x</a>\n\n<iframe SRC="javascript:parent.alert(document.domain)" src="https://www.youtube-nocookie.com/embed/abc"></iframe>\n';
    const dir = project({ 'content/pages/case.mdx': page('title: Case\npermalink: /case/', body), 'content/pages/case-md.md': page('title: Case md\npermalink: /case-md/', body) });
    const { status, stdout } = check(dir);
    expect(status).toBe(1);
    for (const file of ['case.mdx', 'case-md.md']) {
      const at = `${path.join(dir, 'content/pages', file)}:`;
      expect(stdout).toContain(`${at}6:4  error: the ${file.endsWith('x') ? 'HREF' : 'href'} \`javascript:alert(1)\` of <a> is removed: it is a \`javascript:\` address, which would run a script`);
      expect(stdout).toContain(`${at}6:31  error: the attribute \`href\` is written twice on <a> (\`HREF\`, then \`href\`): a browser reads only the first, so the second is removed`);
      expect(stdout).toContain(`${at}8:56  error: the attribute \`src\` is written twice on <iframe> (\`SRC\`, then \`src\`)`);
      expect(stdout).toContain(`${at}8:1  error: <iframe> showing \`javascript:parent.alert(document.domain)\` is removed`);
    }
  }, 60_000);

  it('markup in a post\'s title or description, which pages and feeds show as text, is an error on its line', () => {
    const dir = project({ 'content/blog/2024-06-01-hostile.md': page('title: "<img src=x onerror=alert(1)> Hostile"\ndescription: "Fine < text & more, then </b>"') });
    const { status, stdout } = check(dir, '--no-mdx');
    expect(status).toBe(1);
    const at = `${path.join(dir, 'content/blog/2024-06-01-hostile.md')}:`;
    expect(stdout).toContain(`${at}2:1  error: \`title\` is plain text: \`<img>\` in it would show as written, and feed readers would read it as HTML  (write it without HTML tags (\`<\`, \`>\` and \`&\` alone are fine))`);
    expect(stdout).toContain(`${at}3:1  error: \`description\` is plain text: \`</b>\` in it would show as written`);
    expect(stdout).toMatch(/2 errors, 0 warnings/);
  }, 60_000);
});
