import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/load';
import { makeProject, TINY_PNG } from '../../content/testing';
import { checkDocument } from '../pipeline';

const FRONT = '---\ntitle: Page\n---\n'; // the body starts on line 4

async function check(name: string, body: string) {
  const project = makeProject({ [`content/pages/${name}`]: FRONT + body, 'public/a.png': TINY_PNG });
  const { content } = readContent(project);
  return checkDocument(content!.pages[0]!, project.publicDir);
}

describe('Liquid left in content is an error, with what to write instead', () => {
  it('in Markdown text: each tag and output, on its line and column', async () => {
    const issues = await check('a.md', 'Intro.\n\n{% include figure.liquid path="a.png" %}\n\nBy {{ site.title }}, {% cite k %}.\n');
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 6, column: 1, message: 'Liquid `{% include figure.liquid path="a.png" %}` would be shown to visitors: Folio does not run Liquid', fix: expect.stringContaining('<Figure') }),
      expect.objectContaining({ severity: 'error', line: 8, column: 4, message: expect.stringContaining('`{{ site.title }}`'), fix: expect.stringContaining('write the text it stood for') }),
      expect.objectContaining({ severity: 'error', line: 8, column: 22, fix: expect.stringContaining('<Cite id="key" />') }),
    ]);
  });

  it('in HTML, a link and a component attribute', async () => {
    expect(await check('a.md', '<div class="projects">\n{% for p in site.projects %}{% include projects.liquid %}{% endfor %}\n</div>\n\n[cv]({{ site.baseurl }}/cv.pdf)\n')).toEqual([
      expect.objectContaining({ line: 5, fix: expect.stringContaining('<Projects />') }),
      expect.objectContaining({ line: 5, message: expect.stringContaining('{% include projects.liquid %}') }),
      expect.objectContaining({ line: 5, message: expect.stringContaining('{% endfor %}') }),
      expect.objectContaining({ line: 8, fix: expect.stringContaining('write the path itself') }),
    ]);
    expect(await check('a.mdx', '<Figure src="{{ page.img }}" />\n')).toEqual([expect.objectContaining({ severity: 'error', line: 4, message: expect.stringContaining('{{ page.img }}') })]);
  });

  it('in MDX, where `{{ x }}` parses as an expression (most Liquid does not parse at all: a syntax error on its line)', async () => {
    expect(await check('a.mdx', 'Intro.\n\nBy {{ author }}.\n')).toEqual([
      expect.objectContaining({ severity: 'error', line: 6, column: 4, message: expect.stringContaining('`{{ author }}`') }),
    ]);
  });

  it('but not in code, in math, escaped, or in a comment', async () => {
    const md = [
      'Use `{{ site.title }}` in a template.',
      '',
      '```liquid',
      '{% for p in site.posts %}{{ p.title }}{% endfor %}',
      '```',
      '',
      '$$',
      'x^{{2}}',
      '$$',
      '',
      'Shown as written: \\{% raw %} and \\{{ y }}.',
      '',
      '<!-- {% include figure.liquid path="a.png" %} -->',
      '',
    ].join('\n');
    expect(await check('a.md', md)).toEqual([]);
    expect(await check('a.mdx', 'Shown: \\{% include x.liquid %\\} and \\{\\{ y \\}\\}.\n\n{/* {% include figure.liquid path=page.img %} */}\n')).toEqual([]);
  });
});
