import { describe, expect, it } from 'vitest';
import { literalOutput, liquidTokens, parseInclude, resolveOutputs } from './liquid';
import { evaluateOutput } from './liquid-values';

describe('liquidTokens', () => {
  it('finds tags and outputs, with their offsets', () => {
    const text = 'a {% include x.liquid %} b {{ site.url }}';
    expect(liquidTokens(text)).toMatchObject([
      { kind: 'tag', name: 'include', markup: 'x.liquid', start: 2, end: 24 },
      { kind: 'output', expression: 'site.url', start: 27 },
    ]);
  });

  it('keeps raw and highlight insides as one token, drops comments, notes unclosed tags', () => {
    const text = '{% raw %}{{ x }}{% endraw %}{% highlight js linenos %}\nlet a;\n{% endhighlight %}{% comment %}no{% endcomment %}{% oops';
    expect(liquidTokens(text)).toMatchObject([
      { kind: 'raw', text: '{{ x }}' },
      { kind: 'highlight', lang: 'js', lineNumbers: true, code: '\nlet a;\n' },
      { kind: 'comment' },
      { kind: 'unclosed', source: '{% oops' },
    ]);
  });

  it('accepts whitespace control ({%- -%})', () => {
    expect(liquidTokens('{%- cite k -%}')).toMatchObject([{ kind: 'tag', name: 'cite', markup: 'k' }]);
  });

  it('gives the offsets of the literal text inside {% raw %}', () => {
    const text = 'a {% raw %}{{ x }}{% endraw %} b';
    const [raw] = liquidTokens(text);
    expect(raw).toMatchObject({ kind: 'raw', start: 2, end: 30 });
    expect(raw?.kind === 'raw' && text.slice(raw.textStart, raw.textEnd)).toBe('{{ x }}');
  });

  it('reads on after an unclosed tag, from the next line', () => {
    expect(liquidTokens('{{ a\n{% cite k %}')).toMatchObject([
      { kind: 'unclosed', start: 0, end: 4 },
      { kind: 'tag', name: 'cite', start: 5 },
    ]);
  });
});

describe('parseInclude', () => {
  it('reads quoted, unquoted and Liquid-valued parameters', () => {
    const { file, params } = parseInclude(`figure.liquid path="{{ 'a b.jpg' | relative_url }}" zoomable=true alt='It\\'s' img=page.img`);
    expect(file).toBe('figure.liquid');
    expect(Object.fromEntries(params)).toEqual({
      path: { value: '/a b.jpg', resolved: true },
      zoomable: { value: 'true', resolved: true },
      alt: { value: "It's", resolved: true },
      img: { value: 'page.img', resolved: false },
    });
  });
});

describe('literalOutput', () => {
  it('knows relative_url, absolute_url, prepend: site.baseurl and site variables', () => {
    expect(literalOutput("'assets/x.pdf' | relative_url")).toBe('/assets/x.pdf');
    expect(literalOutput('"/a/" | absolute_url')).toBe('/a/');
    expect(literalOutput("'/a/' | prepend: site.baseurl")).toBe('/a/');
    expect(literalOutput('site.baseurl')).toBe('');
    expect(literalOutput('site.title', { site: { title: 'T' } })).toBe('T');
    // A setting _config.yml does not have: Jekyll printed nothing.
    expect(literalOutput('site.missing', { site: { title: 'T' } })).toBe('');
    expect(literalOutput('page.title')).toBeNull();
  });

  it("knows the page's own front matter, with Liquid's standard filters", () => {
    const page = { title: 'A post', date: '2018-06-01 09:00:00', tags: ['a'] };
    expect(literalOutput('page.title | upcase', { page })).toBe('A POST');
    expect(literalOutput("page.date | date: '%Y'", { page })).toBe('2018');
  });

  it('gives up on what only Jekyll could compute: loop variables, lists, filters Jekyll adds', () => {
    expect(literalOutput('p.title', { page: {}, defined: new Set(['p']) })).toBeNull();
    expect(literalOutput('page.tags', { page: { tags: ['a'] } })).toBeNull();
    expect(literalOutput("'*a*' | markdownify")).toBeNull();
    expect(literalOutput('site.posts.size', { site: {} })).toBeNull();
  });

  it('resolves every output of a string, or says it cannot', () => {
    expect(resolveOutputs('{{ site.baseurl }}/x')).toEqual({ value: '/x', resolved: true });
    expect(resolveOutputs('{{ page.url }}/x').resolved).toBe(false);
  });
});

describe('evaluateOutput', () => {
  it("gives absolute_url the site's address and base path, as Jekyll did", () => {
    const scope = { url: 'https://ada.example.org', baseurl: '/site', page: { image: '/assets/img/a.png' } };
    expect(evaluateOutput('page.image | absolute_url', scope)).toEqual({ value: 'https://ada.example.org/site/assets/img/a.png', unset: [] });
    expect(evaluateOutput("'https://other.org/x' | absolute_url", scope)).toEqual({ value: 'https://other.org/x', unset: [] });
    // relative_url and site.baseurl leave the base path out: Folio adds its own to links.
    expect(evaluateOutput('page.image | relative_url', scope)?.value).toBe('/assets/img/a.png');
  });

  it('tells a variable Jekyll never set (nil: nothing printed) from one Jekyll computes (unknown)', () => {
    const scope = { site: { title: 'T' }, page: { venue: 'CHI' }, collections: ['posts', 'projects'] };
    expect(evaluateOutput('page.thanks', scope)).toEqual({ value: '', unset: ['page.thanks'] });
    expect(evaluateOutput('page.thanks | append: "!"', scope)).toEqual({ value: '!', unset: ['page.thanks'] });
    expect(evaluateOutput('site.subtitle', scope)).toEqual({ value: '', unset: ['site.subtitle'] });
    expect(evaluateOutput('nothing_here', scope)).toEqual({ value: '', unset: ['nothing_here'] });
    for (const computed of ['page.url', 'page.content', 'site.posts', 'site.projects', 'site.data.talks', 'paginator.posts', 'forloop.index']) expect(evaluateOutput(computed, scope), computed).toBeNull();
    expect(evaluateOutput('talk.title', { ...scope, defined: new Set(['talk']) })).toBeNull();
  });
});
