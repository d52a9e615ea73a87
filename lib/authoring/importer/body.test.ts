import { describe, expect, it } from 'vitest';
import { convertBody, publicationsAttributes, type BodyOptions } from './body';

const POST: BodyOptions = { mdx: true, kind: 'post', about: false, baseurl: '', bodyLine: 1 };

function convert(body: string, options: Partial<BodyOptions> = {}) {
  return convertBody(body, { ...POST, ...options });
}

/** The converted text, with nothing left over. */
function clean(body: string, options: Partial<BodyOptions> = {}) {
  const result = convert(body, options);
  expect(result.leftovers).toEqual([]);
  return result.text;
}

describe('figures', () => {
  it('turns figure.liquid into <Figure>, with src, alt, caption and zoomable', () => {
    const result = convert('{% include figure.liquid loading="eager" path="assets/img/x.jpg" class="img-fluid rounded" alt="A cat" caption="The cat." zoomable=true %}\n');
    expect(result.text).toBe('<Figure src="/assets/img/x.jpg" alt="A cat" caption="The cat." zoomable="true" />\n');
    expect(result.components).toEqual(new Set(['Figure']));
    expect(result.references).toEqual([{ path: 'assets/img/x.jpg', line: 1 }]);
  });

  it("reads al-folio v0's figure.html, and uses the title as alt text when there is no alt", () => {
    expect(clean('{% include figure.html path="/assets/img/x.jpg" title="example image" %}')).toBe('<Figure src="/assets/img/x.jpg" alt="example image" />\n');
  });

  it('resolves relative_url inside path=, and encodes a space in the URL (the file keeps its name)', () => {
    const result = convert(`{% include figure.liquid path="{{ 'assets/img/my photo.jpg' | relative_url }}" %}`);
    expect(result.text).toBe('<Figure src="/assets/img/my%20photo.jpg" />\n');
    expect(result.references).toEqual([{ path: 'assets/img/my photo.jpg', line: 1 }]);
  });

  it('turns a Bootstrap row of figures and its caption into <Figures>', () => {
    const body = [
      'Before.',
      '',
      '<div class="row mt-3">',
      '    <div class="col-sm mt-3 mt-md-0">',
      '        {% include figure.liquid path="assets/img/1.jpg" class="img-fluid rounded z-depth-1" %}',
      '    </div>',
      '    <div class="col-sm-4 mt-3 mt-md-0">',
      '        {% include figure.liquid path="assets/img/2.jpg" class="img-fluid" zoomable=true %}',
      '    </div>',
      '</div>',
      '<div class="caption">',
      '    Two pictures, one',
      '    caption.',
      '</div>',
      '',
      'After.',
    ].join('\n');
    expect(clean(body)).toBe(
      [
        'Before.',
        '',
        '<Figures caption="Two pictures, one caption.">',
        '  <Figure src="/assets/img/1.jpg" />',
        '  <Figure src="/assets/img/2.jpg" zoomable="true" />',
        '</Figures>',
        '',
        'After.',
        '',
      ].join('\n'),
    );
  });

  it('makes a one-column row with a caption a single <Figure>', () => {
    const body = '<div class="row">\n  <div class="col-sm">\n    {% include figure.liquid path="assets/img/1.jpg" %}\n  </div>\n</div>\n<div class="caption">One.</div>\n';
    expect(clean(body)).toBe('<Figure src="/assets/img/1.jpg" caption="One." />\n');
  });

  it("turns al-folio v0's <img> columns into figures, data-zoomable included", () => {
    const body = `<div class="row">\n  <div class="col-sm">\n    <img class="img-fluid" src="{{ site.baseurl }}/assets/img/a.png" alt="A" data-zoomable>\n  </div>\n  <div class="col-sm">\n    <img src="{{ '/assets/img/b.png' | relative_url }}" title="B">\n  </div>\n</div>\n`;
    expect(clean(body)).toBe('<Figures>\n  <Figure src="/assets/img/a.png" alt="A" zoomable="true" />\n  <Figure src="/assets/img/b.png" alt="B" />\n</Figures>\n');
  });

  it('leaves a row that holds more than figures as HTML (made valid JSX)', () => {
    const body = '<div class="row">\n  <div class="col-sm">\n    Some text.\n  </div>\n</div>\n';
    const result = convert(body);
    expect(result.text).toContain('<div className="row">');
    expect(result.text).not.toContain('<Figure');
  });

  it('reports a figure whose path Liquid computes, on its line', () => {
    const result = convert('Text.\n\n{% include figure.liquid path=page.img %}\n', { bodyLine: 10 });
    expect(result.leftovers).toEqual([{ line: 12, text: '{% include figure.liquid path=page.img %}', message: expect.stringContaining('figure') }]);
    // Kept where the author will find it, as a comment: Liquid never reaches a visitor.
    expect(result.text).toContain('{/* {% include figure.liquid path=page.img %} */}');
    expect(convert('{% include figure.liquid path=page.img %}\n', { mdx: false }).text).toBe('<!-- {% include figure.liquid path=page.img %} -->\n');
  });
});

