import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibEntrySources, demoBibEntries, demoData, demoKind, fileFingerprint, isDemoBibEntry, isDemoFile, isDemoRepositories, normalizeText } from './demo';

/** A corpus site that kept al-folio's demo files: copies of al-folio v1.0's own files. */
const DEMO = path.join(import.meta.dirname, 'fixtures/demo-published');
const read = (file: string) => fs.readFileSync(path.join(DEMO, file));

describe("the fingerprint of al-folio's files", () => {
  it('survives line endings, trailing whitespace and the final newline, and nothing more', () => {
    const shipped = Buffer.from('---\nlayout: post\n---\n\nSome *text*.\n');
    const fingerprint = fileFingerprint('_posts/x.md', shipped);
    expect(fileFingerprint('_posts/x.md', Buffer.from('---\r\nlayout: post  \r\n---\r\n\r\nSome *text*.'))).toBe(fingerprint);
    expect(fileFingerprint('_posts/x.md', Buffer.from('---\rlayout: post\t\r---\r\rSome *text*.\n\n\n'))).toBe(fingerprint);
    expect(fileFingerprint('_posts/x.md', Buffer.from('---\nlayout: post\n---\n\nSome *texts*.\n'))).not.toBe(fingerprint);
    expect(fileFingerprint('_posts/x.md', Buffer.from('---\nlayout: post\n---\n\n  Some *text*.\n'))).not.toBe(fingerprint);
    expect(normalizeText('a  \r\nb\t\r\n\r\n')).toBe('a\nb');
  });

  it('takes an image by its bytes, whatever they hold', () => {
    expect(fileFingerprint('assets/img/a.jpg', Buffer.from('\xff\xd8\xff\r\n', 'latin1'))).not.toBe(fileFingerprint('assets/img/a.jpg', Buffer.from('\xff\xd8\xff\n', 'latin1')));
  });

  it('gives an empty file none: it is nobody’s demo', () => {
    expect(fileFingerprint('_projects/empty.md', Buffer.alloc(0))).toBeUndefined();
    expect(fileFingerprint('_projects/blank.md', Buffer.from('\n  \n'))).toBeUndefined();
    expect(isDemoFile('_projects/empty.md', Buffer.alloc(0))).toBeUndefined();
  });

  it('sorts site paths into the kinds al-folio ships', () => {
    expect(demoKind('_posts/2015-10-20-math.md')).toBe('posts');
    expect(demoKind('_posts/_old/2015-10-20-math.md')).toBe('posts');
    expect(demoKind('assets/img/prof_pic.jpg')).toBe('assets');
    expect(demoKind('img/prof_pic.jpg')).toBe('assets');
    expect(demoKind('_data/repositories.yml')).toBe('data');
  });
});

