import { describe, expect, it } from 'vitest';
import { convertDistillElements, type Finding } from './distill';
import { Edits } from './edits';

function convert(body: string) {
  const edits = new Edits(body);
  const findings: Finding[] = [];
  convertDistillElements(body, edits, findings);
  return { text: edits.slice(), findings, edits };
}

describe("al-folio's distill elements", () => {
  it('make citations of <d-cite>, one per key', () => {
    expect(convert('Sinks <d-cite key="xiao2023"></d-cite> and plans <d-cite key="cuturi2013, peyre2019"></d-cite>.\n').text).toBe(
      'Sinks {% cite xiao2023 %} and plans {% cite cuturi2013 peyre2019 %}.\n',
    );
  });

  it('make Markdown footnotes of <d-footnote>, numbered after the ones the body has, a citation inside kept', () => {
    const { text } = convert('One[^1].\n\nTwo.<d-footnote>As <d-cite key="a"></d-cite> says,\nover two lines.</d-footnote>\n\n[^1]: the first.\n');
    expect(text).toBe('One[^1].\n\nTwo.[^2]\n\n[^1]: the first.\n\n[^2]: As {% cite a %} says,\n    over two lines.\n');
  });

  it('make a fenced code block of <d-code block>, dedented, and inline code of <d-code>', () => {
    const body = 'Code:\n\n<d-code block language="python">\n  def f(x):\n      return x\n</d-code>\n\nThen <d-code language="js">a < b</d-code>.\n';
    expect(convert(body).text).toBe('Code:\n\n```python\ndef f(x):\n    return x\n```\n\nThen `a < b`.\n');
  });

  it('make math of <d-math>, and drop the frame of the article', () => {
    expect(convert('<d-article>\nSo <d-math>x^2</d-math>:\n<d-math block>\\sum_i x_i</d-math>\n</d-article>\n<d-bibliography src="/x.bib"></d-bibliography>\n').text).toBe(
      '\nSo $x^2$:\n\n$$\n\\sum_i x_i\n$$\n\n\n\n',
    );
  });

  it('leave elements written in code as they are, and report an element Folio has no equivalent for, on its offset', () => {
    const body = 'Write `<d-cite key="x"></d-cite>` for a citation.\n\n```html\n<d-footnote>note</d-footnote>\n```\n\n<d-hover-box>box</d-hover-box>\n';
    const { text, findings } = convert(body);
    expect(text).toBe('Write `<d-cite key="x"></d-cite>` for a citation.\n\n```html\n<d-footnote>note</d-footnote>\n```\n\nbox\n');
    expect(findings).toEqual([{ at: body.indexOf('<d-hover-box>'), message: "Distill's `<d-hover-box>` has no Folio equivalent: its tags were dropped, its text kept", leftover: true }]);
  });

  it('keep the offsets of the body as written (the report gives its lines)', () => {
    const body = 'a\n<d-footnote>x</d-footnote>\nafter <d-cite key="k"></d-cite> end\n';
    const { text, edits } = convert(body);
    expect(edits.originOf(text.indexOf('end'))).toBe(body.indexOf('end'));
    expect(edits.originOf(text.indexOf('{% cite'))).toBe(body.indexOf('<d-cite'));
  });
});
