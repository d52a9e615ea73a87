import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../check';
import { formatIssue } from '../../issues';
import { importAlFolio } from './import';
import { documentUrl, pageUrl, postUrl, slugify } from './jekyll-urls';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const NOW = new Date('2026-06-01T00:00:00Z');

function importInto(site: string) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-old-addresses-'));
  importAlFolio({ site: path.join(FIXTURES, site), out, now: NOW });
  return out;
}

const redirects = (out: string) => {
  const file = path.join(out, 'content/redirects.yml');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
};

describe("Jekyll's addresses, as Jekyll makes them", () => {
  const config = { permalink: '/blog/:year/:title/', collections: { news: { output: true, permalink: '/news/:path/' }, teachings: { output: true } } };

  it('a post: the site permalink, a style, its own; `:title` keeps the case, `:slug` does not', () => {
    expect(postUrl('_posts/2019-09-05-Eye-Tracking Primer.md', {}, config)).toBe('/blog/2019/Eye-Tracking-Primer/');
    expect(postUrl('_posts/2018-06-01-nanoseconds.md', {}, { permalink: '/:year/:title/' })).toBe('/2018/nanoseconds/');
    expect(postUrl('_posts/2018-06-01-nanoseconds.md', { categories: 'Physics notes' }, { permalink: 'pretty' })).toBe('/physics/notes/2018/06/01/nanoseconds/');
    expect(postUrl('_posts/2018-06-01-nanoseconds.md', { date: '2018-07-02 10:00:00' }, {})).toBe('/2018/07/02/nanoseconds.html');
    expect(postUrl('_posts/2018-06-01-nanoseconds.md', { permalink: '/notes/:slug/' }, config)).toBe('/notes/nanoseconds/');
  });

  it("a collection's document: its own permalink, the collection's, or /:collection/:path with the site's suffix", () => {
    expect(documentUrl('news', '_news/announcement_1.md', {}, config)).toBe('/news/announcement_1/');
    expect(documentUrl('news', '_news/2024-03-01-grant.md', {}, config)).toBe('/news/2024-03-01-grant/');
    expect(documentUrl('teachings', '_teachings/15-451.md', {}, config)).toBe('/teachings/15-451/');
    expect(documentUrl('teachings', '_teachings/15-451.md', {}, {})).toBe('/teachings/15-451.html');
  });

  it('a page: its permalink, else its folder and name', () => {
    expect(pageUrl('_pages/about.md', { permalink: '/' }, config)).toBe('/');
    expect(pageUrl('teaching.md', {}, config)).toBe('/teaching/');
    expect(pageUrl('index.md', {}, config)).toBe('/');
    expect(pageUrl('_pages/misc.md', {}, config)).toBe('/_pages/misc/');
  });

  it('slugify: default lowercases and keeps letters and digits; pretty keeps more', () => {
    expect([slugify('Café au Lait!'), slugify("Rock'n roll", 'pretty', true)]).toEqual(['café-au-lait', "Rock'n-roll"]);
  });
});

describe('the import keeps every address the al-folio site had', () => {
  it('v0: posts at /:year/:title/ lead to /blog/YEAR/TITLE/, and the check passes them', async () => {
    const out = importInto('v0');
    expect(redirects(out)).toEqual(['/2018/nanoseconds/: /blog/2018/nanoseconds/  # _posts/2018-06-01-nanoseconds.md']);
    const issues = await checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), includeDrafts: true }, { compile: false });
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });

  it('custom-layouts: a site permalink of its own (/journal/:year/:title/), and its blog index at /journal/ (it titles /blog/ now)', () => {
    expect(redirects(importInto('custom-layouts'))).toEqual([
      '/journal/: /blog/  # _pages/blog.md',
      '/journal/2022/first-week-on-kongsvegen/: /blog/2022/first-week-on-kongsvegen/  # _posts/2022-05-20-first-week-on-kongsvegen.md',
      '/journal/2023/why-glaciers-surge/: /blog/2023/why-glaciers-surge/  # _posts/2023-01-09-why-glaciers-surge.md',
    ]);
  });

  it('v1-gem: its courses are carried to the addresses al-folio gave them (/teachings/<name>/), so none needs a redirect', () => {
    const out = importInto('v1-gem');
    expect(redirects(out)).toEqual([]);
    expect(fs.existsSync(path.join(out, 'content/teaching/15-451-spring-2026.md'))).toBe(true);
  });

  it("v0-home: no address changed; the PDF is carried, and the JSON Resume answers from content/ (no copy in public/)", () => {
    const out = importInto('v0-home');
    expect(redirects(out)).toEqual([]);
    expect(fs.existsSync(path.join(out, 'public/assets/pdf/cv.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'content/resume.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'public/assets/json/resume.json'))).toBe(false);
  });
});
