import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx';
import { renderDocument } from '../mdx/pipeline';
import { deriveFields } from './derive';
import { readContent } from './load';
import { makeProject } from './testing';

const TRICKY = `Intro paragraph with *emphasis* and a [link](/about/).

## snake_case_name

Setext heading
--------------

### Tea &amp; coffee

## \`code\` in a heading

## Repeated

## Repeated

\`\`\`python
## not a heading
\`\`\`

Math $x^2$ here.
`;

describe('one pass over a body', () => {
  it('finds every heading with the id rehype-slug gives it, setext ones included, none in code', () => {
    const { headings } = deriveFields(TRICKY, 'md');
    expect(headings).toEqual([
      { depth: 2, text: 'snake_case_name', id: 'snake_case_name' },
      { depth: 2, text: 'Setext heading', id: 'setext-heading' },
      { depth: 3, text: 'Tea & coffee', id: 'tea--coffee' },
      { depth: 2, text: 'code in a heading', id: 'code-in-a-heading' },
      { depth: 2, text: 'Repeated', id: 'repeated' },
      { depth: 2, text: 'Repeated', id: 'repeated-1' },
    ]);
  });

  it('gives the ids the rendered page has, in .md and .mdx', async () => {
    for (const format of ['md', 'mdx'] as const) {
      const body = format === 'mdx' ? TRICKY.replace('&amp;', '&') + '\n<Callout type="note">\n\n## Inside a callout\n\n</Callout>\n' : TRICKY;
      const project = makeProject({ [`content/blog/2024-01-01-a.${format}`]: `---\ntitle: A\n---\n${body}` });
      const post = readContent(project).content!.posts[0]!;
      process.env.FOLIO_PUBLIC_DIR = project.publicDir;
      const html = renderToStaticMarkup(await renderDocument(post, mdxComponents));
      const rendered = [...html.matchAll(/<h[1-6][^>]* id="([^"]+)"/g)].map((m) => m[1]);
      expect(deriveFields(body, format).headings.map((h) => h.id), format).toEqual(rendered);
    }
  });

  it('reads what a reader reads, block by block, and leaves code and math out', () => {
    const body = '# Title\n\nSome *emphasis*, a [link](/x/) and `code()`.\n\n```python\nsecret_code = 1\n```\n\n$$\n\\frac{a}{b}\n$$\n\n- one\n- two\n';
    const derived = deriveFields(body, 'mdx');
    expect(derived.text).toBe('Title Some emphasis, a link and code(). one two');
    expect(derived.excerpt).toBe('Some emphasis, a link and code().');
    expect(derived.math).toBe(true);
  });

  it('reads the text inside HTML in a .md body, without scripts or styles', () => {
    const body = '<div class="row">\n<p>Inside a <b>div</b></p>\n<script>alert(1)</script>\n</div>\n\nA <span class="x">styled</span> word.\n';
    expect(deriveFields(body, 'md').text).toBe('Inside a div A styled word.');
  });

  it('leaves no space where a citation was', () => {
    expect(deriveFields('The first engine <Cite id="a" />. It computes <Cite id="b" />, and more.\n', 'mdx').text).toBe('The first engine. It computes, and more.');
  });

  it('lists the components of an MDX body with their string attributes, and reads captions', () => {
    const { text, components } = deriveFields('<Publications year="2024" />\n\n<Figure src="/a.png" alt="x" caption="A caption" />\n', 'mdx');
    expect(components).toEqual([
      { name: 'Publications', attributes: { year: '2024' } },
      { name: 'Figure', attributes: { src: '/a.png', alt: 'x', caption: 'A caption' } },
    ]);
    expect(text).toBe('A caption');
  });

  it('lists citations in the order of the text, with their lines in the body', () => {
    const { citations } = deriveFields('First <Cite id="b" />.\n\nThen <Cite id="a" /> and <Cite id="b" /> and <Cite />.\n', 'mdx');
    expect(citations).toEqual([
      { id: 'b', line: 1, column: 7 },
      { id: 'a', line: 3, column: 6 },
      { id: 'b', line: 3, column: 26 },
      { id: undefined, line: 3, column: 46 },
    ]);
  });

  it('knows whether a body has math from the tree, not from dollar signs', () => {
    expect(deriveFields('It costs $5 and $6 tomorrow.', 'md').math).toBe(true);
    expect(deriveFields('It costs \\$5, and `$x$` is code.', 'md').math).toBe(false);
  });

  it('estimates reading time from the text, at least a minute', () => {
    expect(deriveFields('word '.repeat(1000), 'md').readingMinutes).toBe(5);
    expect(deriveFields('short', 'md').readingMinutes).toBe(1);
  });

  it('derives nothing from a body that does not parse (the check reports it)', () => {
    expect(deriveFields('Text <div>\n', 'mdx')).toMatchObject({ headings: [], text: '' });
  });

  it('leaves images out of the text', () => {
    expect(deriveFields('![An image](/x.png)\n', 'md').text).toBe('');
  });
});
