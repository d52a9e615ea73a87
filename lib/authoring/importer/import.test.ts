import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { checkContent } from '../../check';
import { readContent } from '../../content/load';
import { demoData, fileFingerprint } from './demo';
import { isExampleFile } from './example';
import { EditedContentError, importAlFolio, SiteReadError, type ImportOptions } from './import';
import { formatReport } from './report';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const V1 = path.join(FIXTURES, 'v1');
const V0 = path.join(FIXTURES, 'v0');
/** A PhD student's v0 site: its own `home` layout, `news: yes`, a url without scheme, a news page, a JSON Resume. */
const V0_HOME = path.join(FIXTURES, 'v0-home');
/** al-folio v1's starter, its standard pages (projects loop, cv, publications) as it ships them. */
const STARTER = path.join(FIXTURES, 'starter');
const ROOT = path.join(import.meta.dirname, '..', '..', '..');
// The fixture has a post dated 2099: "now" is pinned so the test never changes its mind.
const NOW = new Date('2025-06-01T00:00:00Z');

function tempProject() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'folio-import-'));
}

/** A fresh clone's content/ and public/: the shipped example. */
function freshClone() {
  const out = tempProject();
  for (const folder of ['content', 'public']) fs.cpSync(path.join(ROOT, folder), path.join(out, folder), { recursive: true });
  return out;
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

const read = (out: string, file: string) => fs.readFileSync(path.join(out, file), 'utf8');

function options(out: string) {
  return { root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), includeDrafts: true };
}

