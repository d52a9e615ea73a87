import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues';
import { readContent } from './load';
import { makeProject, TINY_PNG } from './testing';
import { aboutPage, navItems } from './index';

const SEED = fs.readFileSync(path.join(import.meta.dirname, '../../e2e/fixture-content/pages/about.md'), 'utf8');

function load(files: Record<string, string | Buffer>) {
  return readContent(makeProject(files));
}

function errorsOf(files: Record<string, string | Buffer>) {
  return load(files).log.issues.filter((i) => i.severity === 'error');
}

describe('the al-folio seed about page', () => {
  it('reads its front matter verbatim', () => {
    const { content, log } = load({ 'content/pages/about.md': SEED, 'public/assets/img/propic-collodio-bw.jpg': TINY_PNG });
    expect(log.issues).toEqual([]);
    const about = aboutPage(content!)!;
    expect(about).toMatchObject({
      layout: 'about',
      title: 'About',
      permalink: '/about/',
      subtitle: '<h1><strong>About me</strong></h1>',
      nav: true,
      source: { format: 'md' },
    });
    expect(about.profile).toMatchObject({ align: 'right', circular: false, moreInfo: undefined, image: { src: '/assets/img/propic-collodio-bw.jpg', width: 1, height: 1 } });
    expect(about.source.bodyLine).toBe(15);
    expect(about.source.body.startsWith('I am a student')).toBe(true);
  });
});

describe('posts', () => {
  it('take date and slug from a Jekyll file name, tags from a string', () => {
    const { content } = load({ 'content/blog/2024-9-30-hello-world.md': '---\ntitle: Hello\ntags: a b\ncategories: x, y z\n---\nText\n' });
    expect(content!.posts[0]).toMatchObject({ slug: 'hello-world', permalink: '/blog/2024/hello-world/', tags: ['a', 'b'], categories: ['x', 'y z'], date: { day: '2024-09-30' } });
  });

  it('prefer the front-matter date, with its offset', () => {
    const { content } = load({ 'content/blog/2015-10-20-math.md': '---\ntitle: Math\ndate: 2015-10-20 11:12:00-0400\n---\n' });
    expect(content!.posts[0]!.date).toEqual({ iso: '2015-10-20T15:12:00.000Z', day: '2015-10-20', year: 2015 });
  });

  it('are sorted newest first and drafts are left out of production', () => {
    const files = {
      'content/blog/2020-01-01-old.md': '---\ntitle: Old\n---\n',
      'content/blog/2022-01-01-new.md': '---\ntitle: New\n---\n',
      'content/blog/2023-01-01-draft.md': '---\ntitle: Draft\ndraft: true\n---\n',
      'content/blog/2023-02-01-unpublished.md': '---\ntitle: Unpublished\npublished: false\n---\n',
    };
    const dev = readContent(makeProject(files)).content!;
    expect(dev.posts.map((p) => p.slug)).toEqual(['unpublished', 'draft', 'new', 'old']);
    const prod = readContent({ ...makeProject(files), includeDrafts: false }).content!;
    expect(prod.posts.map((p) => p.slug)).toEqual(['new', 'old']);
  });
});

