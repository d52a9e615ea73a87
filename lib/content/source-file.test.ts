import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, IssueLog } from '../issues';
import { readContent } from './load';
import { readSourceFile } from './source-file';
import { makeProject } from './testing';

function read(text: string, name = 'post.md') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-source-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const log = new IssueLog(dir);
  return { source: readSourceFile(file, log), issues: log.issues.map(formatIssue), dir };
}

describe('front matter is YAML, only', () => {
  it('refuses JavaScript front matter without running it', () => {
    const marker = path.join(os.tmpdir(), `folio-pwned-${process.pid}-${Date.now()}`);
    for (const language of ['js', 'javascript', ' js ', 'JS']) {
      const code = `{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'x' }`;
      const { source, issues } = read(`---${language}\n${code}\n---\nBody\n`);
      expect(source).toBeNull();
      expect(issues).toEqual([
        `post.md:1:4  error: front matter in \`${language.trim()}\` is not read: Folio reads YAML front matter only, and never runs code from content  (start the file with a line of just \`---\` and write the front matter as \`key: value\` lines)`,
      ]);
    }
    expect(fs.existsSync(marker), 'the code in the front matter ran').toBe(false);
  });

  it('refuses every other language, and reads `---yaml`', () => {
    for (const language of ['coffee', 'toml', 'json', 'cson']) {
      expect(read(`---${language}\ntitle = "x"\n---\n`).issues[0]).toContain(`front matter in \`${language}\` is not read`);
    }
    expect(read('---yaml\ntitle: Hello\n---\nBody\n').source?.data).toEqual({ title: 'Hello' });
    // A line of four dashes is a thematic break, not front matter.
    expect(read('----\nText\n').source).toMatchObject({ data: {}, body: '----\nText\n' });
  });

  it('refuses a YAML alias bomb with its line, not a stack trace', () => {
    const bomb = [
      '---',
      'title: Laughs',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      '',
    ].join('\n');
    const { source, issues } = read(bomb);
    expect(source).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^post\.md:4:8 {2}error: the YAML repeats its aliases \(`\*name`\) too often to be read: .*\(write the values out/);
  });

  it('names the line where an unclosed quote opens', () => {
    const { issues } = read('---\nlayout: post\ntitle: "an unclosed quote\ndate: 2024-01-05\ntags: a b\n---\nBody\n');
    expect(issues).toEqual(['post.md:3:8  error: not valid YAML: the " opened here is never closed  (end the value with " on the same line)']);
    expect(read("---\ntitle: 'open\n---\n").issues).toEqual(["post.md:2:8  error: not valid YAML: the ' opened here is never closed  (end the value with ' on the same line)"]);
  });
});

describe("YAML 1.1's booleans, as Jekyll reads them", () => {
  it('reads yes/no/on/off in any case as booleans, with a warning that suggests true/false', () => {
    const { source, issues } = read('---\ntitle: T\nnews: yes\nsocial: Off\nselected_papers: YES\nrelated: nO\nquoted: "yes"\nlist: [yes, no]\n---\n');
    expect(source!.data).toEqual({ title: 'T', news: true, social: false, selected_papers: true, related: false, quoted: 'yes', list: ['yes', 'no'] });
    expect(issues).toEqual([
      'post.md:3:7  warning: `yes` is read as true, as Jekyll reads YAML  (write `true`: other YAML readers take `yes` as text)',
      'post.md:4:9  warning: `Off` is read as false, as Jekyll reads YAML  (write `false`: other YAML readers take `Off` as text)',
      'post.md:5:18  warning: `YES` is read as true, as Jekyll reads YAML  (write `true`: other YAML readers take `YES` as text)',
      'post.md:6:10  warning: `nO` is read as false, as Jekyll reads YAML  (write `false`: other YAML readers take `nO` as text)',
    ]);
  });

  it('reads y/n as booleans only where a key expects one, in every kind of content', () => {
    const { content, log } = readContent(
      makeProject({
        'content/site.yml': 'title: T\nname: N\nurl: https://example.org\n',
        'content/pages/about.md': '---\ntitle: About\nlayout: about\nnews: y\nsocial: N\n---\n',
        'content/blog/2024-01-01-a.md': '---\ntitle: Y\nfeatured: Y\n---\n',
      }),
    );
    expect(content!.site.name).toBe('N');
    const about = content!.pages[0]!;
    expect(about.announcements?.enabled).toBe(true);
    expect(about.social).toBe(false);
    expect(content!.posts[0]).toMatchObject({ title: 'Y', featured: true });
    expect(log.issues.map(formatIssue).sort()).toEqual([
      'content/blog/2024-01-01-a.md:3:1  warning: `featured: Y` is read as true, as YAML 1.1 reads it  (write `true`: other YAML readers take `Y` as text)',
      'content/pages/about.md:4:1  warning: `news: y` is read as true, as YAML 1.1 reads it  (write `true`: other YAML readers take `y` as text)',
      'content/pages/about.md:5:1  warning: `social: N` is read as false, as YAML 1.1 reads it  (write `false`: other YAML readers take `N` as text)',
    ]);
  });
});

describe('every YAML error names the line where the problem is, with a hint that applies', () => {
  // [what the author wrote (the front matter's lines), the line and column reported, the message, the fix]
  const CASES: [string, string, string, string, string][] = [
    ['an unclosed quote', 'layout: post\ntitle: "an unclosed quote\ndate: 2024-01-05\ntags: a b', '3:8', 'the " opened here is never closed', 'end the value with " on the same line'],
    ['a value holding `: `', 'layout: post\ntitle: Part 1: the start\ndate: 2024-01-01', '3:8', 'the value `Part 1: the start` holds `: `, which YAML reads as another key', 'quote the value: title: "Part 1: the start"'],
    ['a key indented too far', 'title: T\nprofile:\n  align: right\n   image: x.png\nnav: true', '5:4', '`image` is indented further than the key above it, which already has a value', 'indent it as `align:` is (2 spaces), or give the key above no value to nest it'],
    ['a key not indented enough', 'title: T\nprofile:\n  align: right\n image: x.png', '5:2', '`image` is not indented as the keys it belongs with', 'keys of one group start at the same column; nested keys use two spaces more than their parent'],
    ['a tab', 'title: T\nprofile:\n\talign: right', '4:1', 'a tab indents this line', 'indent with spaces: YAML does not allow tabs'],
    ['a key twice', 'title: a\nnav: true\ntitle: b', '4:1', '`title` appears twice', 'each key may appear once; remove or rename this one'],
    ['an unclosed list', 'title: T\ntags: [a, b\ndate: 2024-01-01', '3:7', 'the [ opened here is never closed', 'end the list with ] on the same line, or quote the value if the [ is text'],
    ['an apostrophe in single quotes', "title: 'it's here'", '2:12', 'text follows the closing quote of this value', "put all of the value inside the quotes; inside '...' write an apostrophe as '' (e.g. 'it''s')"],
  ];
  for (const [name, yaml, where, message, fix] of CASES) {
    it(name, () => {
      expect(read(`---\n${yaml}\n---\nBody\n`).issues).toEqual([`post.md:${where}  error: not valid YAML: ${message}  (${fix})`]);
    });
  }
});
