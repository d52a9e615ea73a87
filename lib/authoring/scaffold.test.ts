import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { makeProject } from '../content/testing';
import { createContent, localDay, ScaffoldError, slugify } from './scaffold';

// 2025-03-07 at noon where the author is: the file name uses the local day.
const NOW = new Date(2025, 2, 7, 12, 0, 0);

describe('npm run new', () => {
  it('writes a post, a page and a news item with valid front matter and today\'s date', async () => {
    const options = makeProject({});
    const post = createContent('post', 'Hello, World: Part 1', { contentDir: options.contentDir, now: NOW });
    const page = createContent('page', 'Teaching', { contentDir: options.contentDir, now: NOW });
    const news = createContent('news', 'A paper at ECCV!', { contentDir: options.contentDir, now: NOW });

    expect(path.relative(options.root, post.file)).toBe('content/blog/2025-03-07-hello-world-part-1.mdx');
    expect(post.url).toBe('/blog/2025/hello-world-part-1/');
    expect(post.text).toContain('\ntitle: "Hello, World: Part 1"\ndate: 2025-03-07\n');
    expect(path.relative(options.root, page.file)).toBe('content/pages/teaching.mdx');
    expect(page.text).toContain('\ntitle: Teaching\npermalink: /teaching/\n');
    expect(path.relative(options.root, news.file)).toBe('content/news/2025-03-07-a-paper-at-eccv.md');
    expect(news.text).toBe('---\ndate: 2025-03-07\ninline: true\n---\n\nA paper at ECCV!\n');

    expect(await checkContent(options)).toEqual([]);
  }, 30_000);

  it('never overwrites a file, nor takes the address of another', () => {
    const options = makeProject({ 'content/pages/teaching.md': '---\ntitle: Mine\n---\n', 'content/blog/2025-01-01-hello.md': '---\ntitle: Old\n---\n' });
    expect(() => createContent('page', 'Teaching', { contentDir: options.contentDir, now: NOW })).toThrow(ScaffoldError);
    expect(fs.readFileSync(path.join(options.contentDir, 'pages/teaching.md'), 'utf8')).toBe('---\ntitle: Mine\n---\n');
    expect(() => createContent('post', 'Hello', { contentDir: options.contentDir, now: NOW })).toThrow(/2025-01-01-hello.md already exists/);
    expect(createContent('post', 'Hello', { contentDir: options.contentDir, now: new Date(2026, 0, 1) }).url).toBe('/blog/2026/hello/');
  });

  it('makes slugs and days the way the site reads them', () => {
    expect(slugify('  Café au lait — the Sequel!  ')).toBe('café-au-lait-the-sequel');
    expect(localDay(new Date(2024, 8, 30, 23, 59))).toBe('2024-09-30');
    expect(() => createContent('post', '!!!', { contentDir: makeProject({}).contentDir })).toThrow(ScaffoldError);
  });
});