describe('importing an al-folio v1 site', () => {
  const out = tempProject();
  const report = run(V1, out);

  it('writes what Jekyll would build, and nothing it would not', () => {
    expect(Object.keys(tree(out)).sort()).toEqual([
      'content/blog/2024-01-15-figures.mdx',
      'content/blog/2024-02-20-code.mdx',
      'content/blog/2024-03-01-leftovers.md',
      'content/blog/2024-04-01-unpublished.md',
      'content/blog/2099-01-01-future.md',
      'content/cv.yml',
      'content/news/announcement_1.md',
      'content/news/announcement_2.md',
      'content/pages/about.md',
      'content/pages/blog.md',
      'content/pages/projects.mdx',
      'content/pages/publications.mdx',
      'content/pages/teaching.md',
      'content/projects/1_project.md',
      'content/publications.bib',
      'content/resume.json',
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

  it('copies the bibliography, the CV files and the projects as they are, and files with a space in their name under that name', () => {
    expect(fs.readFileSync(path.join(out, 'content/publications.bib'))).toEqual(fs.readFileSync(path.join(V1, '_bibliography/papers.bib')));
    expect(fs.readFileSync(path.join(out, 'content/cv.yml'))).toEqual(fs.readFileSync(path.join(V1, '_data/cv.yml')));
    expect(fs.readFileSync(path.join(out, 'content/resume.json'))).toEqual(fs.readFileSync(path.join(V1, 'assets/json/resume.json')));
    expect(read(out, 'content/projects/1_project.md')).toBe(read(V1, '_projects/1_project.md'));
    expect(fs.readFileSync(path.join(out, 'public/assets/img/my photo.png'))).toEqual(fs.readFileSync(path.join(V1, 'assets/img/my photo.png')));
    expect(read(out, 'content/blog/2024-01-15-figures.mdx')).toContain('<Figure src="/assets/img/my%20photo.png"');
  });

  it('keeps front matter as it is; the blog index gets `layout: blog`, a future post `draft: true`', () => {
    const about = read(out, 'content/pages/about.md');
    expect(about.startsWith(read(V1, '_pages/about.md').split('\n---\n')[0]!)).toBe(true);
    expect(read(out, 'content/pages/blog.md')).toMatch(/^---\nlayout: blog\npermalink: \/blog\/\n[\s\S]*per_page: 4\n---\n$/);
    expect(read(out, 'content/blog/2099-01-01-future.md')).toBe('---\nlayout: post\ntitle: a post from the future\ndate: 2099-01-01\ndraft: true\n---\n\nJekyll does not build this post until 2099.\n');
    const { content } = readContent({ ...options(out), includeDrafts: false });
    expect(content!.posts.map((p) => p.slug)).toEqual(['leftovers', 'code', 'figures']);
  });

  it("turns al-folio's projects loop into <Projects />, and drops the news include the about layout replaces", () => {
    expect(read(out, 'content/pages/projects.mdx')).toBe(read(V1, '_pages/projects.md').split('<div class="projects">')[0] + '<Projects />\n');
    expect(read(out, 'content/pages/about.md')).not.toContain('news');
  });

  it('reports what it converted, and every leftover with the al-folio file and line', () => {
    expect(Object.fromEntries(report.files)).toEqual({ 'site settings': 1, pages: 5, posts: 5, news: 2, projects: 1, CV: 2, publications: 1, files: 7 });
    expect(report.conversions.get('figure')).toBe(3);
    expect(report.conversions.get('callout')).toBe(3);
    expect(report.conversions.get('projects list')).toBe(1);
    expect(report.conversions.get('audio')).toBe(1);
    expect(report.conversions.get('details')).toBe(1);
    expect(report.leftovers.map((l) => `${l.file}:${l.line}`)).toEqual([
      '_data/socials.yml:5',
      '_pages/teaching.md:16',
      '_posts/2024-01-15-figures.md:37',
      '_posts/2024-03-01-leftovers.md:9',
      '_posts/2024-03-01-leftovers.md:15',
    ]);
    const text = formatReport(report, out);
    expect(text).toContain('  posts              5  → content/blog/');
    expect(text).toContain('  projects           1  → content/projects/');
    expect(text).toContain("  _posts/2024-03-01-leftovers.md:9\n      `/assets/audio/clip.mp3` is not a file of the site");
    expect(text).toContain('  _posts/2024-03-01-leftovers.md:15  `{{ page.author }}`: `page.author` is never set, so Jekyll printed nothing here, and so does the import');
    expect(text).toContain('Left for you to finish by hand (5)');
  });

  it('keeps the Liquid it could not convert where the author finds it, never where a visitor would', () => {
    // `page.author` is never set: Jekyll printed nothing, and so does the import.
    expect(read(out, 'content/blog/2024-03-01-leftovers.md')).toContain('Written by. A missing file');
    expect(read(out, 'content/pages/teaching.md')).toContain('<!-- {% include news.liquid %} -->');
  });

  it('passes the content check (the only warning is the missing file the report names)', async () => {
    const issues = await checkContent(options(out));
    expect(issues.map((i) => `${i.severity} ${i.file}:${i.line} ${i.message}`)).toEqual([
      'warning content/blog/2024-03-01-leftovers.md:18 the link `/assets/pdf/missing.pdf` leads to no page, post or file of the site',
    ]);
  }, 30_000);

  it('writes the same bytes when run twice', () => {
    const before = tree(out);
    const again = run(V1, out);
    expect(tree(out)).toEqual(before);
    expect(new Set(again.written.map((w) => w.status))).toEqual(new Set(['unchanged']));
    expect(again.backup).toBeUndefined();
  });
});

describe('the import replaces the shipped example', () => {
  it('moves every file of the example to a dated backup folder, and leaves none of it in content/ or public/', () => {
    const out = freshClone();
    const example = Object.keys(tree(path.join(out)));
    const report = run(V0, out);
    const folder = 'folio-example-backup-' + /\d{8}-\d{6}/.exec(report.backup!.folder)![0];
    expect(report.backup).toEqual({ folder, files: example.sort(), example: true });
    for (const file of example) expect(fs.readFileSync(path.join(out, folder, file))).toEqual(fs.readFileSync(path.join(ROOT, file)));
    // What content/ and public/ hold now is the import, file for file.
    const imported = Object.keys(tree(out)).filter((f) => !f.startsWith(folder));
    expect(imported.sort()).toEqual(report.written.map((w) => w.path).sort());
    expect(imported.filter((f) => isExampleFile(out, f))).toEqual([]);
    expect(formatReport(report, out)).toContain(`Folio's example content (${example.length} files) moved to ${folder}/, under the same paths: nothing was deleted.`);
  });

  it('refuses to replace content the author edited, writes nothing, and says how to go on; --force moves it aside too', () => {
    const out = freshClone();
    fs.appendFileSync(path.join(out, 'content/pages/about.mdx'), '\nMy own words.\n');
    fs.writeFileSync(path.join(out, 'content/pages/teaching.md'), '---\ntitle: teaching\n---\n');
    const before = tree(out);
    let refusal: unknown;
    try {
      run(V0, out);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(EditedContentError);
    expect((refusal as EditedContentError).files).toEqual(['content/pages/about.mdx', 'content/pages/teaching.md']);
    expect((refusal as Error).message).toContain('run again with --force');
    expect(tree(out)).toEqual(before);

    const forced = run(V0, out, { force: true });
    expect(forced.backup).toMatchObject({ example: false, files: expect.arrayContaining(['content/pages/about.mdx', 'content/pages/teaching.md', 'content/site.yml']) });
    expect(read(out, path.join(forced.backup!.folder, 'content/pages/about.mdx'))).toContain('My own words.');
    expect(read(out, 'content/pages/teaching.md')).toBe(read(V0, 'teaching.md').replace('---\nA root', '---\n\nA root'));
  });

  it('imports over its own earlier import without asking (nothing differs), and over an edit only with --force', () => {
    const out = tempProject();
    run(V0, out);
    const imported = read(out, 'content/pages/about.md');
    expect(run(V0, out).backup).toBeUndefined();
    fs.writeFileSync(path.join(out, 'content/pages/about.md'), 'edited by hand\n');
    expect(() => run(V0, out)).toThrow(EditedContentError);
    expect(read(out, 'content/pages/about.md')).toBe('edited by hand\n');
    const forced = run(V0, out, { force: true });
    expect(forced.backup).toEqual({ folder: expect.stringMatching(/^folio-content-backup-/), files: ['content/pages/about.md'], example: false });
    expect(read(out, 'content/pages/about.md')).toBe(imported);
  });
});

describe('importing an al-folio v0 site', () => {
  it('reads social ids from _config.yml, figure.html and <img> rows, the page\'s own front matter, and passes the check', async () => {
    const out = tempProject();
    const report = run(V0, out);
    expect(report.layout).toBe('v0');
    expect(read(out, 'content/site.yml')).toContain('socials:\n  email: grace@example.org\n  github_username: grace\n  x_username: amazing_grace\n');
    const post = read(out, 'content/blog/2018-06-01-nanoseconds.mdx');
    expect(post).toContain(
      '<Figures caption="A wire one nanosecond long, and the first bug.">\n  <Figure src="/assets/img/wire.png" alt="a wire" />\n  <Figure src="/assets/img/bug.png" alt="the first bug" zoomable="true" />\n</Figures>',
    );
    // `{{ page.date | date: "%Y" }}`: liquidjs evaluates it against the post's front matter.
    expect(post).toContain('Posted in 2018.');
    expect(report.skipped.map((s) => s.file)).toEqual(['_drafts/', 'notes.md']);
    expect(report.leftovers.map((l) => `${l.file}:${l.line}`)).toEqual(['_config.yml:16', '_config.yml:18', '_posts/2018-06-01-nanoseconds.md:17']);
    expect(await checkContent(options(out))).toEqual([]);
  }, 30_000);
});

describe("a PhD student's v0 site (issue 13's first site)", () => {
  const out = tempProject();
  const report = run(V0_HOME, out);

  it("maps the site's own `home` layout by what it renders, and leaves YAML 1.1 switches as written (in front matter; site.yml is written anew)", () => {
    expect(read(out, 'content/pages/about.md')).toBe(read(V0_HOME, '_pages/about.md').replace('layout: home', 'layout: about'));
    expect(report.notes).toContainEqual({ file: '_pages/about.md', line: 2, message: "layout `home` is the site's own (it shows a profile): imported as `layout: about`" });
  });

  it('gives `url` its scheme, and carries the settings al-folio read from _config.yml', () => {
    const site = read(out, 'content/site.yml');
    expect(site).toContain('url: https://ana.example.edu\n');
    expect(site).toContain('latest_posts:\n  enabled: true\n  limit: 2\nnews_limit: 5\nmax_author_limit: 4\nlast_updated: true\n');
    expect(site).toContain('footer_text: "&copy; Ana Student. Views are my own."\n');
    expect(report.notes).toContainEqual(expect.objectContaining({ file: '_config.yml', line: 8, message: expect.stringContaining('"Powered by Jekyll with al-folio theme. Hosted by GitHub Pages."') }));
    expect(report.leftovers).toEqual([{ file: '_config.yml', line: 21, text: '', message: 'Google Analytics `UA-12345678-1` is not a GA4 measurement ID (G-...): Google ended Universal Analytics in 2023; set `analytics: {provider: ga4, measurement_id: G-...}` in content/site.yml' }]);
  });

  it("imports the news page as the title of Folio's /news/, its news include dropped; the CV as JSON Resume", () => {
    expect(read(out, 'content/pages/news.md')).toBe(read(V0_HOME, '_pages/news.md').replace('\n{% include news.html %}\n', ''));
    expect(read(out, 'content/resume.json')).toBe(read(V0_HOME, 'assets/json/resume.json'));
    expect(read(out, 'content/_imported/cv.yml')).toBe(read(V0_HOME, '_data/cv.yml'));
    expect(fs.existsSync(path.join(out, 'content/cv.yml'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'public/assets/pdf/cv.pdf'))).toBe(true);
  });

  it('passes the content check with no error (the YAML 1.1 switches are warnings)', async () => {
    const issues = await checkContent(options(out));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'content/pages/about.md:9 `yes` is read as true, as Jekyll reads YAML',
      'content/pages/about.md:10 `yes` is read as true, as Jekyll reads YAML',
    ]);
  }, 30_000);
});

describe("al-folio v1's starter", () => {
  const out = freshClone();
  const report = run(STARTER, out);

  it('brings the CV, the projects and the standard pages across, converted', () => {
    expect(read(out, 'content/cv.yml')).toBe(read(STARTER, '_data/cv.yml'));
    expect(read(out, 'content/pages/cv.md')).toBe(read(STARTER, '_pages/cv.md'));
    expect(read(out, 'content/pages/projects.mdx')).toMatch(/\n---\n\n<Projects categories="work, fun" \/>\n$/);
    expect(read(out, 'content/pages/publications.mdx')).toMatch(/\n---\n\n<div className="publications">\n\n<Publications \/>\n\n<\/div>\n$/);
    expect(Object.keys(tree(path.join(out, 'content/projects')))).toEqual(['1_project.mdx', '2_project.mdx', '3_project.md']);
    expect(read(out, 'content/projects/3_project.md')).toBe(read(STARTER, '_projects/3_project.md'));
  });

  it('lists analytics, comments and the settings it did not carry, with their lines', () => {
    expect(report.leftovers.filter((l) => l.file === '_config.yml').map((l) => `${l.line} ${l.message.split(':')[0]}`)).toEqual([
      '12 contact note under the social icons',
      '75 giscus',
    ]);
    // Disqus is al-folio's demo shortname: the demo note lists it, and it is no leftover.
    expect(report.demo.settings).toEqual([{ key: 'disqus_shortname', line: 80, what: "disqus_shortname `al-folio`: al-folio's own" }]);
    expect(report.notCarried).toContainEqual({ file: '_config.yml', line: 38, key: 'navbar_fixed', reason: 'Folio does this its own way' });
    expect(read(out, 'content/site.yml')).toContain('baseurl: /al-folio\n');
    expect(read(out, 'content/site.yml')).toContain('max_author_limit: 3\nlast_updated: false\nenable_project_categories: true\n');
  });

  it('passes the content check with no error', async () => {
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
    expect(report.skipped.map((s) => s.file)).toEqual(['_news/', '_pages/', '_projects/']);
    expect(report.files.get('pages')).toBeUndefined();
    expect(report.files.get('news')).toBeUndefined();
    expect(report.files.get('projects')).toBeUndefined();
  });

  it("keeps a collection Folio has no pages for in content/_imported/, as a leftover on its _config.yml line", () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\npermalink: /blog/:year/:title/\ncollections:\n  books:\n    output: true\n');
    fs.mkdirSync(path.join(site, '_books'));
    fs.writeFileSync(path.join(site, '_books/a.md'), '---\ntitle: A book\n---\n');
    const out = tempProject();
    const report = run(site, out);
    expect(read(out, 'content/_imported/books/a.md')).toBe('---\ntitle: A book\n---\n');
    expect(report.leftovers).toContainEqual(expect.objectContaining({ file: '_config.yml', line: 4, message: expect.stringContaining('the `books` collection (1 file)') }));
  });
});

describe('a folder that is not an al-folio site', () => {
  it('is an error', () => {
    expect(() => run(tempProject(), tempProject())).toThrow(SiteReadError);
  });
});

describe('pages al-folio lays out from front matter', () => {
  it('reports the people of `layout: profiles`', () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\npermalink: /blog/:year/:title/\ninclude: [_pages]\n');
    fs.mkdirSync(path.join(site, '_pages'));
    fs.writeFileSync(path.join(site, '_pages/people.md'), '---\nlayout: profiles\ntitle: people\nprofiles:\n  - align: left\n    image: a.jpg\n---\n');
    const out = tempProject();
    const report = run(site, out);
    expect(report.leftovers).toEqual([expect.objectContaining({ file: '_pages/people.md', line: 4, message: expect.stringContaining('layout: profiles') })]);
  });

  it('a header submenu whose items all lead nowhere (al-folio\'s demo) becomes a plain page', () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\npermalink: /blog/:year/:title/\ninclude: [_pages]\n');
    fs.mkdirSync(path.join(site, '_pages'));
    fs.writeFileSync(path.join(site, '_pages/dropdown.md'), '---\nlayout: page\ntitle: submenus\nnav: true\ndropdown: true\nchildren:\n  - title: books\n    permalink: /books/\n  - title: divider\n---\n');
    const out = tempProject();
    const report = run(site, out);
    expect(read(out, 'content/pages/dropdown.md')).toBe('---\nlayout: page\ntitle: submenus\nnav: true\ndropdown: false\n---\n');
    expect(report.leftovers).toEqual([expect.objectContaining({ file: '_pages/dropdown.md', line: 8, message: expect.stringContaining('`books` (/books/) leads to no page') })]);
  });
});

