import { describe, expect, it } from 'vitest';
import type { SafeHtml } from '../sanitize/sanitize';
import { smartHtml, smartText } from './typography';

const html = (text: string) => text as SafeHtml;

describe("Folio's one typographer", () => {
  it('curls quotes and apostrophes, and makes LaTeX dashes and ellipses', () => {
    expect(smartText(`"A lion," she said -- it's 1843---and so...`)).toBe('“A lion,” she said – it’s 1843—and so…');
  });

  it('pairs quotes across inline elements, and starts afresh in each block', () => {
    expect(smartHtml(html('<p>"a <em>lion</em>"</p><p>"the next"</p>'))).toBe('<p>“a <em>lion</em>”</p><p>“the next”</p>');
    expect(smartHtml(html('<p>He said "<a href="/x">this</a>".</p>'))).toBe('<p>He said “<a href="/x">this</a>”.</p>');
  });

  it('leaves code, keyboard input and math as written, but pairs quotes around them', () => {
    expect(smartHtml(html('<p>"<code>x = "y"</code>" and <kbd>"</kbd></p>'))).toBe('<p>“<code>x = "y"</code>” and <kbd>"</kbd></p>');
    expect(smartHtml(html('<pre><code>print("x") -- y</code></pre>'))).toBe('<pre><code>print("x") -- y</code></pre>');
    expect(smartHtml(html('<p><span class="katex">f\'(x) -- "y"</span> is "it"</p>'))).toBe('<p><span class="katex">f\'(x) -- "y"</span> is “it”</p>');
  });

  it('leaves text without quotes or dashes alone', () => {
    expect(smartHtml(html('<p>Plain &amp; simple</p>'))).toBe('<p>Plain &amp; simple</p>');
    expect(smartText(undefined)).toBeUndefined();
  });
});