describe('the nav', () => {
  const page = (title: string, extra = '') => `---\ntitle: ${title}\nnav: true\n${extra}---\n`;

  it('lists the home page first, then nav pages by nav_order, then title', () => {
    const { content } = load({
      'content/pages/teaching.mdx': page('teaching', 'nav_order: 3\n'),
      'content/pages/blog.md': page('blog', 'layout: blog\npermalink: /blog/\nnav_order: 1\n'),
      'content/blog/2024-01-01-post.md': '---\ntitle: A post\n---\n',
      'content/pages/zeta.md': page('zeta'),
      'content/pages/alpha.md': page('alpha'),
      'content/pages/hidden.md': '---\ntitle: hidden\n---\n',
      'content/pages/about.md': page('about', 'layout: about\npermalink: /\nnav_order: 9\n'),
    });
    expect(navItems(content!)).toEqual([
      { title: 'About', href: '/' },
      { title: 'Blog', href: '/blog/' },
      { title: 'Teaching', href: '/teaching/' },
      { title: 'Alpha', href: '/alpha/' },
      { title: 'Zeta', href: '/zeta/' },
    ]);
  });

  it("lists the home page without `nav: true`, as al-folio does; under its title, or About when that is the site's", () => {
    const about = (title: string, extra = '') => `---\nlayout: about\ntitle: ${title}\npermalink: /\n${extra}---\n`;
    const research = { 'content/pages/research.md': page('Research') };
    expect(navItems(load({ 'content/pages/about.md': about('about'), ...research }).content!)).toEqual([
      { title: 'About', href: '/' },
      { title: 'Research', href: '/research/' },
    ]);
    expect(navItems(load({ 'content/pages/about.md': about('Home'), ...research }).content!)[0]).toEqual({ title: 'Home', href: '/' });
    // MINIMAL_SITE's name: the header shows it already.
    expect(navItems(load({ 'content/pages/about.md': about('Ada Lovelace'), ...research }).content!)[0]).toEqual({ title: 'About', href: '/' });
    // The about page is the home page when no page is at `/`: listed at its own address.
    expect(navItems(load({ 'content/pages/about.md': '---\nlayout: about\ntitle: About\n---\n', ...research }).content!)[0]).toEqual({ title: 'About', href: '/about/' });
  });

  it('leaves the home page out with `nav: false`', () => {
    const { content } = load({ 'content/pages/about.md': '---\nlayout: about\ntitle: about\npermalink: /\nnav: false\n---\n', 'content/pages/research.md': page('Research') });
    expect(navItems(content!)).toEqual([{ title: 'Research', href: '/research/' }]);
  });

  it('leaves out a page that titles a list the site does not have: the blog without posts, the news without items', () => {
    const { content } = load({
      'content/pages/blog.md': page('blog', 'permalink: /blog/\n'),
      'content/pages/news.md': page('news', 'permalink: /news/\n'),
      'content/pages/research.md': page('Research'),
    });
    expect(navItems(content!)).toEqual([{ title: 'Research', href: '/research/' }]);
  });
});

describe('bad input names the file and the line', () => {
  it('a YAML syntax error', () => {
    const [issue, ...rest] = errorsOf({ 'content/pages/a.md': '---\ntitle: A\nnav: [true\n---\n' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/pages/a.md', line: 3, message: expect.stringContaining('not valid YAML') });
  });

  it('a value with an unquoted colon', () => {
    const [issue] = errorsOf({ 'content/pages/a.md': '---\ntitle: Part 1: the start\n---\n' });
    expect(issue).toMatchObject({ file: 'content/pages/a.md', line: 2, fix: 'quote the value: title: "Part 1: the start"' });
  });

  it('a missing title', () => {
    const [issue] = errorsOf({ 'content/pages/a.md': '---\nlayout: page\n---\nBody\n' });
    expect(formatIssue(issue!)).toBe('content/pages/a.md:1:1  error: `title` is missing  (add `title: ...` to the front matter (between the two --- lines))');
  });

  it('a date that is not a date', () => {
    const [issue] = errorsOf({ 'content/blog/2024-01-01-a.md': '---\ntitle: A\ntags: x\ndate: 2024-31-12\n---\n' });
    expect(issue).toMatchObject({ file: 'content/blog/2024-01-01-a.md', line: 4, message: expect.stringContaining('`2024-31-12` is not a date') });
    expect(issue!.fix).toContain('YYYY-MM-DD');
  });

  it('two pages with one permalink', () => {
    const errors = errorsOf({
      'content/pages/a.md': '---\ntitle: A\npermalink: /same/\n---\n',
      'content/pages/b.md': '---\ntitle: B\nnav: true\npermalink: /same\n---\n',
    });
    expect(errors).toEqual([expect.objectContaining({ file: 'content/pages/b.md', line: 4, message: 'permalink /same/ is already used by content/pages/a.md' })]);
  });

  it('a page claiming a blog route', () => {
    const [issue] = errorsOf({ 'content/pages/a.md': '---\ntitle: A\npermalink: /blog/2024/x/\n---\n' });
    expect(issue).toMatchObject({ line: 3, message: 'permalink /blog/2024/x/ is a page Folio generates for the blog' });
  });

  it('a page claiming the search page', () => {
    const [issue] = errorsOf({ 'content/pages/a.md': '---\ntitle: A\npermalink: /search/\n---\n' });
    expect(issue).toMatchObject({ line: 3, message: 'permalink /search/ is the search page', fix: 'choose another permalink' });
  });

  it('an unknown layout', () => {
    const [issue] = errorsOf({ 'content/pages/a.md': '---\ntitle: A\nlayout: fancy\n---\n' });
    expect(issue).toMatchObject({ file: 'content/pages/a.md', line: 3, message: 'unknown layout `fancy`', fix: expect.stringContaining('about, page') });
  });

  it('a thumbnail that is no image: a warning, and the post has none', () => {
    const { content, log } = readContent(makeProject({ 'content/blog/2024-01-01-a.md': '---\ntitle: A\nthumbnail: plot.png\n---\n', 'public/assets/img/plot.png': 'a text file' }));
    expect(log.issues).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/blog/2024-01-01-a.md', line: 3, message: 'thumbnail `plot.png` cannot be shown (its bytes are no PNG, JPEG, WebP, AVIF, GIF or SVG): the page shows no thumbnail instead', fix: 'save public/assets/img/plot.png again as PNG, JPEG, WebP, AVIF or GIF' }),
    ]);
    expect(content!.posts[0]!.thumbnail).toBeUndefined();
  });

  it('a profile image that does not exist', () => {
    const [issue] = errorsOf({ 'content/pages/about.md': '---\ntitle: About\nlayout: about\nprofile:\n  align: left\n  image: me.jpg\n---\n' });
    expect(issue).toMatchObject({ file: 'content/pages/about.md', line: 6, message: 'profile image `me.jpg` does not exist', fix: expect.stringContaining('public/assets/img/me.jpg') });
  });

  it('a broken site.yml', () => {
    const [issue] = errorsOf({ 'content/site.yml': 'title: T\nname: N\nurl: not a url\n' });
    expect(issue).toMatchObject({ file: 'content/site.yml', line: 3, message: expect.stringContaining('`url`') });
  });

  it('reports every problem in one run, not just the first', () => {
    const errors = errorsOf({
      'content/pages/a.md': '---\nlayout: page\n---\n',
      'content/pages/b.md': '---\ntitle: B\nlayout: nope\n---\n',
    });
    expect(errors.map((e) => e.file)).toEqual(['content/pages/a.md', 'content/pages/b.md']);
  });
});

