import { describe, expect, it } from 'vitest';
import { readContent } from './content/load';
import { makeProject } from './content/testing';
import { checkDocument } from './mdx';

const FRONT = '---\ntitle: Post\ntags: a b\ndescription: x\n---\n'; // the body starts on line 6

async function check(name: string, body: string) {
  const { content } = readContent(makeProject({ [`content/blog/2024-01-01-${name}`]: FRONT + body }));
  return checkDocument(content!.posts[0]!);
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
    const issues = await check('a.mdx', 'Intro\n\nThe year is {new Date().getFullYear()}.\n\n<Figure src="/x.png" width={300} />\n\n{/* a comment is fine */}\n');
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
    expect(await check('a.mdx', 'Inline $x^2$ and\n\n$$\n\\alpha + \\beta\n$$\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Figure src="/x.png" alt="x" />\n')).toEqual([]);
  });
});