describe('importing a site that made the theme and the header its own (fixtures/theme-nav)', () => {
  const out = tempProject();
  const report = run(path.join(FIXTURES, 'theme-nav'), out);

  it('carries the submenu, less the item that leads nowhere; copies the file an item names', () => {
    const page = read(out, 'content/pages/dropdown.md');
    expect(page).toContain('dropdown: true\n');
    expect(page).toContain('children:\n  - title: teaching\n    permalink: /teaching/\n  - title: divider\n  - title: blog\n    permalink: /blog/\n  - title: slides\n    permalink: /assets/pdf/slides.pdf\n  - title: wiki\n    permalink: https://wiki.example.org/\n---\n');
    expect(page).not.toContain('/books/');
    expect(report.leftovers).toContainEqual(expect.objectContaining({ file: '_pages/dropdown.md', line: 12, message: expect.stringContaining('`bookshelf` (/books/) leads to no page') }));
    expect(fs.existsSync(path.join(out, 'public/assets/pdf/slides.pdf'))).toBe(true);
  });

  it('carries max_width and enable_navbar_social into site.yml', () => {
    const site = read(out, 'content/site.yml');
    expect(site).toMatch(/^max_width: 1100px$/m);
    expect(site).toMatch(/^enable_navbar_social: true$/m);
    expect(report.notCarried.map((n) => n.key)).not.toEqual(expect.arrayContaining(['max_width']));
  });

  it('writes the theme colours and the fonts into content/styles.css, the font files into public/fonts/', () => {
    const css = read(out, 'content/styles.css');
    expect(css).toContain(':root.light {\n  --folio-accent: #0f766e;\n}');
    expect(css).toContain('.dark {\n  --folio-accent: #5eead4;\n}');
    expect(css).toContain('--folio-font-body: "Junicode", Georgia, serif;');
    expect(css).toContain('src: url("/fonts/Junicode.woff2") format("woff2");');
    expect(css).toContain('src: url("/fonts/Junicode-Italic.woff2") format(\'woff2\');');
    expect(fs.readFileSync(path.join(out, 'public/fonts/Junicode.woff2'))).toEqual(fs.readFileSync(path.join(FIXTURES, 'theme-nav/assets/fonts/Junicode.woff2')));
    expect(fs.existsSync(path.join(out, 'public/fonts/Junicode-Italic.woff2'))).toBe(true);
  });

  it('passes the content check', async () => {
    expect(await checkContent(options(out))).toEqual([]);
  });
});

