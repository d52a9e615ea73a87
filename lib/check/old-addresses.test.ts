import { describe, expect, it } from 'vitest';
import { checkContent, siteRoutes } from '.';
import { RESUME_ADDRESS, siteAnswers } from './old-addresses';
import { formatIssue } from '../issues';
import { readContent } from '../content/load';
import { oldAddressSegments } from '../content/old-addresses';
import { makeProject } from '../content/testing';
import { oldAddressRoute } from '../routing/old-address-routes';
import { movedTo, publicRoutes, sitemapRoutes } from '../seo/public-routes';

const page = (front: string, body = 'Text.\n') => `---\n${front}---\n${body}`;

const SITE = {
  'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /\n'),
  'content/pages/teaching.md': page('title: Teaching\npermalink: /teaching/\nredirect_from: /courses/\n'),
  'content/blog/2018-06-01-nanoseconds.md': page('title: Nanoseconds\nredirect_from:\n  - /2018/nanoseconds/\n  - /blog/2018/Nanoseconds/\n'),
  'content/news/2024-03-01-grant.md': page('title: A grant\nredirect_from: /news/2024-03-01-grant/\n'),
  'content/news/announcement_1.md': page('date: 2024-01-01\ninline: true\n', 'Joined the lab.\n'),
  'content/projects/1_tool.md': page('title: Tool\nredirect: https://github.com/x/tool\n'),
  'content/redirects.yml': '# The old site\'s addresses that are no page now.\n/teachings/15-451/: /teaching/\n/blog/page2/: /blog/\n',
};

describe('the addresses a site had before', () => {
  const options = makeProject(SITE);
  const { content } = readContent(options);

  it('come from `redirect_from`, content/redirects.yml, inline news items and projects that lead elsewhere', () => {
    expect(content!.oldAddresses.map((a) => `${a.path} → ${a.to} (${a.place ? `${a.place.file}:${a.place.line}` : 'Folio'})`)).toEqual([
      '/courses/ → /teaching/ (content/pages/teaching.md:4)',
      '/2018/nanoseconds/ → /blog/2018/nanoseconds/ (content/blog/2018-06-01-nanoseconds.md:4)',
      '/blog/2018/Nanoseconds/ → /blog/2018/nanoseconds/ (content/blog/2018-06-01-nanoseconds.md:5)',
      '/news/2024-03-01-grant/ → /news/grant/ (content/news/2024-03-01-grant.md:3)',
      '/teachings/15-451/ → /teaching/ (content/redirects.yml:2)',
      '/blog/page2/ → /blog/ (content/redirects.yml:3)',
      '/news/announcement_1/ → /news/#news-announcement_1 (Folio)',
      '/projects/1_tool/ → https://github.com/x/tool (Folio)',
    ]);
  });

  it('each is prerendered by the route Next gives its path, and none is in the sitemap', () => {
    expect(['page', 'post', 'year', 'newsItem', 'project'].map((route) => [route, oldAddressSegments(content!, route as never).map((s) => s.join('/'))])).toEqual([
      ['page', ['courses', '2018/nanoseconds', 'teachings/15-451']],
      ['post', ['blog/2018/Nanoseconds']],
      ['year', ['blog/page2']],
      ['newsItem', ['news/2024-03-01-grant', 'news/announcement_1']],
      ['project', ['projects/1_tool']],
    ]);
    const old = publicRoutes(content!).filter((r) => r.oldAddress);
    expect(old).toHaveLength(8);
    expect(sitemapRoutes(content!).some((r) => r.oldAddress)).toBe(false);
    expect(movedTo(content!, '/news/#news-announcement_1')).toEqual({ href: '/news/#news-announcement_1', title: 'News' });
  });

  it('the check passes them', async () => {
    expect((await checkContent(options, { compile: false })).map(formatIssue)).toEqual([]);
  });

  it('an address of a route Folio makes lists or files at has none', () => {
    expect(['/', '/blog/', '/blog/tags/', '/blog/tag/x/', '/blog/page/2/', '/news/', '/img/a.png/', '/cv.pdf', '/search/'].map(oldAddressRoute)).toEqual(Array(9).fill(null));
    expect(['/blog/2019/', '/blog/x/y/z/', '/news/a/b/', '/projects/', '/journal/2019/x/'].map(oldAddressRoute)).toEqual(['year', 'page', 'page', 'page', 'page']);
  });
});