describe('symbolic links in content/ and public/ (issue 20: they passed the check and crashed the bundler)', () => {
  /** A project, and a folder outside it holding a file that is not the site's. */
  function withOutside() {
    const project = makeProject({ 'content/pages/about.md': '---\ntitle: About\n---\nHello.\n', 'shared/pictures/a.png': TINY_PNG });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: Secret\n---\nNot the site’s.\n');
    return { project, outside };
  }

  it('a link that leads out of the project is an error naming the link, and nothing is read', () => {
    const { project, outside } = withOutside();
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(project.contentDir, 'pages/leak.md'));
    fs.mkdirSync(path.join(project.publicDir, 'assets'), { recursive: true });
    fs.symlinkSync(outside, path.join(project.publicDir, 'assets/img'));
    const { content, log } = readContent(project);
    expect(content).toBeNull();
    expect(log.issues.map(formatIssue)).toEqual([
      `content/pages/leak.md:1:1  error: is a symbolic link to ${fs.realpathSync(outside)}/secret.md, outside the project: Folio reads and publishes nothing from outside it  (copy the file or folder into the project in place of the link, or remove the link)`,
      expect.stringMatching(/^public\/assets\/img:1:1 {2}error: is a symbolic link to .*, outside the project/),
    ]);
  });

  it('a link that leads nowhere is an error too', () => {
    const { project } = withOutside();
    fs.symlinkSync(path.join(project.root, 'gone.png'), path.join(project.publicDir, 'gone.png'));
    expect(errorsIn(project)).toEqual([expect.objectContaining({ file: 'public/gone.png', line: 1, message: expect.stringContaining('which does not exist') })]);
  });

  it('a link to a folder of the project is read as that folder, and a link to its own folder once', () => {
    const { project } = withOutside();
    fs.symlinkSync(path.join(project.root, 'shared/pictures'), path.join(project.publicDir, 'pictures'));
    fs.symlinkSync('.', path.join(project.publicDir, 'loop'));
    const { content, log } = readContent(project);
    expect(log.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(content?.pages.map((p) => p.title)).toEqual(['About']);
  });
});

function errorsIn(project: ReturnType<typeof makeProject>) {
  return readContent(project).log.issues.filter((i) => i.severity === 'error');
}
