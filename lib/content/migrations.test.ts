import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IssueLog } from '../issues';
import { readContent } from './load';
import { validate } from './validate';
import { migrateSettings, migrationTableSchema, MIGRATIONS, type SettingMigration } from './migrations';
import { siteSchema } from './schemas';
import { parseYaml } from './yaml';
import { makeProject, MINIMAL_SITE } from './testing';
import { socialLinks } from '../seo/socials';

// The shipped table, and one front-matter rename per folder, to see that each reader applies its part.
const FRONT_MATTER_RENAMES = vi.hoisted((): SettingMigration[] => [
  { in: 'pages', key: 'menu', renamed: 'nav', why: 'a test rename' },
  { in: 'blog', key: 'pinned', renamed: 'featured' },
  { in: 'news', key: 'one_line', renamed: 'inline' },
  { in: 'projects', key: 'picture', renamed: 'img' },
]);
vi.mock('./migrations.json', async (importOriginal) => {
  const shipped = (await importOriginal<{ default: unknown[] }>()).default;
  return { default: [...shipped, ...FRONT_MATTER_RENAMES] };
});

const file = (root: string, name: string) => fs.readFileSync(path.join(root, name), 'utf8');

describe('the shipped migration table', () => {
  it('is valid, and names each old setting once per file', () => {
    const table = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'migrations.json'), 'utf8'));
    expect(migrationTableSchema.safeParse(table).success).toBe(true);
    const keys = table.map((m: SettingMigration) => `${m.in}:${m.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads al-folio\'s twitter_username as x_username, with a warning on its line; the file stays as written', () => {
    const site = `${MINIMAL_SITE}socials:\n  github_username: ada\n  twitter_username: ada_l\n  research_gate_profile: Ada_Lovelace\n`;
    const options = makeProject({ 'content/site.yml': site });
    const { content, log } = readContent(options);
    expect(content!.site.socials.x_username).toBe('ada_l');
    expect(content!.site.socials.researchgate_profile).toBe('Ada_Lovelace');
    expect(socialLinks(content!.site).map((l) => l.label)).toEqual(expect.arrayContaining(['X', 'ResearchGate']));
    expect(log.issues).toEqual([
      {
        severity: 'warning',
        file: 'content/site.yml',
        line: 6,
        column: 3,
        message: "`socials.twitter_username` is now called `socials.x_username` (al-folio's name for it before Twitter became X): read as `socials.x_username`",
        fix: 'rename `twitter_username` to `x_username`, or run `npm run upgrade -- --rename-settings` to rename every old setting in content/',
      },
      expect.objectContaining({ line: 7, column: 3, message: expect.stringContaining('`socials.research_gate_profile` is now called `socials.researchgate_profile`') }),
    ]);
    expect(file(options.root, 'content/site.yml')).toBe(site);
  });

  it('ignores the old name when the new one is set too, and says so', () => {
    const site = `${MINIMAL_SITE}socials:\n  x_username: new_name\n  twitter_username: old_name\n`;
    const { content, log } = readContent(makeProject({ 'content/site.yml': site }));
    expect(content!.site.socials.x_username).toBe('new_name');
    expect(log.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 6,
        message: expect.stringMatching(/^`socials.twitter_username` is the old name of `socials.x_username`, which is set too: `socials.twitter_username` is ignored/),
        fix: 'delete `twitter_username`',
      }),
    ]);
  });
});

describe('front matter: each folder\'s renames', () => {
  const front = (keys: string) => `---\n${keys}\n---\nText.\n`;

  it('pages, posts, news and projects read their old names under the new ones, each warned on its line', () => {
    const { content, log } = readContent(
      makeProject({
        'content/pages/teaching.md': front('title: Teaching\nmenu: true'),
        'content/blog/2024-01-01-post.md': front('title: Post\npinned: true'),
        'content/news/2024-01-02-item.md': front('one_line: true'),
        'content/projects/one.md': front('title: One\npicture: https://example.org/x.png'),
      }),
    );
    expect(content!.pages[0]!.nav).toBe(true);
    expect(content!.posts[0]!.featured).toBe(true);
    expect(content!.news[0]!.inline).toBe(true);
    const warnings = log.issues.filter((i) => i.message.includes('is now called'));
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`)).toEqual([
      'content/pages/teaching.md:3:1 `menu` is now called `nav` (a test rename): read as `nav`',
      'content/blog/2024-01-01-post.md:3:1 `pinned` is now called `featured`: read as `featured`',
      'content/news/2024-01-02-item.md:2:1 `one_line` is now called `inline`: read as `inline`',
      'content/projects/one.md:3:1 `picture` is now called `img`: read as `img`',
    ]);
    // A value read under its new name is checked there, and reported on the line the author wrote.
    expect(log.issues).toContainEqual(expect.objectContaining({ file: 'content/projects/one.md', line: 3, severity: 'error', message: expect.stringContaining('img `https://example.org/x.png` is an image elsewhere') }));
  });
});

