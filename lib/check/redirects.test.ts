import { describe, expect, it } from 'vitest';
import { searchDocs } from '../search';
import { movedTo, publicRoutes, shareImageRoutes, sitemapRoutes } from '../seo/public-routes';
import { checkContent } from '.';
import { formatIssue } from '../issues';
import { readContent } from '../content/load';
import { makeProject, MINIMAL_SITE } from '../content/testing';

const page = (front: string, body = 'Text.\n') => `---\n${front}---\n${body}`;

const SITE = {
  'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /\n'),
  'content/pages/teaching.md': page('title: Teaching\npermalink: /teaching/\n'),
  'content/pages/courses.md': page('title: Courses\npermalink: /courses/\nredirect: /teaching/\n'),
  'content/pages/404.md': page('title: Page not found\npermalink: /gone/\nredirect: true\n'),
  'content/pages/thesis.md': page('title: Thesis\npermalink: /thesis/\nredirect: https://example.org/thesis.pdf\n'),
  'content/pages/kept.md': page('title: Kept\npermalink: /kept/\nredirect: false\n'),
  'content/pages/poster.md': page('title: Poster\npermalink: /poster/\nredirect: /assets/pdf/poster.pdf\n'),
  'public/assets/pdf/poster.pdf': '%PDF-1.4\n',
  'content/blog/2024-01-05-here.md': page('title: Here\n'),
  'content/blog/2024-02-01-elsewhere.md': page('title: Elsewhere\nredirect: https://medium.example/elsewhere\n'),
};

async function errors(files: Record<string, string>) {
  const issues = await checkContent(makeProject(files), { compile: false });
  return issues.filter((i) => i.severity === 'error').map(formatIssue);
}

describe('redirect: on pages and posts', () => {
  const options = makeProject(SITE);
  const { content, log } = readContent(options);
  const bySlug = (slug: string) => content!.pages.find((p) => p.slug === slug)!;

  it("reads al-folio's forms: true is the home page, a site path, an address, false is none", () => {
    expect(log.issues).toEqual([]);
    expect(bySlug('courses').redirect).toBe('/teaching/');
    expect(bySlug('404').redirect).toBe('/');
    expect(bySlug('thesis').redirect).toBe('https://example.org/thesis.pdf');
    expect(bySlug('kept').redirect).toBeUndefined();
    expect(content!.posts.find((p) => p.slug === 'elsewhere')!.redirect).toBe('https://medium.example/elsewhere');
  });

  it('passes the check when every site path leads somewhere', async () => {
    expect(await checkContent(options, { compile: false })).toEqual([]);
  });

  it('names the new place by its title, else by its address', () => {
    expect(movedTo(content!, '/teaching/')).toEqual({ href: '/teaching/', title: 'Teaching' });
    expect(movedTo(content!, '/')).toEqual({ href: '/', title: 'Test Site' });
    expect(movedTo(content!, '/assets/pdf/poster.pdf')).toEqual({ href: '/assets/pdf/poster.pdf', title: '/assets/pdf/poster.pdf' });
    expect(movedTo(content!, 'https://example.org/thesis.pdf')).toEqual({ href: 'https://example.org/thesis.pdf', title: 'https://example.org/thesis.pdf' });
  });

  it('leaves the sitemap, the share images and the search index, and stays a page links may lead to', () => {
    const moved = ['/courses/', '/gone/', '/thesis/', '/poster/', '/blog/2024/elsewhere/'];
    expect(publicRoutes(content!).map((r) => r.path)).toEqual(expect.arrayContaining(moved));
    for (const path of moved) {
      expect(sitemapRoutes(content!).map((r) => r.path), path).not.toContain(path);
      expect(shareImageRoutes(content!).map((r) => r.path), path).not.toContain(path);
      expect(searchDocs(content!).map((d) => d.url), path).not.toContain(path);
    }
    expect(sitemapRoutes(content!).map((r) => r.path)).toEqual(expect.arrayContaining(['/teaching/', '/kept/', '/blog/2024/here/']));
    expect(searchDocs(content!).map((d) => d.url)).toEqual(expect.arrayContaining(['/teaching/', '/blog/2024/here/']));
  });
});

describe('the content check on redirect:', () => {
  const base = { 'content/site.yml': MINIMAL_SITE, 'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /about/\n') };

  it('a site path that leads nowhere, with its line', async () => {
    expect(await errors({ ...base, 'content/pages/old.md': page('title: Old\npermalink: /old/\nredirect: /new-place/\n') })).toEqual([
      'content/pages/old.md:4:1  error: `redirect`: /new-place/ leads to no page, post or file of the site  (use the permalink of a page, a post address (/blog/YEAR/SLUG/), a file in public/, or a full address (https://...))',
    ]);
  });

  it('an address that is not http or https, or a path for another host', async () => {
    expect(await errors({ ...base, 'content/blog/2024-01-05-post.md': page('title: Post\nredirect: ftp://example.org/\n') })).toEqual([
      'content/blog/2024-01-05-post.md:3:1  error: `redirect`: `ftp://example.org/` is a `ftp:` address, which Folio does not link to  (write a path of this site (/teaching/, /assets/pdf/paper.pdf) or an https:// address, or `true` for the home page)',
    ]);
    expect(await errors({ ...base, 'content/pages/old.md': page('title: Old\nredirect: //evil.example/\n') })).toEqual([
      'content/pages/old.md:3:1  error: `redirect`: `//evil.example/` starts with `//`, which a browser reads as the address of another site  (write a path of this site with one leading slash, or a full https:// address, or `true` for the home page)',
    ]);
  });

  it('a page that sends visitors to itself', async () => {
    expect(await errors({ ...base, 'content/pages/loop.md': page('title: Loop\npermalink: /loop/\nredirect: /loop\n') })).toEqual([
      'content/pages/loop.md:4:1  error: `redirect`: /loop is this page itself, so visitors would never arrive  (write the path of another page, or an address (https://...))',
    ]);
    // The about page is the home page here: `true` would send `/` to itself.
    expect(await errors({ 'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /about/\nredirect: true\n') })).toEqual([
      'content/pages/about.md:5:1  error: `redirect`: / is this page itself, so visitors would never arrive  (write the path of another page, or an address (https://...))',
    ]);
  });

  it('a page that titles a list Folio generates', async () => {
    expect(await errors({ ...base, 'content/pages/news.md': page('title: News\npermalink: /news/\nredirect: /about/\n') })).toEqual([
      'content/pages/news.md:4:1  error: `redirect`: this page titles /news/, a list Folio generates, which cannot move  (remove `redirect`, or give the page another `permalink`)',
    ]);
  });
});
