import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingMigration } from '../../lib/content/migrations';
import { makeProject, MINIMAL_SITE } from '../../lib/content/testing';
import { newMigrations, oldSettings, parseMigrationTable, renameOldSettings } from './settings';

const TABLE: SettingMigration[] = [
  { in: 'site.yml', key: 'socials.twitter_username', renamed: 'socials.x_username' },
  { in: 'site.yml', key: 'socials.research_gate_profile', renamed: 'socials.researchgate_profile' },
  { in: 'site.yml', key: 'posts_per_page', renamed: 'blog.per_page' },
  { in: 'site.yml', key: 'rss_icon', deprecated: 'every page links its feeds' },
  { in: 'pages', key: 'menu', renamed: 'nav' },
];

describe('renameOldSettings', () => {
  it('renames each old key where it is written, keeping comments and quoting, and reports each change with its line', () => {
    const site = `${MINIMAL_SITE}socials:\n  # my handle\n  "twitter_username": 'ada'   # still X\n  research_gate_profile: Ada\n  x_username: set  # already\nrss_icon: true\nposts_per_page: 3 # a few\n`;
    const { root } = makeProject({
      'content/site.yml': site.replace('  x_username: set  # already\n', ''),
      'content/pages/teaching.md': '---\ntitle: Teaching\n# shown in the header\nmenu: true\n---\nText with menu: true in it.\n',
      'content/pages/other.md': '---\ntitle: Other\nmenu: false\nnav: true\n---\n',
    });
    const renames = renameOldSettings(root, TABLE);
    expect(renames).toEqual([
      { file: 'content/site.yml', line: 6, from: 'socials.twitter_username', to: 'socials.x_username' },
      { file: 'content/site.yml', line: 7, from: 'socials.research_gate_profile', to: 'socials.researchgate_profile' },
      { file: 'content/site.yml', line: 9, from: 'posts_per_page', to: 'blog.per_page' },
      { file: 'content/pages/teaching.md', line: 4, from: 'menu', to: 'nav' },
    ]);
    const text = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
    expect(text('content/pages/teaching.md')).toBe('---\ntitle: Teaching\n# shown in the header\nnav: true\n---\nText with menu: true in it.\n');
    // Both names set: the old one stays, for the author to delete (the check says so).
    expect(text('content/pages/other.md')).toBe('---\ntitle: Other\nmenu: false\nnav: true\n---\n');
    expect(text('content/site.yml')).toBe(`${MINIMAL_SITE}socials:\n  # my handle\n  x_username: 'ada'   # still X\n  researchgate_profile: Ada\nrss_icon: true\nblog:\n  per_page: 3 # a few\n`);
    // What is left: the deprecated setting and the doubled name, as the check reports them.
    expect(oldSettings(root, TABLE).map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'content/site.yml:8 `rss_icon` is deprecated',
      'content/pages/other.md:3 `menu` is the old name of `nav`, which is set too: `menu` is ignored',
    ]);
  });

  it('moves a one-line value under a key that is there, after its last setting; a value of several lines is left to move by hand', () => {
    const table: SettingMigration[] = [
      { in: 'site.yml', key: 'posts_per_page', renamed: 'blog.per_page' },
      { in: 'site.yml', key: 'footer_text', renamed: 'footer.text' },
    ];
    const rest = '# after\nfooter_text: |\n  Two\n  lines\n';
    const { root } = makeProject({ 'content/site.yml': `${MINIMAL_SITE}posts_per_page: 7  # seven\nblog:\n  permalink: /blog/:year/:title/\n  extra:\n    a: 1\n${rest}` });
    expect(renameOldSettings(root, table)).toEqual([{ file: 'content/site.yml', line: 4, from: 'posts_per_page', to: 'blog.per_page' }]);
    expect(fs.readFileSync(path.join(root, 'content/site.yml'), 'utf8')).toBe(`${MINIMAL_SITE}blog:\n  permalink: /blog/:year/:title/\n  extra:\n    a: 1\n  per_page: 7  # seven\n${rest}`);
  });

  it('changes nothing in a site without old names', () => {
    const { root } = makeProject({ 'content/pages/a.md': '---\ntitle: A\nnav: true\n---\n' });
    expect(renameOldSettings(root, TABLE)).toEqual([]);
    expect(oldSettings(root, TABLE)).toEqual([]);
  });
});

describe('the migration table of another Folio', () => {
  it('is read when it is one, and compared by file and key', () => {
    expect(parseMigrationTable(JSON.stringify(TABLE))).toEqual(TABLE);
    expect(parseMigrationTable('{"not": "a table"}')).toBeUndefined();
    expect(parseMigrationTable('not json')).toBeUndefined();
    expect(parseMigrationTable(undefined)).toBeUndefined();
    expect(newMigrations(TABLE, TABLE.slice(0, 2)).map((m) => m.key)).toEqual(['posts_per_page', 'rss_icon', 'menu']);
  });
});
