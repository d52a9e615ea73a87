import { routes } from '../routing/urls';
import { describe, expect, it } from 'vitest';
import { readContent } from './load';
import { makeProject, TINY_PNG } from './testing';
import { decodeSegment } from '../routing/segments';
import { postsByYear, relatedPosts, termAt, termPage, termPageCount, terms, termSlug } from './taxonomy';

const post = (front: string) => `---\n${front}\n---\nText\n`;

function load(files: Record<string, string | Buffer>) {
  return readContent(makeProject(files));
}

describe('a term has one URL form', () => {
  it('lowercase, Unicode letters kept, other runs one hyphen (Jekyll slugify)', () => {
    expect(termSlug('café au lait')).toBe('café-au-lait');
    expect(termSlug('Café  au_Lait!')).toBe('café-au-lait');
    expect(termSlug('拡散')).toBe('拡散');
    expect(termSlug('diffusion_models')).toBe('diffusion-models');
    expect(termSlug('C++')).toBe('c');
    expect(termSlug('cafe\u0301')).toBe('café'); // decomposed é is composed first
  });

  it('is percent-encoded in hrefs, and decoded back from a route segment', () => {
    expect(routes.term('tag', 'café-au-lait')).toBe('/blog/tag/caf%C3%A9-au-lait/');
    expect(routes.term('tag', '拡散', 2)).toBe('/blog/tag/%E6%8B%A1%E6%95%A3/page/2/');
    expect(routes.term('category', 'field-notes')).toBe('/blog/category/field-notes/');
    expect(decodeSegment('caf%C3%A9-au-lait')).toBe('café-au-lait'); // next start
    expect(decodeSegment('café-au-lait')).toBe('café-au-lait'); // next dev
    expect(decodeSegment('100%')).toBe('100%');
  });
});

describe('tags that differ only in case or spacing', () => {
  const files = {
    'content/blog/2024-01-01-a.md': post('title: A\ntags: [Café au lait, x]'),
    'content/blog/2024-02-01-b.md': post('title: B\ntags:\n  - x\n  - café  au lait'),
    'content/blog/2024-03-01-c.md': post('title: C\ntags: [café au lait, Café au Lait]'),
    'content/blog/2024-04-01-d.md': post('title: D\ntags: [café au lait]'),
  };

  it('are one tag, spelled as most posts spell it', () => {
    const { content } = load(files);
    const tags = terms(content!, 'tag');
    expect(tags.map((t) => [t.name, t.slug, t.posts.map((p) => p.title)])).toEqual([
      ['café au lait', 'café-au-lait', ['D', 'C', 'B', 'A']],
      ['x', 'x', ['B', 'A']],
    ]);
    expect(content!.posts.find((p) => p.title === 'C')!.tags).toEqual(['café au lait']);
  });

  it('are warnings naming the file and the line of each other spelling', () => {
    const warnings = load(files).log.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => [w.file, w.line]).sort()).toEqual([
      ['content/blog/2024-01-01-a.md', 3],
      ['content/blog/2024-02-01-b.md', 5],
      ['content/blog/2024-03-01-c.md', 3],
    ]);
    expect(warnings.find((w) => w.file.endsWith('a.md'))).toMatchObject({
      message: 'tag `Café au lait` is the same tag as `café au lait` (content/blog/2024-03-01-c.md); both are shown as `café au lait`',
      fix: 'write the tag the same way in every post',
    });
  });

  it('a tag with no letter or digit is left out, with a warning', () => {
    const { content, log } = load({ 'content/blog/2024-01-01-a.md': post('title: A\ntags: [ok, "+++"]') });
    expect(content!.posts[0]!.tags).toEqual(['ok']);
    expect(log.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 3, message: expect.stringContaining('`+++` has no letter or digit') })]);
  });
});

