import { describe, expect, it } from 'vitest';
import { authorLimit } from '../bibliography/select';
import { aboutNews, aboutPage, aboutPosts, ownedRouteTitle, postsOfYear, postYears, standalonePages } from './index';
import { readContent } from './load';
import { makeProject, MINIMAL_SITE } from './testing';

const news = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`content/news/2024-01-0${i + 1}-n${i + 1}.md`, '---\ninline: true\n---\nNews.\n']));
const posts = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`content/blog/202${i % 3}-01-0${i + 1}-p${i + 1}.md`, `---\ntitle: P${i + 1}\n---\n`]));
const about = (front = '') => `---\nlayout: about\ntitle: About\npermalink: /\n${front}---\n`;

function load(files: Record<string, string>) {
  const { content, log } = readContent(makeProject({ ...news, ...posts, ...files }));
  return { content: content!, log };
}

describe('the about page\'s lists', () => {
  const shown = (files: Record<string, string>) => {
    const { content } = load(files);
    const page = aboutPage(content)!;
    return { news: aboutNews(content, page).length, posts: aboutPosts(content, page).length };
  };

  it('announcements.limit: 5 shows five news items, not three', () => {
    expect(shown({ 'content/pages/about.md': about('announcements:\n  enabled: true\n  limit: 5\n') }).news).toBe(5);
  });

  it('show three when nothing sets a limit, none when not enabled', () => {
    expect(shown({ 'content/pages/about.md': about('news: true\nlatest_posts: true\n') })).toEqual({ news: 3, posts: 3 });
    expect(shown({ 'content/pages/about.md': about() })).toEqual({ news: 0, posts: 0 });
  });

  it('take site.yml\'s announcements and latest_posts when the page says nothing', () => {
    const site = `${MINIMAL_SITE}announcements:\n  enabled: true\n  limit: 6\nlatest_posts:\n  enabled: true\n  limit: 4\n`;
    expect(shown({ 'content/site.yml': site, 'content/pages/about.md': about() })).toEqual({ news: 6, posts: 4 });
  });

  it('the page\'s own front matter wins over site.yml', () => {
    const site = `${MINIMAL_SITE}announcements:\n  enabled: true\n  limit: 6\nlatest_posts:\n  enabled: true\n`;
    const page = about('announcements:\n  enabled: true\n  limit: 2\nlatest_posts:\n  enabled: false\n');
    expect(shown({ 'content/site.yml': site, 'content/pages/about.md': page })).toEqual({ news: 2, posts: 0 });
  });

  it('al-folio v0\'s news_limit is the news limit when nothing else sets one', () => {
    expect(shown({ 'content/site.yml': `${MINIMAL_SITE}news_limit: 7\n`, 'content/pages/about.md': about('news: true\n') }).news).toBe(7);
  });
});

describe('site.yml settings', () => {
  const site = (yml: string) => load({ 'content/site.yml': MINIMAL_SITE + yml });

  it('defaults', () => {
    expect(site('').content.site).toMatchObject({ last_updated: false, enable_project_categories: true, baseurl: '' });
    expect(site('').content.site.max_author_limit).toBeUndefined();
  });

  it('baseurl: empty, /, or a sub-path', () => {
    expect(site("baseurl: ''\n").content.site.baseurl).toBe('');
    expect(site('baseurl: /\n').content.site.baseurl).toBe('');
    expect(site('baseurl:\n').content.site.baseurl).toBe('');
    expect(site('baseurl: /al-folio\n').content.site.baseurl).toBe('/al-folio');
    expect(site('baseurl: /al-folio/\n').content.site.baseurl).toBe('/al-folio');
    expect(site('baseurl: https://example.org/x\n').log.issues).toMatchObject([{ file: 'content/site.yml', line: 4, message: '`baseurl`: baseurl `https://example.org/x` is not a sub-path' }]);
  });

  it('last_updated and max_author_limit (blank: every author)', () => {
    expect(site('last_updated: true\nmax_author_limit: 3\n').content.site).toMatchObject({ last_updated: true, max_author_limit: 3 });
    expect(site('max_author_limit:\n').content.site.max_author_limit).toBeNull();
  });

  it('max_width: a width in px, rem or em, as al-folio writes it; anything else names the key', () => {
    expect(site('').content.site.max_width).toBeUndefined();
    expect(site('max_width: 930px\n').content.site.max_width).toBe('930px');
    expect(site('max_width: " 60rem "\n').content.site.max_width).toBe('60rem');
    for (const [value, message] of [
      ['930', 'max_width `930` is not a width'],
      ['wide', 'max_width `wide` is not a width'],
      ['90%', 'max_width `90%` is not a width'],
      ['300px', 'max_width `300px` is narrower than a line of text'],
      ['300rem', 'max_width `300rem` is wider than a wide screen'],
    ]) {
      expect(site(`max_width: ${value}\n`).log.issues, value).toMatchObject([{ severity: 'error', file: 'content/site.yml', line: 4, message: `\`max_width\`: ${message}` }]);
    }
  });

  it('publication entries: al-folio’s defaults where it has them, Folio’s where not', () => {
    expect(site('').content.site).toMatchObject({
      more_authors_animation_delay: 0,
      enable_publication_thumbnails: true,
      enable_publication_badges: { altmetric: true, dimensions: true, google_scholar: true, inspirehep: true },
      publications: { buttons: ['pdf', 'html', 'doi', 'arxiv', 'code', 'slides', 'poster', 'supp', 'website', 'video', 'blog', 'abstract', 'bibtex', 'award'], badge: ['abbr'], annotations: {} },
    });
    expect(site('').content.site.scholar).toBeUndefined();
  });

  it('publication entries as al-folio’s _config.yml writes them', () => {
    const yml = `more_authors_animation_delay: 10
enable_publication_thumbnails: false
enable_publication_badges:
  altmetric: true
  dimensions: false
  google_scholar: true
scholar:
  last_name: [Einstein]
  first_name: [Albert, A.]
  style: apa
  bibliography: papers.bib
`;
    const { content, log } = site(yml);
    expect(log.issues).toEqual([]);
    expect(content.site).toMatchObject({
      more_authors_animation_delay: 10,
      enable_publication_thumbnails: false,
      // Left out of al-folio's list: off, as al-folio reads it.
      enable_publication_badges: { altmetric: true, dimensions: false, google_scholar: true, inspirehep: false },
      scholar: { last_name: ['Einstein'], first_name: ['Albert', 'A.'] },
    });
    expect(site('enable_publication_badges: false\n').content.site.enable_publication_badges).toEqual({ altmetric: false, dimensions: false, google_scholar: false, inspirehep: false });
    expect(site('enable_publication_badges:\n').content.site.enable_publication_badges.altmetric).toBe(false);
    expect(site('scholar:\n  last_name: Curie\n').content.site.scholar).toMatchObject({ last_name: ['Curie'] });
  });

  it('Folio’s publications: buttons in order (al-folio’s abs and bib too), the badge, the marks', () => {
    const yml = `publications:
  buttons: [abs, pdf, Code, bib, pdf]
  badge: [abbr, kind]
  annotations:
    "*": Equal contribution
    "†": Corresponding author
`;
    const { content, log } = site(yml);
    expect(log.issues).toEqual([]);
    expect(content.site.publications).toEqual({ buttons: ['abstract', 'pdf', 'code', 'bibtex'], badge: ['abbr', 'kind'], annotations: { '*': 'Equal contribution', '†': 'Corresponding author' } });
    expect(site('publications:\n  badge: none\n').content.site.publications.badge).toEqual([]);
    expect(site('publications:\n  badge: kind\n').content.site.publications.badge).toEqual(['kind']);
    expect(site('publications:\n  buttons: []\n').content.site.publications.buttons).toEqual([]);
  });

  it('max_author_limit is the default of <Publications maxAuthors>', () => {
    expect(authorLimit(3)).toBe(3);
    expect(authorLimit(3, '5')).toBe(5);
    expect(authorLimit(3, 'x')).toBe(3);
    expect(authorLimit(null)).toBe(Infinity);
    expect(authorLimit(undefined)).toBe(10);
  });
});