describe('an old address that cannot be kept is an error on its line', () => {
  it('one the site still has, a file\'s, one given twice, a list Folio makes, one that leads nowhere, one that is no path', async () => {
    const issues = await checkContent(
      makeProject({
        ...SITE,
        'content/pages/research.md': page('title: Research\nredirect_from:\n  - /teaching/\n  - /cv.pdf\n  - /courses/\n  - /blog/tag/old/\n  - old-research\n'),
        'content/redirects.yml': '/a/: /nowhere/\n/b/: 12\n/c/: /teaching/\n/c/: /teaching/\n',
        'public/assets/pdf/x.pdf': '%PDF-1.4\n',
      }),
      { compile: false },
    );
    expect(issues.map(formatIssue)).toEqual([
      'content/pages/research.md:8:5  error: `redirect_from.4`: `old-research` is not a path of the site  (write the old address from the site root, e.g. /2018/old-post-name/)',
      'content/redirects.yml:4:1  error: not valid YAML: `/c/` appears twice  (each key may appear once; remove or rename this one)',
    ]);
    const fine = await checkContent(
      makeProject({
        ...SITE,
        'content/pages/research.md': page('title: Research\nredirect_from:\n  - /teaching/\n  - /cv.pdf\n  - /courses/\n  - /blog/tag/old/\n'),
        'content/redirects.yml': '/a/: /nowhere/\n/b/: 12\n/assets/pdf/: /teaching/\n',
        'public/assets/pdf/x.pdf': '%PDF-1.4\n',
      }),
      { compile: false },
    );
    expect(fine.map(formatIssue)).toEqual([
      'content/pages/research.md:4:1  error: the old address /teaching/ is an address of this site, so visitors would never be sent on  (remove it: the page there answers it)',
      "content/pages/research.md:5:1  error: the old address /cv.pdf is a file's: a static host answers it with the file, not a page  (put the file at public/cv.pdf)",
      'content/pages/research.md:7:1  error: the old address /blog/tag/old/ is where Folio lists posts (its blog pages, tags and categories) or serves its files  (remove it: Folio answers this address itself)',
      'content/pages/teaching.md:4:1  error: the old address /courses/ is given twice (first in content/pages/research.md:6)  (keep one of the two)',
      'content/redirects.yml:1:1  error: the old address /a/ leads to /nowhere/, which is no page, post or file of the site  (write the permalink of a page, a post address (/blog/YEAR/SLUG/), a file in public/, or a full address (https://...))',
      'content/redirects.yml:2:1  error: `/b/` leads to `12`, which is neither a path of the site nor an address  (write where it leads now: `/b/: /new/path/` or `/b/: https://...`)',
      'content/redirects.yml:3:1  error: the old address /assets/pdf/ is where Folio lists posts (its blog pages, tags and categories) or serves its files  (remove it: Folio answers this address itself)',
    ]);
  });
});

describe('content/resume.json at al-folio\'s address', () => {
  it('a copy of it in public/ is an error: Folio serves the one in content/', async () => {
    const issues = await checkContent(makeProject({ 'content/resume.json': '{"basics": {"name": "Ada"}}', 'public/assets/json/resume.json': '{}' }), { compile: false });
    expect(issues.map(formatIssue)).toEqual([
      'public/assets/json/resume.json:1:1  error: Folio serves content/resume.json at /assets/json/resume.json: this copy would stand in its way  (delete public/assets/json/resume.json (content/resume.json is the one to edit))',
    ]);
  });
});

describe('what the built site answers, known without building it', () => {
  const options = makeProject({
    ...SITE,
    'public/assets/pdf/cv.pdf': '%PDF-1.4\n',
    'public/slides/index.html': '<!doctype html><title>Slides</title>\n',
  });
  const { content } = readContent(options);
  const routes = siteRoutes(content!);
  const answers = (address: string) => siteAnswers(address, routes, options);

  it('pages, posts, lists, feeds and the old addresses Folio keeps', () => {
    for (const address of ['/', '/teaching/', '/blog/2018/nanoseconds/', '/blog/', '/feed.xml', '/courses/', '/2018/nanoseconds/', '/news/announcement_1/', '/projects/1_tool/']) {
      expect(answers(address), address).toBe(true);
    }
  });

  it('files in public/, a folder by its index.html, and resume.json only when content/ has one', () => {
    expect(answers('/assets/pdf/cv.pdf')).toBe(true);
    expect(answers('/assets/pdf/cv.pdf#page=2')).toBe(true);
    expect(answers('/slides/')).toBe(true);
    expect(answers(RESUME_ADDRESS)).toBe(false);
    const withResume = makeProject({ ...SITE, 'content/resume.json': '{"basics": {"name": "A. Author"}}\n' });
    expect(siteAnswers(RESUME_ADDRESS, siteRoutes(readContent(withResume).content!), withResume)).toBe(true);
  });

  it('not an address the site lost', () => {
    for (const address of ['/publications/', '/2018/other/', '/assets/pdf/gone.pdf', '/news/announcement_2/']) expect(answers(address), address).toBe(false);
  });
});