describe('a site with symbolic links out of it (issue 20)', () => {
  /** A small site whose links lead to a folder beside it, as a site someone sent you might. */
  function hostileSite() {
    const base = tempProject();
    const site = path.join(base, 'site');
    const outside = path.join(base, 'outside');
    const files: Record<string, string> = {
      '_config.yml': 'title: T\nfirst_name: Ada\nlast_name: L\nurl: https://ada.example.org\npermalink: /blog/:year/:title/\ninclude: [_pages]\njekyll_get_json:\n  - data: resume\n    json: assets/json/resume.json\n',
      '_pages/about.md': '---\nlayout: about\ntitle: about\npermalink: /\n---\nHello. ![me](/assets/img/gallery/me.png) and ![us](/assets/img/shared.png)\n',
      '_pages/cv.md': '---\nlayout: cv\ntitle: cv\npermalink: /cv/\n---\n',
      '_bibliography/papers.bib': '@article{a2024,\n  title = {A},\n  author = {L, Ada},\n  journal = {J},\n  year = {2024},\n  pdf = {paper.pdf}\n}\n',
      'assets/img/real/shared.png': 'PNG',
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    }
    fs.mkdirSync(path.join(outside, 'photos'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'secret'), 'SECRET OF THE HOST');
    fs.writeFileSync(path.join(outside, 'photos/me.png'), 'SECRET OF THE HOST');
    const secret = path.join(outside, 'secret');
    fs.symlinkSync(secret, path.join(site, 'leak.md'));
    fs.mkdirSync(path.join(site, '_data'));
    fs.symlinkSync(secret, path.join(site, '_data/cv.yml'));
    fs.mkdirSync(path.join(site, 'assets/json'), { recursive: true });
    fs.symlinkSync(secret, path.join(site, 'assets/json/resume.json'));
    fs.mkdirSync(path.join(site, 'assets/pdf'), { recursive: true });
    fs.symlinkSync('../../../outside/secret', path.join(site, 'assets/pdf/paper.pdf'));
    fs.symlinkSync(path.join(outside, 'photos'), path.join(site, 'assets/img/gallery'));
    // A link that stays inside the site is followed.
    fs.symlinkSync('real/shared.png', path.join(site, 'assets/img/shared.png'));
    return { site, outside };
  }

  it('copies nothing from outside, reports each link with where it points, and follows a link inside the site', () => {
    const { site, outside } = hostileSite();
    const out = tempProject();
    const report = run(site, out);
    const written = tree(out);
    for (const [file, base64] of Object.entries(written)) expect(Buffer.from(base64, 'base64').toString('utf8'), file).not.toContain('SECRET OF THE HOST');
    expect(Object.keys(written).sort()).toEqual([
      'content/pages/about.md',
      'content/pages/cv.md',
      'content/publications.bib',
      'content/site.yml',
      'public/assets/img/real/shared.png',
      'public/assets/img/shared.png',
    ]);
    expect(report.refused).toEqual([
      { link: 'leak.md', target: path.join(outside, 'secret') },
      { link: '_data/cv.yml', target: path.join(outside, 'secret') },
      { link: 'assets/json/resume.json', target: path.join(outside, 'secret') },
      { link: 'assets/img/gallery', target: path.join(outside, 'photos') },
      { link: 'assets/pdf/paper.pdf', target: '../../../outside/secret' },
    ]);
    expect(report.leftovers.map((l) => `${l.file}:${l.line} ${l.message.split(':')[0]}`)).toEqual([
      '_bibliography/papers.bib:6 `/assets/pdf/paper.pdf` is a symbolic link out of the site',
      '_pages/about.md:6 `/assets/img/gallery/me.png` is a symbolic link out of the site',
      '_pages/cv.md:2 a CV page, but the site has no CV data (_data/cv.yml or assets/json/resume.json)',
    ]);
    const text = formatReport(report, out);
    expect(text).toContain('Refused: symbolic links that lead out of the site (nothing of them was read or copied)\n  leak.md -> ');
    expect(text).toContain('  assets/pdf/paper.pdf -> ../../../outside/secret\n');
  });

  it('refuses a _config.yml that is a link out of the site', () => {
    const { site, outside } = hostileSite();
    fs.rmSync(path.join(site, '_config.yml'));
    fs.symlinkSync(path.join(outside, 'secret'), path.join(site, '_config.yml'));
    expect(() => run(site, tempProject())).toThrow(/its _config.yml is a symbolic link out of the site \(to .*secret\), refused/);
  });
});