describe('migrateSettings', () => {
  const read = (yaml: string) => {
    const log = new IssueLog('/site');
    const data = parseYaml(yaml, '/site/content/site.yml', log)!;
    return { log, source: { ...data, path: '/site/content/site.yml' } };
  };

  it('moves a value under another key, and reports a bad value on the old key\'s line', () => {
    const table: SettingMigration[] = [{ in: 'site.yml', key: 'posts_per_page', renamed: 'blog.per_page' }];
    const { log, source } = read(`${MINIMAL_SITE}# how many\nposts_per_page: -1\n`);
    const migrated = migrateSettings('site.yml', source, log, table);
    expect(migrated.data).toMatchObject({ blog: { per_page: -1 } });
    expect(migrated.data).not.toHaveProperty('posts_per_page');
    expect(source.data).toHaveProperty('posts_per_page', -1);
    expect(log.issues[0]).toMatchObject({ line: 5, message: '`posts_per_page` is now called `blog.per_page`: read as `blog.per_page`', fix: expect.stringMatching(/^move the value to `blog.per_page`, or run `npm run upgrade -- --rename-settings`/) });
    expect(validate(siteSchema, migrated.data, migrated, log)).toBeNull();
    expect(log.issues[1]).toMatchObject({ severity: 'error', line: 5, column: 1, message: expect.stringContaining('`blog.per_page`') });
  });

  it('warns about a deprecated setting and leaves it where it is', () => {
    const table: SettingMigration[] = [{ in: 'site.yml', key: 'socials.rss_icon', deprecated: 'every page links its feeds in the head; delete it', why: 'al-folio v0' }];
    const { log, source } = read(`${MINIMAL_SITE}socials:\n  rss_icon: true\n`);
    expect(migrateSettings('site.yml', source, log, table)).toBe(source);
    expect(log.issues).toEqual([
      { severity: 'warning', file: 'content/site.yml', line: 5, column: 3, message: '`socials.rss_icon` is deprecated (al-folio v0)', fix: 'every page links its feeds in the head; delete it' },
    ]);
  });

  it('leaves the old name alone when a value sits where the new one goes', () => {
    const table: SettingMigration[] = [{ in: 'site.yml', key: 'footer_text', renamed: 'footer.text' }];
    const { log, source } = read(`${MINIMAL_SITE}footer: plain\nfooter_text: Hi\n`);
    const migrated = migrateSettings('site.yml', source, log, table);
    expect(migrated.data).toMatchObject({ footer: 'plain', footer_text: 'Hi' });
    expect(log.issues[0]).toMatchObject({ line: 5, message: '`footer_text` is now `footer.text`, but `footer` holds a value, not keys: `footer_text` is ignored', fix: 'move the value to `footer.text` by hand' });
  });

  it('does nothing, and warns about nothing, for a file without old names', () => {
    const { log, source } = read(MINIMAL_SITE);
    expect(migrateSettings('site.yml', source, log, MIGRATIONS)).toBe(source);
    expect(log.issues).toEqual([]);
  });

  it('refuses a table entry that both renames and deprecates, or names no file', () => {
    expect(migrationTableSchema.safeParse([{ in: 'site.yml', key: 'a', renamed: 'b', deprecated: 'c' }]).success).toBe(false);
    expect(migrationTableSchema.safeParse([{ in: 'posts', key: 'a', renamed: 'b' }]).success).toBe(false);
    expect(migrationTableSchema.safeParse([{ in: 'pages', key: 'a b', renamed: 'c' }]).success).toBe(false);
  });
});
