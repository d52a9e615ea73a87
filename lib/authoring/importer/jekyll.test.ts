import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnmatch, JekyllFiles } from './jekyll';
import { SiteReader } from './site-reader';

function site(files: string[]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-jekyll-'));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), '');
  }
  return root;
}

describe("Jekyll's file rules", () => {
  const root = site(['_pages/about.md', '_pages/secret.md', '_pages/_drafts/a.md', '_pages/.hidden.md', '_pages/old.md~', 'assets/img/a.png', 'assets/img/#tmp.png', 'vendor-x/a.md']);
  const jekyll = new JekyllFiles(new SiteReader(root), { include: ['_pages'], exclude: ['_pages/secret.md', 'vendor', 'Gemfile'] });

  it('skips names starting with _ . # or ending in ~, and excluded paths', () => {
    expect(jekyll.walk('_pages')).toEqual({
      files: ['_pages/about.md'],
      skipped: [
        { file: '_pages/.hidden.md', reason: 'Jekyll skips names starting with `.`' },
        { file: '_pages/_drafts/', reason: 'Jekyll skips names starting with `_`' },
        { file: '_pages/old.md~', reason: 'Jekyll skips backup files (ending in ~)' },
        { file: '_pages/secret.md', reason: 'excluded by _config.yml `exclude`' },
      ],
    });
    expect(jekyll.walk('assets/img').files).toEqual(['assets/img/a.png']);
  });

  it('matches exclude patterns as Jekyll does: globs, and prefixes', () => {
    expect(jekyll.whySkipped('vendor-x/a.md')).toContain('excluded');
    expect(jekyll.whySkipped('Gemfile')).toContain('excluded');
    expect(jekyll.whySkipped('assets/img/a.png')).toBeNull();
  });

  it('lets include bring back a name that starts with _', () => {
    const withInclude = new JekyllFiles(new SiteReader(root), { include: ['_drafts'] });
    expect(withInclude.whySkipped('_pages/_drafts/a.md')).toBeNull();
  });
});

describe('fnmatch', () => {
  it('is Ruby File.fnmatch without flags', () => {
    expect(fnmatch('*.md', 'a/b.md')).toBe(true);
    expect(fnmatch('_pages/about_?.md', '_pages/about_1.md')).toBe(true);
    expect(fnmatch('[!a]*.md', 'b.md')).toBe(true);
    expect(fnmatch('README.md', 'README.mdx')).toBe(false);
  });
});