describe('the corpus: Liquid converted, not left (issue 21 point 2)', () => {
  it("liquid-posts: front-matter values, post_url and link in .md and .mdx alike, URL filters, a variable never set, a loop over _data/", async () => {
    const out = tempProject();
    const report = run(path.join(FIXTURES, 'liquid-posts'), out);
    const gazekit = read(out, 'content/blog/2024-02-10-gazekit.mdx');
    expect(gazekit).toContain('The toolkit from our CHI 2024 paper is public: [gazekit](https://github.com/ohaddad/gazekit),\nversion 0.4.1.');
    expect(gazekit).toContain('read [the primer](/blog/2019/eye-tracking-primer/) first.');
    expect(gazekit).toContain('Share the figure with this link: https://ohaddad.github.io/assets/img/scanpath.png\n\nThanks to for testing it.\n');
    const recap = read(out, 'content/blog/2024-06-30-chi-recap.md');
    expect(recap).toContain('Notes from CHI 2024 in Honolulu, written on the flight back.');
    expect(recap).toContain('(see also [my primer](/blog/2019/eye-tracking-primer/)).');
    expect(recap).toContain('My own slides are at [https://ohaddad.github.io/assets/pdf/chi2024-slides.pdf](/assets/pdf/chi2024-slides.pdf).');
    expect(recap).toContain('Older notes: [THE 2019 PRIMER](/blog/2019/eye-tracking-primer/).\n\nWritten June 30, 2024, chi 2024 recap.\n');
    expect(read(out, 'content/pages/talks.md')).toMatch(
      /---\n\n\*\*Where readers look in a PDF\*\*, CHI 2024, Honolulu, May 2024\.\n\[Slides\]\(\/assets\/pdf\/chi2024-slides\.pdf\)\n\n\*\*Eye tracking on a budget\*\*, Invited talk, University of Cologne, November 2023\.\n$/,
    );
    expect(report.notes).toContainEqual({ file: '_posts/2024-02-10-gazekit.md', line: 22, message: '`{{ page.acknowledgements }}`: `page.acknowledgements` is never set, so Jekyll printed nothing here, and so does the import' });
    expect(report.notes).toContainEqual({ file: '_pages/talks.md', line: 10, message: expect.stringContaining('the Liquid `for` block was run as Jekyll ran it, over _data/talks.yml') });
    expect(report.leftovers.filter((l) => l.file !== '_config.yml')).toEqual([]);
    expect(await checkContent(options(out))).toEqual([]);
  }, 30_000);

  it('v0-2023-distill: the distill post becomes an ordinary post, citing from its own .bib; post_url to it resolves', async () => {
    const out = tempProject();
    const report = run(path.join(FIXTURES, 'v0-2023-distill'), out);
    const post = read(out, 'content/blog/2023-02-14-attention-sinks.mdx');
    expect(post).toMatch(/^---\nlayout: post\n/);
    expect(post).toContain('\ntoc: {beginning: true}\n');
    expect(post).toContain('whatever it is <Cite id="xiao2023efficient" />. Removing that');
    expect(post).toContain('keys\n<Cite id="cuturi2013sinkhorn" /><Cite id="peyre2019computational" />, and the');
    expect(post).toContain('somewhere.[^1]\n');
    expect(post).toContain('```python\nimport torch\n\ndef attention(q, k, v):\n    weights = torch.softmax(q @ k.T / q.shape[-1] ** 0.5, dim=-1)\n    return weights @ v\n```');
    expect(post).toMatch(/\n\[\^1\]: Softmax cannot output all zeros; a sink is the cheapest way to say "nothing here"\.\n$/);
    expect(fs.readFileSync(path.join(out, 'public/assets/bibliography/2023-02-14-attention-sinks.bib'))).toEqual(
      fs.readFileSync(path.join(FIXTURES, 'v0-2023-distill/assets/bibliography/2023-02-14-attention-sinks.bib')),
    );
    expect(read(out, 'content/blog/2023-06-01-reading-group.mdx')).toContain('[attention sinks](/blog/2023/attention-sinks/)');
    expect(report.leftovers.filter((l) => l.file.startsWith('_posts/')).map((l) => `${l.file}:${l.line} ${l.message.split(':')[0]}`)).toEqual([
      "_posts/2023-02-14-attention-sinks.md:10 Distill's byline (2 authors, with affiliations)",
      "_posts/2023-02-14-attention-sinks.md:31 the post's own CSS (`_styles`) is not carried",
    ]);
    expect((await checkContent(options(out))).filter((i) => i.severity === 'error')).toEqual([]);
  }, 30_000);

  it("v0-2019 and v0-2021: those eras' projects loops (the card's HTML in the loop, a sorted grid) become <Projects />", () => {
    for (const site of ['v0-2019', 'v0-2021']) {
      const out = tempProject();
      const report = run(path.join(FIXTURES, site), out);
      expect(read(out, 'content/pages/projects.mdx'), site).toMatch(/\n---\n\n<Projects \/>\n$/);
      expect(report.leftovers.filter((l) => l.file === '_pages/projects.md'), site).toEqual([]);
    }
  });

  it('custom-layouts: the blog index at /journal/ titles Folio\'s /blog/; keys only its own layouts showed are reported', () => {
    const out = tempProject();
    const report = run(path.join(FIXTURES, 'custom-layouts'), out);
    expect(read(out, 'content/pages/blog.md')).toMatch(/^---\nlayout: blog\npermalink: \/blog\/\ntitle: journal\nnav: true\n[\s\S]*---\n$/);
    expect(report.leftovers.filter((l) => l.file !== '_config.yml').map((l) => `${l.file}:${l.line} ${l.message.split(':')[0]}`)).toEqual([
      '_pages/about.md:13 `themes`',
      '_pages/research.md:8 `funding`',
      '_posts/2022-05-20-first-week-on-kongsvegen.md:5 `place`',
      '_posts/2023-01-09-why-glaciers-surge.md:5 `place`',
    ]);
  });
});

