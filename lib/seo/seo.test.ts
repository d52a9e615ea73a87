import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../check';
import { getContent, navItems } from '../content';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { blogPostingJsonLd, jsonLdText, personJsonLd } from './jsonld';
import { encodedPath } from '../routing/segments';
import { movedMetadata, pageMetadata, siteMetadata } from './metadata';
import { absentRoutes, publicRoutes, shareImageOf, shareImagePath, shareImageRoutes, sitemapRoutes } from './public-routes';
import { feedResponse } from './feeds';
import { searchDocs } from '../search';

// Settings are read once, when lib/build/settings.ts loads: point them at the fixture site before anything imports it.
vi.hoisted(() => {
  process.env.FOLIO_CONTENT_DIR = `${import.meta.dirname}/../../e2e/fixture-content`;
});

describe('the sitemap and the share images cover exactly the prerendered routes', () => {
  const node = process.env.NODE_ENV;
  beforeAll(() => {
    // The fixture site as `next build` reads it: production, so drafts are left out.
    (process.env as Record<string, string>).NODE_ENV = 'production';
  });
  afterAll(() => {
    (process.env as Record<string, string | undefined>).NODE_ENV = node;
  });

  /** Every path the page routes prerender, from their own generateStaticParams. */
  async function prerenderedPaths(): Promise<string[]> {
    const join = (...segments: string[]) => encodedPath(`/${segments.join('/')}/`);
    const [pages, posts, blogPages, tags, tagPages, categories, categoryPages, news, years, projects, courses] = await Promise.all([
      import('@/app/[...slug]/page'),
      import('@/app/blog/[year]/[slug]/page'),
      import('@/app/blog/page/[page]/page'),
      import('@/app/blog/tag/[term]/page'),
      import('@/app/blog/tag/[term]/page/[page]/page'),
      import('@/app/blog/category/[term]/page'),
      import('@/app/blog/category/[term]/page/[page]/page'),
      import('@/app/news/[slug]/page'),
      import('@/app/blog/[year]/page'),
      import('@/app/projects/[slug]/page'),
      import('@/app/teachings/[slug]/page'),
    ]);
    return [
      '/blog/',
      '/blog/tags/',
      '/blog/archive/',
      '/news/',
      ...pages.generateStaticParams().map((p) => join(...p.slug)),
      ...posts.generateStaticParams().map((p) => join('blog', p.year, p.slug)),
      ...blogPages.generateStaticParams().map((p) => join('blog', 'page', p.page)),
      ...tags.generateStaticParams().map((p) => join('blog', 'tag', p.term)),
      ...tagPages.generateStaticParams().map((p) => join('blog', 'tag', p.term, 'page', p.page)),
      ...categories.generateStaticParams().map((p) => join('blog', 'category', p.term)),
      ...categoryPages.generateStaticParams().map((p) => join('blog', 'category', p.term, 'page', p.page)),
      ...news.generateStaticParams().map((p) => join('news', p.slug)),
      ...years.generateStaticParams().map((p) => join('blog', p.year)),
      ...projects.generateStaticParams().map((p) => join('projects', p.slug)),
      ...courses.generateStaticParams().map((p) => join('teachings', p.slug)),
    ];
  }

  it('every sitemap URL is a prerendered page, and every page is in the sitemap', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    const urls = sitemap().map((entry) => entry.url);
    expect(urls.every((u) => u.startsWith('https://fixture.example.org/'))).toBe(true);
    const listed = urls.map((u) => new URL(u).pathname);
    expect(new Set(listed).size).toBe(listed.length);
    // Pages that moved (`redirect:`), and the addresses the site had before (`redirect_from:`, redirects.yml, an inline
    // news item's, a project with `redirect`'s), are prerendered, and left out.
    const moved = ['/courses/', '/thesis/', '/2022/03/14/cafe-au-lait/', '/notes/cafe-au-lait/', '/old-teaching/', '/talks/2019/', '/news/inline/', '/projects/3_tunes/', '/projects/4_notes/'];
    const prerendered = await prerenderedPaths();
    expect(prerendered).toEqual(expect.arrayContaining(moved));
    expect([...listed].sort()).toEqual(prerendered.filter((p) => !moved.includes(p)).sort());
    expect(listed).toContain('/blog/tag/caf%C3%A9-au-lait/');
    expect(listed).toContain('/blog/tag/caf%C3%A9-au-lait/page/2/');
    expect(listed).toContain('/blog/tag/%E6%8B%A1%E6%95%A3/');
    expect(listed).toContain('/news/workshop/');
    expect(listed).toContain('/blog/2024/');
    expect(listed).toContain('/projects/1_engine/');
    expect(listed).toContain('/teachings/analytical-engines-101-fall-2024/');
    // A project with `redirect` has no page of its own.
    expect(listed).not.toContain('/projects/3_tunes/');
    expect(listed.join(' ')).not.toMatch(/draft|unpublished/);
    // The first test imports every page route: seconds on a busy machine.
  }, 30_000);

  it('gives posts and term pages a lastmod', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    const byPath = new Map(sitemap().map((e) => [new URL(e.url).pathname, e.lastModified]));
    expect(byPath.get('/blog/2022/cafe-au-lait/')).toBe('2022-06-01T00:00:00.000Z'); // last_modified_at
    expect(byPath.get('/blog/tag/%E6%8B%A1%E6%95%A3/')).toBe('2022-06-01T00:00:00.000Z');
    expect(byPath.get('/blog/2024/first-post/')).toBe('2024-01-05T09:00:00.000Z');
  });

  it('robots.txt points at the sitemap', async () => {
    const { default: robots } = await import('@/app/robots');
    expect(robots().sitemap).toBe('https://fixture.example.org/sitemap.xml');
  });

  it('each share image is one prerendered file, named by the decoded path', async () => {
    const { generateStaticParams } = await import('@/app/(share)/og/[...path]/route');
    const images = generateStaticParams().map((p) => `/og/${p.path.join('/')}`);
    expect(images).toContain('/og/blog/tag/拡散/image.png');
    expect(images).toContain('/og/about/image.png');
    expect(new Set(images).size).toBe(images.length);
    // The featured post shares its thumbnail instead.
    expect(images).not.toContain('/og/blog/2022/cafe-au-lait/image.png');
    // A page that moved shares nothing.
    expect(images).not.toContain('/og/courses/image.png');
    // What is drawn is what the pages share: each public page's metadata names its thumbnail, the image
    // drawn for it or its list's first page, or (a page that moved) none; each image named is drawn once.
    const content = getContent();
    const shared = publicRoutes(content).flatMap((route) => {
      const metadata = route.redirect ? movedMetadata(route.title, route.redirect) : pageMetadata(content, { path: route.path, image: route.thumbnail });
      return ((metadata.openGraph?.images ?? []) as { url: string }[]).map((image) => image.url).filter((url) => url.startsWith('/og/'));
    });
    expect(new Set(images)).toEqual(new Set(shared.map(decodeURI)));
    expect(shareImagePath('/blog/tag/拡散/')).toBe('/og/blog/tag/%E6%8B%A1%E6%95%A3/image.png');
  });

  it('later pages of a list share the first page\'s image and draw none', async () => {
    const { generateStaticParams } = await import('@/app/(share)/og/[...path]/route');
    const images = new Set(generateStaticParams().map((p) => `/og/${p.path.join('/')}`));
    const content = getContent();
    const later = publicRoutes(content).filter((r) => /\/page\/\d+\/$/.test(r.path));
    expect(later.map((r) => r.path)).toEqual(expect.arrayContaining(['/blog/page/2/', '/blog/tag/caf%C3%A9-au-lait/page/2/']));
    for (const route of later) {
      expect(images.has(shareImagePath(route.path)), route.path).toBe(false);
      expect(shareImageOf(content, route.path), route.path).toBe(shareImagePath(route.path.replace(/page\/\d+\/$/, '')));
    }
    expect(shareImageOf(content, '/blog/')).toBe('/og/blog/image.png');
    expect(images.has('/og/blog/image.png')).toBe(true);
  });
});