describe('videos', () => {
  it('turns video.liquid into <Video> for a local file and <YouTube> for an embed', () => {
    expect(clean('{% include video.liquid path="assets/video/a.mp4" controls=true caption="Demo" %}')).toBe('<Video src="/assets/video/a.mp4" caption="Demo" />\n');
    expect(clean('{% include video.liquid path="https://www.youtube.com/embed/jNQXAC9IVRw" %}')).toBe('<YouTube id="jNQXAC9IVRw" />\n');
  });
});

describe('code', () => {
  it('turns {% highlight %} into a fenced block, linenos into showLineNumbers', () => {
    const result = convert('{% highlight c++ linenos %}\n\nint main() { return 0; }\n\n{% endhighlight %}\n');
    expect(result.text).toBe('```c++ showLineNumbers\nint main() { return 0; }\n```\n');
    expect(result.leftovers).toEqual([]);
    expect(result.components.size).toBe(0);
  });

  it('uses a longer fence when the code has one', () => {
    expect(clean('{% highlight markdown %}\n```js\nx\n```\n{% endhighlight %}')).toBe('````markdown\n```js\nx\n```\n````\n');
  });

  it('keeps fenced code as it is, braces and Liquid-looking text included', () => {
    expect(clean('```js\nconst x = { a: 1 };\n```\n')).toBe('```js\nconst x = { a: 1 };\n```\n');
  });

  it('fences indented code in MDX (MDX has no indented code)', () => {
    expect(clean('Text:\n\n    code {x}\n    more\n\nAfter.')).toBe('Text:\n\n```\ncode {x}\nmore\n```\n\nAfter.\n');
  });

  it('keeps indented list continuations as they are', () => {
    expect(clean('1. Item\n\n    continued\n')).toBe('1. Item\n\n    continued\n');
  });
});

describe('raw', () => {
  it('keeps {% raw %} text literally in Markdown, and makes its braces safe in MDX', () => {
    const body = 'Shown: {% raw %}{% include x.liquid %} and {{ y }}{% endraw %}.';
    // In Markdown, `\{` shows `{`, and the content check does not take `\{%` or `\{{` for Liquid left behind.
    expect(convert(body, { mdx: false }).text).toBe('Shown: \\{% include x.liquid %} and \\{{ y }}.\n');
    expect(clean(body)).toBe('Shown: \\{% include x.liquid %\\} and \\{\\{ y \\}\\}.\n');
  });

  it('keeps raw text inside code spans and code blocks as code', () => {
    expect(clean('Use `{% raw %}{{ site.title }}{% endraw %}`.')).toBe('Use `{{ site.title }}`.\n');
    expect(clean('{% raw %}\n```liquid\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n```\n{% endraw %}\n')).toBe(
      '```liquid\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n```\n',
    );
  });
});

