import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../content/check';
import { readContent } from '../content/load';
import { importAlFolio, SiteReadError, type ImportOptions } from './import';
import { formatReport } from './report';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const V1 = path.join(FIXTURES, 'v1');
const V0 = path.join(FIXTURES, 'v0');
// The fixture has a post dated 2099: "now" is pinned so the test never changes its mind.
const NOW = new Date('2025-06-01T00:00:00Z');

function tempProject() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-'));
}

function run(site: string, out: string, options: Partial<ImportOptions> = {}) {
  return importAlFolio({ site, out, now: NOW, ...options });
}

/** Every file under a folder, with its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(rel);
      else files[rel] = fs.readFileSync(path.join(dir, rel)).toString('base64');
    }
  };
  visit('');
  return files;
}

function options(out: string) {
  return { root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), includeDrafts: true };
}

describe('importing an al-folio v1 site', () => {
  const out = tempProject();
  const report = run(V1, out);

  it('writes what Jekyll would build, and nothing it would not', () => {
    expect(Object.keys(tree(out)).sort()).toEqual([
      'content/_imported/cv.yml',
      'content/_imported/projects/1_project.md',
      'content/_imported/resume.json',
      'content/blog/2024-01-15-figures.mdx',
      'content/blog/2024-02-20-code.mdx',
      'content/blog/2024-03-01-leftovers.md',
      'content/blog/2024-04-01-unpublished.md',
      'content/blog/2099-01-01-future.md',
      'content/news/announcement_1.md',
      'content/news/announcement_2.md',
      'content/pages/about.md',
      'content/pages/blog.md',
      'content/pages/projects.md',
      'content/pages/publications.mdx',
      'content/pages/teaching.md',
      'content/publications.bib',
      'content/site.yml',
      'public/assets/img/my photo.png',
      'public/assets/img/one.png',
      'public/assets/img/prof_pic.png',
      'public/assets/img/two.png',
      'public/assets/pdf/cv.pdf',
      'public/assets/pdf/notes.pdf',
      'public/assets/video/demo.mp4',
    ]);
    expect(report.skipped).toEqual([
      { file: '_pages/_drafts/', reason: 'Jekyll skips names starting with `_`' },
      { file: '_pages/404.md', reason: 'the 404 page: Folio has its own (app/not-found.tsx)' },
      { file: '_pages/secret.md', reason: 'excluded by _config.yml `exclude`' },
      { file: '_posts/_drafts/', reason: 'Jekyll skips names starting with `_`' },
      { file: '_posts/notes.md', reason: 'not named YYYY-MM-DD-title.md: Jekyll does not build it as a post' },
      { file: 'assets/img/_private/', reason: 'Jekyll skips names starting with `_`' },
      { file: 'README.md', reason: 'excluded by _config.yml `exclude`' },
    ]);
    expect(report.layout).toBe('v1');
  });

  it('copies the bibliography byte for byte, and files with a space in their name under that name', () => {
    expect(fs.readFileSync(path.join(out, 'content/publications.bib'))).toEqual(fs.readFileSync(path.join(V1, '_bibliography/papers.bib')));
    expect(fs.readFileSync(path.join(out, 'public/assets/img/my photo.png'))).toEqual(fs.readFileSync(path.join(V1, 'assets/img/my photo.png')));
    expect(fs.readFileSync(path.join(out, 'content/blog/2024-01-15-figures.mdx'), 'utf8')).toContain('<Figure src="/assets/img/my%20photo.png"');
  });

  it('keeps front matter as it is; the blog index gets `layout: blog`, a future post `draft: true`', () => {
    const about = fs.readFileSync(path.join(out, 'content/pages/about.md'), 'utf8');
    expect(about.startsWith(fs.readFileSync(path.join(V1, '_pages/about.md'), 'utf8').split('\n---\n')[0]!)).toBe(true);
    expect(fs.readFileSync(path.join(out, 'content/pages/blog.md'), 'utf8')).toMatch(/^---\nlayout: blog\npermalink: \/blog\/\n[\s\S]*per_page: 4\n---\n$/);
    expect(fs.readFileSync(path.join(out, 'content/blog/2099-01-01-future.md'), 'utf8')).toBe(
      '---\nlayout: post\ntitle: a post from the future\ndate: 2099-01-01\ndraft: true\n---\n\nJekyll does not build this post until 2099.\n',
    );
    const { content } = readContent({ ...options(out), includeDrafts: false });
    expect(content!.posts.map((p) => p.slug)).toEqual(['leftovers', 'code', 'figures']);
  });

  it('reports what it converted, and every leftover with the al-folio file and line', () => {
    expect(Object.fromEntries(report.files)).toEqual({ 'site settings': 1, pages: 5, posts: 5, news: 2, publications: 1, files: 7, 'kept for later': 3 });
    expect(report.conversions.get('figure')).toBe(3);
    expect(report.conversions.get('callout')).toBe(3);
    expect(report.leftovers.map((l) => `${l.file}:${l.line}`)).toEqual([
      '_data/socials.yml:5',
      '_data/socials.yml:6',
      '_pages/projects.md:10',
      '_pages/projects.md:11',
      '_pages/projects.md:12',
      '_pages/publications.md:11',
      '_pages/teaching.md:16',
      '_posts/2024-01-15-figures.md:37',
      '_posts/2024-03-01-leftovers.md:9',
      '_posts/2024-03-01-leftovers.md:11',
      '_posts/2024-03-01-leftovers.md:13',
      '_posts/2024-03-01-leftovers.md:15',
      '_posts/2024-03-01-leftovers.md:15',
    ]);
    const text = formatReport(report, out);
    expect(text).toContain('  posts              5  → content/blog/');
    expect(text).toContain('  _posts/2024-03-01-leftovers.md:11  {% details Click here %}');
    expect(text).toContain('Left for you to finish by hand (13)');
  });

  it('passes the content check (the only warning is the missing file the report names)', async () => {
    const issues = await checkContent(options(out));
    expect(issues.map((i) => `${i.severity} ${i.file}:${i.line} ${i.message}`)).toEqual([
      'warning content/blog/2024-03-01-leftovers.md:15 the link `/assets/pdf/missing.pdf` leads to no page, post or file of the site',
    ]);
  }, 30_000);

  it('writes the same bytes when run twice', () => {
    const before = tree(out);
    const again = run(V1, out);
    expect(tree(out)).toEqual(before);
    expect(new Set(again.written.map((w) => w.status))).toEqual(new Set(['unchanged']));
  });
});

describe('overwriting', () => {
  it('never overwrites a file that differs without --force, and does with it', () => {
    const out = tempProject();
    run(V0, out);
    const about = path.join(out, 'content/pages/about.md');
    const original = fs.readFileSync(about, 'utf8');
    fs.writeFileSync(about, 'edited by hand\n');

    const kept = run(V0, out);
    expect(fs.readFileSync(about, 'utf8')).toBe('edited by hand\n');
    expect(kept.written.filter((w) => w.status === 'kept')).toEqual([{ path: 'content/pages/about.md', status: 'kept', reason: 'it exists and differs from the import' }]);
    expect(formatReport(kept, out)).toContain('Not overwritten (run again with --force to replace them)\n  content/pages/about.md');

    const forced = run(V0, out, { force: true });
    expect(fs.readFileSync(about, 'utf8')).toBe(original);
    expect(forced.written.filter((w) => w.status === 'overwritten').map((w) => w.path)).toEqual(['content/pages/about.md']);
  });

  it('treats the same page under the other extension as existing content', () => {
    const out = tempProject();
    fs.mkdirSync(path.join(out, 'content/pages'), { recursive: true });
    fs.writeFileSync(path.join(out, 'content/pages/about.mdx'), '---\ntitle: mine\n---\n');
    expect(run(V0, out).written.find((w) => w.path === 'content/pages/about.md')).toMatchObject({ status: 'kept', reason: expect.stringContaining('about.mdx') });
    expect(fs.existsSync(path.join(out, 'content/pages/about.md'))).toBe(false);
    run(V0, out, { force: true });
    expect(fs.existsSync(path.join(out, 'content/pages/about.mdx'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'content/pages/about.md'))).toBe(true);
  });
});

describe('importing an al-folio v0 site', () => {
  it('reads social ids from _config.yml, figure.html and <img> rows, and passes the check', async () => {
    const out = tempProject();
    const report = run(V0, out);
    expect(report.layout).toBe('v0');
    expect(fs.readFileSync(path.join(out, 'content/site.yml'), 'utf8')).toContain('socials:\n  email: grace@example.org\n  github_username: grace\n  x_username: amazing_grace\n');
    expect(fs.readFileSync(path.join(out, 'content/blog/2018-06-01-nanoseconds.mdx'), 'utf8')).toContain(
      '<Figures caption="A wire one nanosecond long, and the first bug.">\n  <Figure src="/assets/img/wire.png" alt="a wire" />\n  <Figure src="/assets/img/bug.png" alt="the first bug" zoomable="true" />\n</Figures>',
    );
    expect(report.skipped.map((s) => s.file)).toEqual(['_drafts/', 'notes.md']);
    expect(report.leftovers.map((l) => `${l.file}:${l.line}`)).toEqual(['_config.yml:16', '_config.yml:18', '_posts/2018-06-01-nanoseconds.md:17', '_posts/2018-06-01-nanoseconds.md:24']);
    expect(await checkContent(options(out))).toEqual([]);
  }, 30_000);
});

describe("Jekyll's own rules", () => {
  it('leaves out _pages/ when `include` does not list it, and a collection _config.yml does not declare', () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\npermalink: /blog/:year/:title/\n');
    for (const file of ['_pages/about.md', '_news/a.md', '_projects/p.md']) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), '---\ntitle: x\ndate: 2024-01-01\n---\nText\n');
    }
    const report = run(site, tempProject());
    expect(report.skipped.map((s) => s.file)).toEqual(['_news/', '_pages/']);
    expect(report.files.get('pages')).toBeUndefined();
    expect(report.files.get('news')).toBeUndefined();
    expect(report.files.get('kept for later')).toBeUndefined();
  });
});

describe('a folder that is not an al-folio site', () => {
  it('is an error', () => {
    expect(() => run(tempProject(), tempProject())).toThrow(SiteReadError);
  });
});