describe('routes Folio generates, titled by a page', () => {
  it('a page at /news/, /blog/, /blog/tags/ or /blog/archive/ titles the route, whatever its layout', () => {
    const { content, log } = load({
      'content/pages/news.md': '---\nlayout: page\ntitle: announcements\npermalink: /news/\ndescription: What happened.\n---\nText above the list.\n',
      'content/pages/blog.md': '---\nlayout: blog\ntitle: notes\npermalink: /blog/\n---\n',
      'content/pages/tags.md': '---\ntitle: topics\npermalink: /blog/tags/\n---\n',
      'content/pages/archive.md': '---\nlayout: archive\ntitle: everything\npermalink: /blog/archive/\n---\n',
    });
    expect(log.issues).toEqual([]);
    // al-folio's lower-case titles show capitalised, in the tab as on the page.
    expect(ownedRouteTitle(content, '/news/')).toMatchObject({ title: 'Announcements', description: 'What happened.', page: { slug: 'news' } });
    expect(ownedRouteTitle(content, '/blog/').title).toBe('Notes');
    expect(ownedRouteTitle(content, '/blog/tags/').title).toBe('Topics');
    expect(ownedRouteTitle(content, '/blog/archive/').title).toBe('Everything');
    // They title the routes; the catch-all route does not serve them.
    expect(standalonePages(content)).toEqual([]);
  });

  it('Folio\'s own titles when no page titles them', () => {
    const { content } = load({});
    expect(['/news/', '/blog/', '/blog/tags/', '/blog/archive/'].map((r) => ownedRouteTitle(content, r as '/news/').title)).toEqual(['News', 'Blog', 'Tags and categories', 'Archive']);
  });

  it('a page on a generated page is still an error', () => {
    const errors = (permalink: string) =>
      load({ 'content/pages/p.md': `---\ntitle: P\npermalink: ${permalink}\n---\n`, 'content/news/2024-01-01-talk.md': '---\ntitle: Talk\n---\n' }).log.issues.map((i) => `${i.line}: ${i.message}`);
    expect(errors('/blog/page/2/')).toEqual(['3: permalink /blog/page/2/ is a page Folio generates for the blog']);
    expect(errors('/blog/2024/')).toEqual(['3: permalink /blog/2024/ is a page Folio generates for the blog']);
    expect(errors('/blog/2020/p1/')).toEqual(['3: permalink /blog/2020/p1/ is a page Folio generates for the blog']);
    expect(errors('/news/talk/')).toEqual(["3: permalink /news/talk/ is the address of a news item's page"]);
  });

  it('two pages titling one route collide', () => {
    const { log } = load({ 'content/pages/a.md': '---\ntitle: A\npermalink: /news/\n---\n', 'content/pages/b.md': '---\ntitle: B\npermalink: /news/\n---\n' });
    expect(log.issues.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual(['content/pages/b.md:3: permalink /news/ is already used by content/pages/a.md']);
  });
});

describe('year pages', () => {
  it('every year that has posts, newest first, each with its posts', () => {
    const { content } = load({});
    expect(postYears(content)).toEqual([2022, 2021, 2020]);
    expect(postsOfYear(content, '2021').map((p) => p.title)).toEqual(['P5', 'P2']);
    expect(postsOfYear(content, '2019')).toEqual([]);
  });
});