describe("al-folio's demo files in a site", () => {
  it("knows al-folio v1.0's demo posts, projects and news, and when al-folio shipped them", () => {
    expect(isDemoFile('_posts/2015-05-15-images.md', read('_posts/2015-05-15-images.md'))).toEqual({
      path: '_posts/2015-05-15-images.md',
      since: '2024-02-14',
      releases: ['v0.12.0', 'v1.0.0'],
      role: 'sample',
    });
    for (const file of ['_projects/1_project.md', '_projects/2_project.md', '_news/announcement_1.md', '_data/coauthors.yml', '_data/venues.yml']) {
      expect(isDemoFile(file, read(file))?.path, file).toBe(file);
    }
  });

  it('knows a demo post under another name (hidden with `_`) and with CRLF line endings and trailing spaces', () => {
    expect(isDemoFile('_posts/_2015-07-15-code.md', read('_posts/_2015-07-15-code.md'))?.path).toBe('_posts/2015-07-15-code.md');
    const math = read('_posts/2015-10-20-math.md');
    expect(math.includes('\r\n')).toBe(true);
    expect(isDemoFile('_posts/2015-10-20-math.md', math)?.releases).toEqual(['v1.0.0', 'v1.0.0']);
  });

  it('leaves the author a demo file they edited', () => {
    expect(isDemoFile('_news/announcement_2.md', read('_news/announcement_2.md'))).toBeUndefined();
    const edited = Buffer.from(read('_posts/2015-05-15-images.md').toString('utf8').replace('title:', 'title: my'));
    expect(isDemoFile('_posts/2015-05-15-images.md', edited)).toBeUndefined();
  });

  it('tells the pages that only frame the author’s data from sample material', () => {
    expect(isDemoFile('_pages/publications.md', read('_pages/publications.md'))?.role).toBe('frame');
    expect(isDemoFile('_pages/blog.md', read('_pages/blog.md'))?.role).toBe('frame');
    expect(isDemoFile('_pages/404.md', read('_pages/404.md'))?.role).toBe('frame');
    expect(isDemoFile('_projects/1_project.md', read('_projects/1_project.md'))?.role).toBe('sample');
  });

  it('counts a fingerprint only for a file of the kind al-folio shipped it as', () => {
    expect(isDemoFile('_posts/2015-05-15-images.md', read('_posts/2015-05-15-images.md'))).toBeDefined();
    expect(isDemoFile('_projects/2015-05-15-images.md', read('_posts/2015-05-15-images.md'))).toBeUndefined();
  });

  it("knows the author's own files are theirs", () => {
    for (const file of ['_pages/about.md', '_posts/2025-09-01-pipetting-robot.md', '_projects/3_lab-automation.md', '_config.yml', '_data/socials.yml']) {
      expect(isDemoFile(file, read(file)), file).toBeUndefined();
    }
  });

  it("reads _data/repositories.yml as al-folio's only when it is al-folio's list, as shipped", () => {
    // The data holds every list al-folio shipped; a stand-in list shows the rule.
    const shippedList = Buffer.from('github_users:\n  - torvalds\n  - alshedivat\n');
    const data = { ...demoData(), files: { [fileFingerprint('_data/repositories.yml', shippedList)!]: ['_data/repositories.yml', '2022-07-24', '', 'v0.7.0', 'v1.0.0'] as [string, string, string, string, string] } };
    expect(isDemoRepositories(Buffer.from('github_users:\r\n  - torvalds  \r\n  - alshedivat\r\n'), data)?.releases).toEqual(['v0.7.0', 'v1.0.0']);
    // Another list is the author's, even with al-folio's users in it.
    expect(isDemoRepositories(Buffer.from('github_users:\n  - torvalds\n  - alshedivat\n  - me\n'), data)).toBeUndefined();
    expect(Object.values(demoData().files).filter(([file]) => file === '_data/repositories.yml').length).toBeGreaterThan(1);
  });
});

describe("al-folio's demo BibTeX entries", () => {
  const bib = read('_bibliography/papers.bib').toString('utf8');

  it('are found entry by entry among the author’s own, with their lines', () => {
    expect(demoBibEntries(bib).map((e) => [e.key, e.line])).toEqual([
      ['einstein1920relativity', 6],
      ['einstein1956investigations', 14],
      ['einstein1950meaning', 23],
      ['einstein1905molekularkinetischen', 54],
      ['einstein1905movement', 65],
      ['einstein1905electrodynamics', 75],
    ]);
    expect(bibEntrySources(bib).map((e) => e.key)).toContain('tanaka2026spindle');
  });

  it('as they were in older releases, and not once edited', () => {
    const entry = bibEntrySources(bib).find((e) => e.key === 'einstein1950meaning')!;
    expect(isDemoBibEntry(entry.key, entry.text)?.releases?.[1]).toBe('v1.0.0');
    expect(isDemoBibEntry(entry.key, entry.text.replace(/\n/g, '\r\n') + '   ')).toBeDefined();
    expect(isDemoBibEntry(entry.key, entry.text.replace('}', '},\n  selected = {true}'))).toBeUndefined();
    expect(isDemoBibEntry('mykey', entry.text)).toBeUndefined();
    // The data holds every version: einstein1950meaning changed many times since 2016.
    expect(Object.values(demoData().bibEntries).filter(([where]) => where === '_bibliography/papers.bib#einstein1950meaning').length).toBeGreaterThan(3);
  });

  it('skip what BibTeX cannot read, and @string macros', () => {
    expect(bibEntrySources('@string{a = {b}}\n@misc{ok, title={t}}\n@misc{broken, title={t}\n').map((e) => e.key)).toEqual(['ok']);
  });
});

describe('the fingerprint data', () => {
  it("covers al-folio's releases from v0.1.0 (2016) to v1.0.0 (2026), every kind of demo content, and stays small", () => {
    const data = demoData();
    expect(data.releases[0]).toBe('v0.1.0');
    expect(data.releases).toContain('v1.0.0');
    const folders = new Set(Object.values(data.files).map(([file]) => file.split('/').slice(0, file.startsWith('assets/') ? 2 : 1).join('/')));
    for (const folder of ['_posts', '_projects', '_news', '_pages', '_teachings', '_books', '_data', 'assets/img', 'assets/pdf', 'assets/json']) expect(folders, folder).toContain(folder);
    expect(Object.keys(data.bibEntries).length).toBeGreaterThan(100);
    expect(fs.statSync(path.join(import.meta.dirname, 'al-folio-demo.json')).size).toBeLessThan(100_000);
  });
});