describe('JSON-LD', () => {
  const content = readContent(
    makeProject({
      'content/site.yml': 'title: T\nname: Ada Lovelace\nurl: https://example.org\nsocials:\n  email: ada@example.org\n  github_username: ada\n  orcid_id: 0000-0002\n',
      'content/pages/about.md': '---\ntitle: About\nlayout: about\npermalink: /about/\n---\n',
      'content/blog/2024-01-01-a.md': '---\ntitle: "</script><script>alert(1)</script>"\ntags: [x]\ncategories: c\nlast_modified_at: 2024-02-01\n---\n',
    }),
  ).content!;

  it('is escaped so no text can close the script', () => {
    const text = jsonLdText(blogPostingJsonLd(content, content.posts[0]!));
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });

  it('describes the author with their profiles', () => {
    const person = personJsonLd(content, content.pages[0]!);
    expect(person).toMatchObject({ '@type': 'Person', name: 'Ada Lovelace', url: 'https://example.org/about/', email: 'mailto:ada@example.org' });
    expect(person.sameAs).toEqual(['https://orcid.org/0000-0002', 'https://github.com/ada']);
  });

  it('describes a post as a BlogPosting', () => {
    expect(blogPostingJsonLd(content, content.posts[0]!)).toMatchObject({
      '@type': 'BlogPosting',
      datePublished: '2024-01-01T00:00:00.000Z',
      dateModified: '2024-02-01T00:00:00.000Z',
      url: 'https://example.org/blog/2024/a/',
      image: 'https://example.org/og/blog/2024/a/image.png',
      keywords: ['x'],
      articleSection: ['c'],
      author: { '@type': 'Person', name: 'Ada Lovelace' },
    });
  });
});