describe("the corpus: al-folio's demo content stays behind unless asked for (issue 21 point 4)", () => {
  const SITE = path.join(FIXTURES, 'demo-published');
  const DEMO_KEYS = ['einstein1920relativity', 'einstein1956investigations', 'einstein1950meaning', 'einstein1905molekularkinetischen', 'einstein1905movement', 'einstein1905electrodynamics'];

  it('demo-published: the demo posts, projects, news, data files, BibTeX entries and settings left out, in one note; frames and edited files kept', async () => {
    const out = tempProject();
    const report = run(SITE, out);
    expect(Object.keys(tree(out)).filter((f) => f.startsWith('content/')).sort()).toEqual([
      'content/blog/2025-09-01-pipetting-robot.md',
      'content/blog/2026-01-20-mitosis-under-load.md',
      'content/news/announcement_2.md',
      'content/pages/about.md',
      'content/pages/blog.md',
      'content/pages/projects.mdx',
      'content/pages/publications.mdx',
      'content/projects/3_lab-automation.md',
      'content/publications.bib',
      'content/site.yml',
    ]);
    expect(report.demo.files.map((f) => f.file).sort()).toEqual([
      '_data/coauthors.yml',
      '_data/venues.yml',
      '_news/announcement_1.md',
      '_posts/2015-05-15-images.md',
      '_posts/2015-10-20-math.md',
      '_projects/1_project.md',
      '_projects/2_project.md',
    ]);
    const bib = read(out, 'content/publications.bib');
    for (const key of DEMO_KEYS) expect(bib).not.toContain(key);
    // The author's entries stay byte for byte.
    const original = read(SITE, '_bibliography/papers.bib');
    for (const key of ['tanaka2026spindle', 'tanaka2023open']) {
      const entry = new RegExp(`@\\w+\\{${key},[\\s\\S]*?\\n\\}`).exec(original)![0];
      expect(bib).toContain(entry);
    }
    expect(report.demo.settings.map((s) => `${s.line} ${s.key}`)).toEqual(['71 disqus_shortname', '74 external_sources.0', '76 external_sources.1', '120 display_tags', '121 display_categories', '49 blog_name', '50 blog_description']);
    // Not reported as the author's: no Disqus, no external posts, no blog_name among the settings.
    expect(report.leftovers.map((l) => l.message)).not.toContainEqual(expect.stringMatching(/Disqus|external posts/));
    expect(report.notCarried.map((n) => n.key)).not.toContain('blog_name');
    const text = formatReport(report, out);
    expect(text).toContain("al-folio's demo content, left out (7 files, 6 BibTeX entries, 7 settings): al-folio ships it as a sample, unedited here; run again with --include-demo to bring it in\n  _data/coauthors.yml, _data/venues.yml, _news/announcement_1.md, _posts/2015-05-15-images.md,\n");
    expect(text).toContain('  _config.yml:71  disqus_shortname `al-folio`: al-folio\'s own\n');
    expect((await checkContent(options(out))).filter((i) => i.severity === 'error')).toEqual([]);
  }, 30_000);

  it('--include-demo brings every bit of it in', () => {
    const out = tempProject();
    const report = run(SITE, out, { includeDemo: true });
    for (const file of ['content/blog/2015-05-15-images.mdx', 'content/blog/2015-10-20-math.md', 'content/projects/1_project.mdx', 'content/news/announcement_1.md', 'content/venues.yml', 'content/coauthors.yml'])
      expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    expect(fs.readFileSync(path.join(out, 'content/publications.bib'))).toEqual(fs.readFileSync(path.join(SITE, '_bibliography/papers.bib')));
    expect(report.demo.included).toBe(true);
    expect(formatReport(report, out)).toContain("al-folio's demo content, brought in as asked (--include-demo): 7 files, 6 BibTeX entries, 7 settings");
  });

  it("a demo image stays behind unless the author's own content shows it", () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\npermalink: /blog/:year/:title/\ninclude: [_pages]\n');
    fs.mkdirSync(path.join(site, '_pages'));
    fs.writeFileSync(path.join(site, '_pages/about.md'), '---\nlayout: about\ntitle: about\npermalink: /\nprofile:\n  image: shown.jpg\n---\nHello.\n');
    fs.mkdirSync(path.join(site, 'assets/img'), { recursive: true });
    for (const name of ['shown.jpg', 'unused.jpg', 'mine.jpg']) fs.writeFileSync(path.join(site, 'assets/img', name), `bytes of ${name}`);
    // A stand-in for al-folio's fingerprints: shown.jpg and unused.jpg are al-folio's sample pictures.
    const data = { ...demoData(), files: Object.fromEntries(['shown.jpg', 'unused.jpg'].map((name) => [fileFingerprint(name, Buffer.from(`bytes of ${name}`))!, [`assets/img/${name}`, '2020-01-01', '', 'v0.1.0', 'v1.0.0'] as [string, string, string, string, string]])) };
    const out = tempProject();
    const report = run(site, out, { demoData: data });
    expect(Object.keys(tree(path.join(out, 'public'))).sort()).toEqual(['assets/img/mine.jpg', 'assets/img/shown.jpg']);
    expect(report.demo.files.map((f) => f.file)).toEqual(['assets/img/unused.jpg']);
  });
});