describe('citations and bibliographies', () => {
  it('turns {% cite %} into <Cite> in a post', () => {
    const result = convert('As shown {% cite einstein1905 %}, and {% cite a b %}.');
    expect(result.text).toBe('As shown <Cite id="einstein1905" />, and <Cite id="a" /><Cite id="b" />.\n');
    expect(result.components).toEqual(new Set(['Cite']));
  });

  it('reports {% cite %} outside a post (Folio cites in posts only)', () => {
    const result = convert('See {% cite x %}.', { kind: 'page' });
    expect(result.leftovers).toMatchObject([{ line: 1, text: '{% cite x %}' }]);
  });

  it('turns {% bibliography %} and its options into <Publications> string attributes', () => {
    expect(clean('{% bibliography %}', { kind: 'page' })).toBe('<Publications />\n');
    expect(clean('{% bibliography -f papers -q @*[selected=true]* %}', { kind: 'page' })).toBe('<Publications selected="true" />\n');
    expect(publicationsAttributes('--query @inproceedings[year=2024, author~=Melzi] --group_by year')).toEqual({
      attributes: ['type="inproceedings"', 'year="2024"', 'author="Melzi"'],
      problems: [],
    });
    expect(publicationsAttributes('--query @*[year>=2020] --cited').problems).toHaveLength(2);
  });
});

describe('includes', () => {
  it('drops the news include on the about page, and reports it elsewhere', () => {
    expect(convert('Hi.\n\n{% include news.liquid %}\n', { about: true, kind: 'page' })).toMatchObject({ text: 'Hi.\n', leftovers: [] });
    expect(convert('Hi.\n\n{% include news.liquid %}\n', { kind: 'page', mdx: false }).leftovers).toMatchObject([{ line: 3, message: expect.stringContaining('news') }]);
  });

  it('reports the projects and repository includes clearly', () => {
    const { leftovers } = convert('{% include projects.liquid %}\n{% include repository/repo.liquid username=x %}\n', { kind: 'page', mdx: false });
    expect(leftovers).toMatchObject([
      { line: 1, message: expect.stringContaining('projects') },
      { line: 2, message: expect.stringContaining('repositor') },
    ]);
  });

  it("reports the teaching page's course list and calendar clearly", () => {
    const { leftovers } = convert("{% include calendar.liquid calendar_id='me@gmail.com' timezone='Asia/Shanghai' %}\n\n{% include courses.liquid %}\n", { kind: 'page' });
    expect(leftovers).toMatchObject([
      { line: 1, message: expect.stringContaining('Google Calendar') },
      { line: 3, message: expect.stringContaining('course list') },
    ]);
  });
});

describe('Liquid values', () => {
  it('turns {{ ... | relative_url }} and site.baseurl into plain paths', () => {
    expect(clean("[a]({{ '/x/' | relative_url }}) [b]({{ site.baseurl }}/y/) [c]({{ 'assets/pdf/a b.pdf' | relative_url }})")).toBe(
      '[a](/x/) [b](/y/) [c](/assets/pdf/a%20b.pdf)\n',
    );
  });

  it('strips the baseurl from site links', () => {
    const result = convert('[p](/al-folio/publications/) <a href="/al-folio/x.pdf">x</a>', { baseurl: '/al-folio' });
    expect(result.text).toBe('[p](/publications/) <a href="/x.pdf">x</a>\n');
    expect(result.references).toEqual([{ path: 'x.pdf', line: 1 }]);
  });

  it('knows site variables from _config.yml', () => {
    expect(clean('By {{ site.title }}.', { site: { title: 'Ada' } })).toBe('By Ada.\n');
  });
});

describe('callouts', () => {
  it('turns a blockquote with {: .block-tip} after it into a <Callout>', () => {
    expect(clean('> ##### TIP\n>\n> Be **kind**.\n{: .block-tip }\n')).toBe('<Callout type="tip">\nBe **kind**.\n</Callout>\n');
  });

  it('keeps a heading that is not the kind as the title; accepts the list inside the quote', () => {
    expect(clean('> ##### Careful now\n> Hot.\n> {: .block-danger }')).toBe('<Callout type="danger" title="Careful now">\nHot.\n</Callout>\n');
    expect(clean('> Mind the gap.\n{: .block-warning}')).toBe('<Callout type="warning">\nMind the gap.\n</Callout>\n');
  });

  it('leaves a plain blockquote as it is', () => {
    expect(clean('> Just a quote.\n')).toBe('> Just a quote.\n');
  });
});