it('the content check says a missing `url` is an error, with the fix', async () => {
  const issues = await checkContent(makeProject({ 'content/site.yml': 'title: T\nname: N\n' }));
  expect(issues).toEqual([
    expect.objectContaining({ severity: 'error', file: 'content/site.yml', line: 1, message: expect.stringContaining('`url` is missing'), fix: 'add url: https://... to content/site.yml' }),
  ]);
});

describe('a site without posts or news has no blog, news, tags, archive or feeds', () => {
  const project = makeProject({
    'content/site.yml': 'title: Quiet Lab\nname: Grace Hopper\nurl: https://quiet.example.org\n',
    'content/pages/about.md': '---\nlayout: about\ntitle: about\npermalink: /\n---\nHello.\n',
    'content/pages/blog.md': '---\nlayout: blog\ntitle: blog\npermalink: /blog/\nnav: true\n---\nNotes to come.\n',
    'content/pages/teaching.md': '---\ntitle: Teaching\nnav: true\n---\nCourses.\n',
  });
  const content = readContent(project).content!;
  const LISTS = ['/blog/', '/news/', '/blog/tags/', '/blog/archive/'];
  const FEED_FILES = ['/feed.xml', '/atom.xml', '/feed.json'];

  it('no page of them in the sitemap (nor a share image), and the export drops what it wrote for them', () => {
    expect(sitemapRoutes(content).map((r) => r.path)).toEqual(['/', '/teaching/']);
    expect(shareImageRoutes(content).map((r) => r.path)).toEqual(['/', '/teaching/']);
    expect(absentRoutes(content).sort()).toEqual([...LISTS, ...FEED_FILES].sort());
  });

  it('no menu item for the page that titles the blog, no search result for it', () => {
    expect(navItems(content)).toEqual([
      { title: 'About', href: '/' },
      { title: 'Teaching', href: '/teaching/' },
    ]);
    expect(searchDocs(content).map((d) => d.url)).toEqual(['/', '/teaching/']);
  });

  it('no feed advertised in any page head, and each feed route answers 404', async () => {
    expect(siteMetadata(content).alternates?.types).toEqual({});
    const response = await feedResponse(content, '/feed.xml', () => Promise.resolve('<rss/>'));
    expect(response.status).toBe(404);
  });

  it('the check says why the blog page is not shown, on its permalink line', async () => {
    const issues = await checkContent(project);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/pages/blog.md', line: 4, message: expect.stringContaining('this page titles /blog/, but the blog has no published post') }),
    ]);
  });

  it('a post without tags or categories makes the blog, its archive and feeds, but no tags index', () => {
    const withPost = readContent(makeProject({ 'content/blog/2024-01-01-a.md': '---\ntitle: A\n---\nText.\n' })).content!;
    expect(absentRoutes(withPost).sort()).toEqual(['/blog/tags/', '/news/']);
    expect(Object.keys(siteMetadata(withPost).alternates?.types ?? {})).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });

  it('a draft alone makes no blog in the build', () => {
    const draftOnly = readContent({ ...makeProject({ 'content/blog/2024-01-01-a.md': '---\ntitle: A\ndraft: true\n---\n' }), includeDrafts: false }).content!;
    expect(absentRoutes(draftOnly)).toEqual(expect.arrayContaining(['/blog/', '/feed.xml']));
  });
});