describe('the corpus: al-folio v1 and multilingual sites (issue 21 point 6)', () => {
  it('multilingual: the default language imported whole, without its folder in the names; the other listed file by file, not carried', async () => {
    const out = tempProject();
    const report = run(path.join(FIXTURES, 'multilingual'), out);
    expect(Object.keys(tree(out)).filter((f) => !f.startsWith('.next/')).sort()).toEqual([
      'content/blog/2024-03-12-radar-nowcasting.md',
      'content/news/announcement_1.md',
      'content/pages/about.md',
      'content/pages/blog.md',
      'content/pages/publications.mdx',
      'content/pages/teaching.md',
      'content/publications.bib',
      'content/redirects.yml',
      'content/site.yml',
      // The course in en only: its pt-br twin and the course taught only in pt-br stay behind, as the pages do.
      'content/teaching/urban-hydrology.md',
      'public/assets/img/prof_pic.jpg',
    ]);
    expect(read(out, 'content/teaching/urban-hydrology.md')).toContain('title: Urban Hydrology');
    // polyglot served the other language under /pt-br/: those addresses lead to the default language's pages.
    expect(Object.entries(YAML.parse(read(out, 'content/redirects.yml')))).toEqual([
      ['/pt-br/', '/'],
      ['/pt-br/blog/', '/blog/'],
      ['/pt-br/publications/', '/publications/'],
      ['/pt-br/teaching/', '/teaching/'],
      ['/pt-br/blog/2024/radar-nowcasting/', '/blog/2024/radar-nowcasting/'],
      ['/pt-br/news/announcement_1/', '/news/#news-announcement_1'],
      ['/pt-br/teachings/urban-hydrology/', '/teachings/urban-hydrology/'],
    ]);
    expect(read(out, 'content/pages/about.md')).toContain('I study flash floods in small urban catchments');
    expect(read(out, 'content/blog/2024-03-12-radar-nowcasting.md')).toContain('the useful lead time of a radar nowcast');
    const notCarried = (reason: string) => `in pt-br: Folio carries one language, the site's default_lang (en)${reason}`;
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { file: '_pages/pt-br/about.md', reason: notCarried('') },
        { file: '_pages/pt-br/blog.md', reason: notCarried('') },
        { file: '_pages/pt-br/publications.md', reason: notCarried('') },
        { file: '_posts/pt-br/2024-03-12-radar-nowcasting.md', reason: notCarried('') },
        { file: '_news/pt-br/announcement_1.md', reason: notCarried('') },
        { file: '_teachings/pt-br/urban-hydrology.md', reason: notCarried('') },
        { file: '_teachings/pt-br/field-hydrology.md', reason: notCarried('') },
        { file: '_i18n/pt-br.yml', reason: "the theme's words in pt-br (nav titles, section names): Folio uses each page's own title, in en" },
        { file: '_i18n/en.yml', reason: "the theme's words in en (nav titles, section names): Folio uses each page's own title (a `{% t key %}` in the text became its words)" },
      ]),
    );
    expect(report.notes).toContainEqual({
      file: '_config.yml',
      line: 141,
      message: 'a multilingual site (jekyll-polyglot): en, its default_lang, is imported whole; not carried: pt-br (9 files, listed under "Not imported"; jekyll-polyglot served it under /pt-br/). Folio has one language per site',
    });
    expect(report.notCarried.filter((n) => n.reason.startsWith('jekyll-polyglot')).map((n) => n.key)).toEqual(['languages', 'default_lang', 'exclude_from_localization', 'lang_from_path']);
    expect(await checkContent(options(out))).toEqual([]);
  }, 30_000);

  it("v1-gem: a site whose layouts are in al_folio_core's gem imports as a v0 site does; its colours are reported, not carried", async () => {
    const out = tempProject();
    const report = run(path.join(FIXTURES, 'v1-gem'), out);
    expect(report.layout).toBe('v1');
    expect(Object.keys(tree(path.join(out, 'content'))).sort()).toEqual([
      'blog/2026-02-10-robustness-consistency.mdx',
      'cv.yml',
      'news/announcement_1.md',
      'news/announcement_2.md',
      'pages/about.md',
      'pages/blog.md',
      'pages/cv.md',
      'pages/publications.mdx',
      'pages/repositories.md',
      'pages/teaching.md',
      'projects/1_predictive-scheduling.md',
      'projects/2_la-bench.md',
      'publications.bib',
      'repositories.yml',
      'site.yml',
      'styles.css',
      'teaching/15-451-spring-2026.md',
      'teaching/15-850-fall-2025.md',
    ]);
    // The theme colours go to content/styles.css; the hover colours are reported.
    expect(read(out, 'content/styles.css')).toContain('--folio-accent: #b45309;');
    expect(report.notes).toContainEqual({
      file: '_sass/_themes.scss',
      line: 10,
      message:
        "the site's own colours `--global-hover-color: #92400e` (10), `--global-hover-color: #fbbf24` (18): not carried (Folio has no colour or font setting yet; it draws its own palette, light and dark, and its own type)",
    });
    // The override is that same stylesheet: named once.
    expect(report.notes.filter((n) => n.file === '.al-folio-overrides.yml')).toEqual([]);
    expect(report.notCarried.map((n) => n.key)).toEqual(expect.arrayContaining(['theme', 'al_folio']));
    expect((await checkContent(options(out))).filter((i) => i.severity === 'error')).toEqual([]);
  }, 30_000);

  it("v1: an override of the gem's own files is named with its reason; a layout of al-folio's Folio lacks is al-folio's, not the author's", () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\ninclude: [_pages]\ntheme: al_folio_core\n');
    fs.writeFileSync(path.join(site, '.al-folio-overrides.yml'), 'overrides:\n  _layouts/about.liquid:\n    reason: two photos\n    upstream_version: 1.0.15\n');
    fs.mkdirSync(path.join(site, '_pages'));
    fs.writeFileSync(path.join(site, '_pages/books.md'), '---\nlayout: book-shelf\ntitle: books\npermalink: /books/\n---\nWhat I read.\n');
    const report = run(site, tempProject());
    expect(report.notes).toContainEqual({ file: '.al-folio-overrides.yml', line: 2, message: "`_layouts/about.liquid` overrides al_folio_core's own (two photos): Folio draws its pages itself, so the override is not carried" });
    expect(report.notes).toContainEqual({ file: '_pages/books.md', line: 2, message: "layout `book-shelf` is al-folio's (Folio has no such layout; the page shows its text): imported as `layout: page`" });
  });

  it('v0-2021: the changed theme colour in _sass is carried; a self-hosted font whose file is missing is a leftover, with its lines', () => {
    const report = run(path.join(FIXTURES, 'v0-2021'), tempProject());
    const notes = report.notes.filter((n) => n.file.startsWith('_sass/')).map((n) => `${n.file}:${n.line} ${n.message}`);
    expect(notes).toEqual(["_sass/_variables.scss:25 the light theme colour #0f766e: Folio's accent (`--folio-accent` in content/styles.css)"]);
    const leftovers = report.leftovers.filter((n) => n.file.startsWith('_sass/')).map((n) => `${n.file}:${n.line}`);
    expect(leftovers).toEqual(['_sass/_fonts.scss:2', '_sass/_variables.scss:8']);
  });

  it("the Liquid of a multilingual page reads the default language: `site.active_lang`, `{% t key %}` from _i18n/, `site.translations`", () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\ninclude: [_pages]\nlanguages: [pt-br, en]\ndefault_lang: pt-br\n');
    fs.mkdirSync(path.join(site, '_i18n'));
    fs.writeFileSync(path.join(site, '_i18n/pt-br.yml'), 'nav:\n  about: sobre\nnews: novidades\n');
    fs.writeFileSync(path.join(site, '_i18n/en.yml'), 'nav:\n  about: about\nnews: news\n');
    fs.mkdirSync(path.join(site, '_pages/pt-br'), { recursive: true });
    fs.writeFileSync(
      path.join(site, '_pages/pt-br/research.md'),
      '---\nlayout: page\ntitle: pesquisa\npermalink: /research/\n---\n{% if site.active_lang == "pt-br" %}Em português.{% else %}In English.{% endif %}\n\nVeja {% t nav.about %} e {{ site.translations[site.lang].news }}.\n\n{% t nav.missing %}\n',
    );
    const out = tempProject();
    const report = run(site, out);
    const page = read(out, 'content/pages/research.md');
    expect(page).toContain('Em português.\n\nVeja sobre e novidades.\n');
    expect(page).not.toContain('In English');
    expect(report.leftovers).toContainEqual(expect.objectContaining({ file: '_pages/pt-br/research.md', line: 10, message: "`{% t nav.missing %}`: no such key in the default language's _i18n file: write the words here" }));
  });

  it('a page in another language by its front matter (`lang:`) stays behind too; one language alone loses its folder', () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\ninclude: [_pages]\nlanguages: [de]\n');
    fs.mkdirSync(path.join(site, '_pages/de'), { recursive: true });
    fs.writeFileSync(path.join(site, '_pages/de/about.md'), '---\nlayout: about\ntitle: über mich\npermalink: /\n---\nHallo.\n');
    fs.writeFileSync(path.join(site, '_pages/de/research.md'), '---\nlayout: page\ntitle: Forschung\npermalink: /research/\nnav: true\n---\nText.\n');
    let out = tempProject();
    let report = run(site, out);
    expect(Object.keys(tree(path.join(out, 'content/pages'))).sort()).toEqual(['about.md', 'research.md']);
    expect(report.notes.find((n) => n.message.startsWith('one language'))).toMatchObject({ file: '_config.yml', line: 5 });

    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\ninclude: [_pages]\nlanguages: [de, en]\ndefault_lang: de\n');
    fs.writeFileSync(path.join(site, '_pages/research-en.md'), '---\nlayout: page\nlang: en\ntitle: research\npermalink: /research/\n---\nText.\n');
    out = tempProject();
    report = run(site, out);
    expect(Object.keys(tree(path.join(out, 'content/pages'))).sort()).toEqual(['about.md', 'research.md']);
    expect(report.skipped).toContainEqual({ file: '_pages/research-en.md', reason: "in en: Folio carries one language, the site's default_lang (de)" });
  });
  it('every collection follows the one rule: a file in another language (its folder, or `lang:`) is listed as not imported, never carried as the default language', () => {
    const site = tempProject();
    const collections = ['news', 'projects', 'teachings', 'books'].map((c) => `  ${c}:\n    output: true\n`).join('');
    fs.writeFileSync(path.join(site, '_config.yml'), `title: T\nfirst_name: Ada\nlast_name: L\ninclude: [_pages]\npermalink: /blog/:year/:title/\ncollections:\n${collections}languages: [en, de]\ndefault_lang: en\n`);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    };
    const course = (title: string, lang = '') => `---\nlayout: course\ntitle: ${title}\nyear: 2024\n${lang}---\nText.\n`;
    for (const lang of ['en', 'de']) {
      write(`_posts/${lang}/2024-01-02-hello.md`, `---\nlayout: post\ntitle: hello ${lang}\n---\nHi.\n`);
      write(`_news/${lang}/note.md`, `---\nlayout: post\ndate: 2024-01-02\ninline: true\n---\nNews ${lang}.\n`);
      write(`_projects/${lang}/1_dam.md`, `---\nlayout: page\ntitle: dam ${lang}\nimportance: 1\ncategory: work\n---\nProject ${lang}.\n`);
      write(`_books/${lang}/rivers.md`, `---\nlayout: book-review\ntitle: Rivers ${lang}\n---\nReview ${lang}.\n`);
    }
    write('_teachings/en/hydrology.md', course('Hydrology'));
    write('_teachings/de/hydrology.md', course('Hydrologie'));
    write('_teachings/de/feldkurs.md', course('Feldkurs'));
    // Out of any language folder, its front matter says which.
    write('_teachings/seminar.md', course('Seminar', 'lang: de\n'));
    const out = tempProject();
    const report = run(site, out);
    expect(Object.keys(tree(path.join(out, 'content'))).filter((f) => !['site.yml', 'redirects.yml'].includes(f)).sort()).toEqual([
      '_imported/books/en/rivers.md',
      'blog/2024-01-02-hello.md',
      'news/note.md',
      'projects/1_dam.md',
      'teaching/hydrology.md',
    ]);
    expect(read(out, 'content/teaching/hydrology.md')).toContain('title: Hydrology\n');
    expect(read(out, 'content/projects/1_dam.md')).toContain('title: dam en\n');
    const inGerman = report.skipped.filter((s) => s.reason === "in de: Folio carries one language, the site's default_lang (en)").map((s) => s.file);
    expect(inGerman.sort()).toEqual([
      '_books/de/rivers.md',
      '_news/de/note.md',
      '_posts/de/2024-01-02-hello.md',
      '_projects/de/1_dam.md',
      '_teachings/de/feldkurs.md',
      '_teachings/de/hydrology.md',
      '_teachings/seminar.md',
    ]);
    // Each listed once, and counted in the note on the languages.
    expect(new Set(inGerman).size).toBe(inGerman.length);
    expect(report.notes.find((n) => n.message.startsWith('a multilingual site'))?.message).toContain('not carried: de (7 files,');
    expect(report.leftovers.map((l) => l.message)).not.toContainEqual(expect.stringContaining('two site files become'));
    expect(report.leftovers).toContainEqual(expect.objectContaining({ message: expect.stringContaining('the `books` collection (1 file)') }));
    // Their old addresses as the pages' and posts': the default language's under /de/ too; the other language's files have none of their own.
    expect(Object.entries(YAML.parse(read(out, 'content/redirects.yml')))).toEqual([
      ['/de/blog/2024/hello/', '/blog/2024/hello/'],
      ['/de/news/note/', '/news/#news-note'],
      ['/de/projects/1_dam/', '/projects/1_dam/'],
      ['/de/teachings/hydrology/', '/teachings/hydrology/'],
      ['/books/rivers/', '/'],
      ['/de/books/rivers/', '/'],
    ]);
  });
});