describe('HTML in MDX', () => {
  it('drops comments, renames class, self-closes void elements', () => {
    expect(clean('<!-- a\ncomment -->\n<p class="x">a<br>b <img src="/i.png" alt=""></p>\n<hr>\n')).toBe('<p className="x">a<br />b <img src="/i.png" alt="" /></p>\n<hr />\n');
  });

  it('drops Liquid inside a comment with the comment', () => {
    expect(clean('A<!-- {% include x.liquid %} {{ y }} --> B\n')).toBe('A B\n');
  });

  it('drops inline styles and reports them', () => {
    const result = convert('Text.\n<p style="color: red" class="a">x</p>\n');
    expect(result.text).toBe('Text.\n<p className="a">x</p>\n');
    expect(result.leftovers).toMatchObject([{ line: 2, message: expect.stringContaining('style') }]);
  });

  it('escapes stray braces and < outside code and math', () => {
    expect(clean('A {set} and a < b, `{code}`, $x^{2}$.')).toBe('A \\{set\\} and a \\< b, `{code}`, $x^{2}$.\n');
  });

  it('keeps a Markdown file (no components) as it was, comments aside', () => {
    const body = '<div class="x" style="color: red">{set}</div>\n<!-- gone -->\n';
    expect(convert(body, { mdx: false })).toMatchObject({ text: '<div class="x" style="color: red">{set}</div>\n', leftovers: [] });
  });
});

describe('leftovers', () => {
  it('reports every Liquid tag and value it cannot translate, with the line of the source file', () => {
    const body = ['Intro.', '', '{% for p in site.posts %}', '  {{ p.title }}', '{% endfor %}', '', '{% include unknown.liquid %}'].join('\n');
    const result = convert(body, { mdx: false, bodyLine: 8 });
    expect(result.leftovers.map((l) => [l.line, l.text])).toEqual([
      [10, '{% for p in site.posts %}'],
      [11, '{{ p.title }}'],
      [12, '{% endfor %}'],
      [14, '{% include unknown.liquid %}'],
    ]);
  });

  it('counts lines through multi-line tags, raw blocks and comments', () => {
    const body = '{% raw %}\na\nb\n{% endraw %}\n<!--\n\n-->\n{% include\n  x.liquid %}\n{{ site.posts | size }}';
    const result = convert(body, { mdx: false });
    expect(result.leftovers.map((l) => l.line)).toEqual([8, 10]);
  });

  it('reports kramdown attribute lists it drops', () => {
    const result = convert('Para.\n{: .text-center}\n\n[x](/y/){:target="_blank"}\n');
    expect(result.text).toBe('Para.\n\n[x](/y/)\n');
    expect(result.leftovers.map((l) => l.line)).toEqual([2, 4]);
  });
});

describe('where components go', () => {
  it('keeps a figure in its list item, and gives one inside a sentence a line of its own', () => {
    expect(clean('- {% include figure.liquid path="a.png" %}\n- two\n')).toBe('- <Figure src="/a.png" />\n- two\n');
    expect(clean('See {% include figure.liquid path="a.png" %} here.')).toBe('See\n<Figure src="/a.png" />\nhere.\n');
  });
});

describe('math', () => {
  it('puts a bare LaTeX environment between $$ (KaTeX renders only math in $$), dropping \\label', () => {
    const result = convert('Numbered:\n\n\\begin{equation}\n\\label{eq:x}\nx^{2} = y\n\\end{equation}\n\n$$\n\\begin{align}a\\end{align}\n$$\n', { mdx: false });
    expect(result.text).toBe('Numbered:\n\n$$\n\\begin{equation}\nx^{2} = y\n\\end{equation}\n$$\n\n$$\n\\begin{align}a\\end{align}\n$$\n');
    expect(result.leftovers).toMatchObject([{ line: 4, text: '\\label{eq:x}' }]);
  });
});

describe('what al-folio renders as plain HTML', () => {
  it('turns {% details %} into <details> with its <summary>', () => {
    expect(clean('{% details Click here %}\nHidden **text**.\n{% enddetails %}\n')).toBe('<details>\n<summary>Click here</summary>\n\nHidden **text**.\n\n</details>\n');
  });

  it('turns audio.liquid into an <audio> element, its switches kept', () => {
    const result = convert('{% include audio.liquid path="assets/audio/a b.mp3" controls=true loop=false %}\n', { mdx: false });
    expect(result).toMatchObject({ text: '<audio src="/assets/audio/a%20b.mp3" controls></audio>\n', leftovers: [], references: [{ path: 'assets/audio/a b.mp3', line: 1 }] });
  });
});