describe('term pages', () => {
  it('paginate by blog.per_page', () => {
    const files = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`content/blog/2024-01-0${i + 1}-p${i + 1}.md`, post(`title: P${i + 1}\ncategories: notes`)]));
    const { content } = load({ ...files, 'content/site.yml': 'title: T\nname: N\nurl: https://example.org\nblog:\n  per_page: 3\n' });
    const notes = termAt(content!, 'category', 'notes')!;
    expect(termPageCount(notes, 3)).toBe(3);
    expect(termPage(notes, 3, 3).map((p) => p.title)).toEqual(['P1']);
  });

  it('leave drafts out of production, and a tag only drafts use has no page', () => {
    const files = { 'content/blog/2024-01-01-a.md': post('title: A\ntags: shared'), 'content/blog/2024-02-01-d.md': post('title: D\ndraft: true\ntags: shared secret') };
    const prod = readContent({ ...makeProject(files), includeDrafts: false }).content!;
    expect(terms(prod, 'tag').map((t) => [t.name, t.posts.length])).toEqual([['shared', 1]]);
  });
});

describe('related posts', () => {
  const files = {
    'content/blog/2024-01-01-a.md': post('title: A\ntags: x y\ncategories: c'),
    'content/blog/2024-02-01-b.md': post('title: B\ntags: x'),
    'content/blog/2024-03-01-c.md': post('title: C\ntags: x y'),
    'content/blog/2024-04-01-d.md': post('title: D\ncategories: c'),
    'content/blog/2024-05-01-e.md': post('title: E\ntags: z'),
    'content/blog/2024-06-01-f.md': post('title: F\ntags: Y\nrelated_posts: false'),
  };

  it('share the most tags and categories, newest first among equals, at most three', () => {
    const { content } = load(files);
    const a = content!.posts.find((p) => p.title === 'A')!;
    expect(relatedPosts(content!, a).map((p) => p.title)).toEqual(['C', 'F', 'D']);
  });

  it('are none for `related_posts: false`', () => {
    const { content } = load(files);
    expect(relatedPosts(content!, content!.posts.find((p) => p.title === 'F')!)).toEqual([]);
  });
});

it('the archive groups posts by year, newest first', () => {
  const { content } = load({
    'content/blog/2022-05-01-a.md': post('title: A'),
    'content/blog/2024-01-01-b.md': post('title: B'),
    'content/blog/2024-06-01-c.md': post('title: C'),
  });
  expect(postsByYear(content!.posts).map(({ year, posts }) => [year, posts.map((p) => p.title)])).toEqual([
    [2024, ['C', 'B']],
    [2022, ['A']],
  ]);
});

describe('post front matter for the blog index', () => {
  it('reads featured, thumbnail (al-folio paths too), last_modified_at and related_posts', () => {
    const { content, log } = load({
      'content/blog/2024-01-01-a.md': post('title: A\nfeatured: true\nthumbnail: pic.png\nlast_modified_at: 2024-02-03 10:00:00'),
      'content/blog/2024-01-02-b.md': post('title: B\nthumbnail: assets/img/pic.png'),
      'public/assets/img/pic.png': TINY_PNG,
    });
    expect(log.issues).toEqual([]);
    const [b, a] = content!.posts;
    expect(a).toMatchObject({ featured: true, relatedPosts: true, thumbnail: { src: '/assets/img/pic.png', width: 1, height: 1 }, updated: { day: '2024-02-03' } });
    expect(b).toMatchObject({ featured: false, thumbnail: { src: '/assets/img/pic.png' } });
  });

  it('a thumbnail that does not exist is an error on its line', () => {
    const { log } = load({ 'content/blog/2024-01-01-a.md': post('title: A\ndescription: x\nthumbnail: missing.png') });
    expect(log.issues).toEqual([
      expect.objectContaining({ severity: 'error', file: 'content/blog/2024-01-01-a.md', line: 4, message: 'thumbnail `missing.png` does not exist', fix: expect.stringContaining('public/assets/img/missing.png') }),
    ]);
  });

  it('a date in the future is a warning, unless the post is a draft', () => {
    const { log } = load({
      'content/blog/2999-01-01-later.md': post('title: Later\ndate: 2999-01-01'),
      'content/blog/2999-01-02-draft.md': post('title: Draft\ndraft: true'),
    });
    expect(log.issues).toEqual([expect.objectContaining({ severity: 'warning', file: 'content/blog/2999-01-01-later.md', line: 3, message: 'the post is dated 2999-01-01, in the future' })]);
  });
});
