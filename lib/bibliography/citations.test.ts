import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { deriveFields } from '../content/derive';
import remarkCite from './remark-cite';

const BIB = '---\n---\n@misc{alpha, title = {Alpha}, year = {2024}}\n@misc{beta, title = {Beta}, year = {2023}}\n';
const POST = '---\ntitle: Cited\n---\n'; // the body starts on line 4

describe('remark-cite numbers <Cite>s in the order of first citation', () => {
  const body = 'First <Cite id="beta" />, then <Cite id="alpha" />.\n\nAgain <Cite id="beta" number="9" />, and <Cite /> without a key.\n';

  it('gives each <Cite> a number attribute and records the keys', () => {
    const tree = createProcessor({ format: 'mdx' }).parse(body) as Root;
    const file = new VFile();
    remarkCite()(tree, file);
    const numbers: (string | undefined)[] = [];
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'number');
      numbers.push(attr?.value as string | undefined);
    });
    expect(numbers).toEqual(['1', '2', '1', undefined]);
    expect(file.data.citations).toEqual(['beta', 'alpha']);
  });

  it('finds the same citations, with lines, for the content layer', () => {
    expect(deriveFields(body, 'mdx').citations).toEqual([
      { id: 'beta', line: 1, column: 7 },
      { id: 'alpha', line: 1, column: 32 },
      { id: 'beta', line: 3, column: 7 },
      { id: undefined, line: 3, column: 42 },
    ]);
    // Only MDX has components; a body that does not parse has none (the check reports the syntax error).
    expect(deriveFields(body, 'md').citations).toEqual([]);
    expect(deriveFields('<Cite id="a" /> {oops', 'mdx').citations).toEqual([]);
  });

  it('puts the cited keys on each document', () => {
    const { content } = readContent(makeProject({ 'content/publications.bib': BIB, 'content/blog/2024-01-01-cited.mdx': POST + body }));
    expect(content!.posts[0]!.citations).toEqual(['beta', 'alpha']);
  });
});

describe('the check reports <Cite> problems on the line of the file', () => {
  it('an unknown key, a missing key, a citation outside a post', async () => {
    const options = makeProject({
      'content/publications.bib': BIB,
      'content/blog/2024-01-01-cited.mdx': POST + 'Known <Cite id="alpha" />.\n\nUnknown <Cite id="gamma" /> and <Cite />.\n',
      'content/pages/about.mdx': '---\ntitle: About\n---\nA page <Cite id="alpha" />.\n',
    });
    const issues = (await checkContent(options)).filter((i) => i.severity === 'error');
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/blog/2024-01-01-cited.mdx', line: 6, column: 9, message: '<Cite id="gamma">: no publication has the key `gamma`', fix: expect.stringContaining('`alpha`') }),
      expect.objectContaining({ file: 'content/blog/2024-01-01-cited.mdx', line: 6, message: '<Cite> needs the key of a publication' }),
      expect.objectContaining({ file: 'content/pages/about.mdx', line: 4, message: expect.stringContaining('blog posts and projects only') }),
    ]);
  });

  it('known keys pass, and the bibliography’s own problems are in the same report', async () => {
    const ok = makeProject({ 'content/publications.bib': BIB, 'content/blog/2024-01-01-cited.mdx': POST + 'Known <Cite id="alpha" />.\n' });
    expect(await checkContent(ok)).toEqual([]);
    const broken = makeProject({ 'content/publications.bib': BIB + '@misc{alpha, title = {Again}, year = {2020}}\n' });
    expect(await checkContent(broken)).toEqual([expect.objectContaining({ file: 'content/publications.bib', line: 5, severity: 'warning', message: expect.stringContaining('`alpha` is used again') })]);
  });
});