describe('what the real parsers see', () => {
  it("drops a heading's kramdown {#id} (Folio makes the ids), and reports it", () => {
    const result = convert('## Results {#results}\n\nText.\n');
    expect(result.text).toBe('## Results\n\nText.\n');
    expect(result.leftovers).toMatchObject([{ line: 1, text: '{#results}' }]);
  });

  it('writes <url> autolinks as Markdown links in MDX, and leaves them in Markdown', () => {
    expect(clean('See <https://example.org/a?b=1>.')).toBe('See [https://example.org/a?b=1](https://example.org/a?b=1).\n');
    expect(clean('See <https://example.org>.', { mdx: false })).toBe('See <https://example.org>.\n');
  });

  it('rewrites every tag of an HTML block cut by blank lines (a table), SVG attributes included', () => {
    const body = '<table class="t">\n<tr><td colspan="2" class="x">a</td></tr>\n\n<tr><TD class="y">b</TD></tr>\n</table>\n\n<svg viewBox="0 0 1 1"><path stroke-width="2" class="p"/></svg>\n';
    expect(clean(body)).toBe(
      '<table className="t">\n<tr><td colSpan="2" className="x">a</td></tr>\n\n<tr><td className="y">b</td></tr>\n</table>\n\n<svg viewBox="0 0 1 1"><path strokeWidth="2" className="p" /></svg>\n',
    );
  });

  it('keeps Liquid inside code as code, and reports the tags Jekyll would have run there', () => {
    const result = convert('Use `{{ site.title }}` or:\n\n```liquid\n{% if x %}y{% endif %}\n```\n', { site: { title: 'T' } });
    expect(result.text).toBe('Use `T` or:\n\n```liquid\n{% if x %}y{% endif %}\n```\n');
    expect(result.leftovers.map((l) => [l.line, l.text])).toEqual([
      [4, '{% if x %}'],
      [4, '{% endif %}'],
    ]);
  });

  it("resolves {{ page.x }} from the file's front matter, in text and in links", () => {
    expect(clean('# {{ page.title }}\n\n[pdf]({{ page.pdf | relative_url }})\n', { page: { title: 'On {sets}', pdf: 'assets/pdf/a.pdf' } })).toBe('# On \\{sets\\}\n\n[pdf](/assets/pdf/a.pdf)\n');
  });

  it('leaves Liquid in an attribute that it cannot resolve, and says so (the content check stops on it)', () => {
    const result = convert('<a href="{{ page.next.url }}">x</a>\n');
    expect(result.text).toBe('<a href="{{ page.next.url }}">x</a>\n');
    expect(result.leftovers).toMatchObject([{ line: 1, text: '{{ page.next.url }}' }]);
  });

  it('prints nothing for a variable Jekyll never set, as Jekyll did, and notes it on its line', () => {
    const result = convert('Intro.\n\nThanks to {{ page.acknowledgements }} for testing, {{ site.nothing | default: "all" }}.\n', { mdx: false, page: { title: 't' } });
    expect(result.text).toBe('Intro.\n\nThanks to for testing, all.\n');
    expect(result.leftovers).toEqual([]);
    expect(result.notes).toEqual([
      { line: 3, message: '`{{ page.acknowledgements }}`: `page.acknowledgements` is never set, so Jekyll printed nothing here, and so does the import' },
    ]);
  });

  it('takes a caption from the HTML block after a blank line', () => {
    const body = '<div class="row">\n  <div class="col-sm">{% include figure.liquid path="a.png" %}</div>\n  <div class="col-sm">{% include figure.liquid path="b.png" %}</div>\n</div>\n\n<div class="caption">\n  Both.\n</div>\n\nAfter.\n';
    expect(clean(body)).toBe('<Figures caption="Both.">\n  <Figure src="/a.png" />\n  <Figure src="/b.png" />\n</Figures>\n\nAfter.\n');
  });
});

describe('Liquid kept as a comment', () => {
  it('takes the space before it along when punctuation follows', () => {
    expect(convert('See {% cite x %}.', { kind: 'page' }).text).toBe('See{/* {% cite x %} */}.\n');
    expect(convert('See {% cite x %} and more.', { kind: 'page', mdx: false }).text).toBe('See <!-- {% cite x %} --> and more.\n');
  });
});
