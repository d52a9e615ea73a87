import { describe, expect, it } from 'vitest';
import { literalOutput, liquidTokens, parseInclude, resolveOutputs } from './liquid';

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
    expect(literalOutput('site.title', { title: 'T' })).toBe('T');
    expect(literalOutput('site.missing', { title: 'T' })).toBeNull();
    expect(literalOutput('page.title')).toBeNull();
  });

  it('resolves every output of a string, or says it cannot', () => {
    expect(resolveOutputs('{{ site.baseurl }}/x')).toEqual({ value: '/x', resolved: true });
    expect(resolveOutputs('{{ page.x }}/x').resolved).toBe(false);
  });
});