describe('the report tells the truth (issue 21 point 7)', () => {
  it('a Disqus shortname of the author\'s own is a leftover only when a post switches Disqus on', () => {
    const site = tempProject();
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\nfirst_name: Ada\nlast_name: L\npermalink: /blog/:year/:title/\ndisqus_shortname: ada-blog\n');
    fs.mkdirSync(path.join(site, '_posts'));
    fs.writeFileSync(path.join(site, '_posts/2024-01-02-hello.md'), '---\nlayout: post\ntitle: hello\n---\nHi.\n');
    let report = run(site, tempProject());
    expect(report.leftovers.filter((l) => /Disqus/.test(l.message))).toEqual([]);
    expect(report.notCarried).toContainEqual({ file: '_config.yml', line: 5, key: 'disqus_shortname', reason: 'comments no post switches on (`disqus_comments`)' });

    fs.writeFileSync(path.join(site, '_posts/2024-01-02-hello.md'), '---\nlayout: post\ntitle: hello\ndisqus_comments: true\n---\nHi.\n');
    report = run(site, tempProject());
    expect(report.leftovers).toContainEqual(expect.objectContaining({ file: '_config.yml', line: 5, message: expect.stringMatching(/^Disqus comments are not carried/) }));
    expect(report.notCarried.map((n) => n.key)).not.toContain('disqus_shortname');
  });
});
