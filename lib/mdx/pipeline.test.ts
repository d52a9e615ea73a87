import { describe, expect, it } from 'vitest';
import { readContent } from '../content/load';
import { makeProject, TINY_PNG } from '../content/testing';
import { checkDocument } from './pipeline';

const FRONT = '---\ntitle: Post\ntags: a b\ndescription: x\n---\n'; // the body starts on line 6

async function check(name: string, body: string, files: Record<string, string | Buffer> = {}) {
  const project = makeProject({ [`content/blog/2024-01-01-${name}`]: FRONT + body, ...files });
  const { content } = readContent(project);
  return checkDocument(content!.posts[0]!, project.publicDir);
}

describe('MDX problems are reported on the line of the file', () => {
  it('a syntax error counts lines from the top of the file, not of the body', async () => {
    const [issue] = await check('a.mdx', 'Intro\n\nSome <b>bold</i> text\n');
    expect(issue).toMatchObject({ severity: 'error', file: 'content/blog/2024-01-01-a.mdx', line: 8, message: expect.stringContaining('MDX syntax error') });
  });

  it('an unclosed component', async () => {
    const [issue] = await check('a.mdx', 'Intro\n\n<Figures>\n\ntext\n');
    expect(issue).toMatchObject({ severity: 'error', line: expect.any(Number), fix: expect.stringContaining('close the component') });
    expect(issue!.line).toBeGreaterThanOrEqual(8);
  });

  it('an unknown component', async () => {
    const issues = await check('a.mdx', 'Intro\n\n<Chart data="x" />\n\n<Plot />\n');
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 8, message: 'unknown component <Chart>', fix: expect.stringContaining('<Figure>') }),
      expect.objectContaining({ severity: 'error', line: 10, message: 'unknown component <Plot>' }),
    ]);
  });

  it('a stray brace', async () => {
    const [issue] = await check('a.mdx', 'Intro\n\nA set {a, b\n');
    expect(issue).toMatchObject({ severity: 'error', line: 8, fix: expect.stringContaining('\\{') });
  });

  it('an HTML comment in .mdx', async () => {
    const [issue] = await check('a.mdx', 'Intro\n\n<!-- note to self -->\n');
    expect(issue).toMatchObject({ severity: 'error', line: 8, fix: expect.stringContaining('HTML comments') });
  });

  it('but an HTML comment in .md is fine', async () => {
    expect(await check('a.md', 'Intro\n\n<!-- note to self -->\n\n<div class="row">html</div>\n')).toEqual([]);
  });

  it('a JavaScript expression is removed, with a warning', async () => {
    const issues = await check('a.mdx', 'Intro\n\nThe year is {new Date().getFullYear()}.\n\n<Figure src="/x.png" width={300} />\n\n{/* a comment is fine */}\n', { 'public/x.png': TINY_PNG });
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 8, message: expect.stringContaining('{new Date().getFullYear()}` is removed') }),
      expect.objectContaining({ severity: 'warning', line: 10, message: expect.stringContaining('width={300}'), fix: 'write it as a string: width="300"' }),
    ]);
  });

  it('a LaTeX error fails the check', async () => {
    const [issue] = await check('a.mdx', 'Intro\n\n$$\n\\frac{1}{\n$$\n');
    expect(issue).toMatchObject({ severity: 'error', line: 8, message: expect.stringContaining('LaTeX error') });
  });

  it('valid math, GFM and components pass', async () => {
    const body = 'Inline $x^2$ and\n\n$$\n\\alpha + \\beta\n$$\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Figure src="/x.png" alt="x" />\n\n![x](/x.png)\n';
    expect(await check('a.mdx', body, { 'public/x.png': TINY_PNG })).toEqual([]);
  });

  it('a missing image, in Markdown or in a <Figure>', async () => {
    const issues = await check('a.mdx', 'Intro\n\n![plot](/img/plot.png)\n\n<Figure src="/img/missing one.png" alt="x" />\n\n![ok](/x.png)\n', { 'public/x.png': TINY_PNG });
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 8, message: '`/img/plot.png` does not exist', fix: 'put the file at public/img/plot.png or fix the path' }),
      expect.objectContaining({ severity: 'error', line: 10, message: '`/img/missing one.png` does not exist' }),
    ]);
  });

  it('a missing image in HTML (.md) or in JSX (.mdx), and an image file that is no image', async () => {
    const files = { 'public/x.png': TINY_PNG, 'public/notes.png': 'a text file' };
    expect(await check('a.md', 'Intro\n\n<p><img src="/gone.png" alt=""></p>\n\n<img src="/x.png" alt="fine">\n', files)).toEqual([
      expect.objectContaining({ severity: 'error', line: 8, message: '`/gone.png` does not exist', fix: 'put the file at public/gone.png or fix the path' }),
    ]);
    expect(await check('b.mdx', 'Intro\n\n<img src="/gone.png" alt="" />\n\n![notes](/notes.png)\n', files)).toEqual([
      expect.objectContaining({ severity: 'error', line: 8, message: '`/gone.png` does not exist' }),
      expect.objectContaining({ severity: 'warning', line: 10, message: 'the image `/notes.png` cannot be shown (its bytes are no PNG, JPEG, WebP, AVIF, GIF or SVG): the page links the file as it is', fix: 'save public/notes.png again as PNG, JPEG, WebP, AVIF, GIF or SVG' }),
    ]);
  });
});
