import { describe, expect, it } from 'vitest';
import { htmlToText } from './text';

describe('htmlToText', () => {
  it('decodes every character reference, named or numeric', () => {
    expect(htmlToText('Caf&eacute; &amp; cr&egrave;me &#233;l&#xE8;ve &hellip; &nbsp;x')).toBe('Café & crème élève … x');
  });

  it('drops tags and collapses white space', () => {
    expect(htmlToText('<h1><strong>About</strong> me</h1>\n<p>A  <em>line</em></p>')).toBe('About me A line');
  });

  it('composes letters, so a search for the word finds them', () => {
    expect(htmlToText('Garci\u0301a')).toBe('García');
    expect(htmlToText('Garci\u0301a')).toHaveLength(6);
    // BibTeX's {\'\i}: a dotless i and a combining acute, which has no composed form of its own.
    expect(htmlToText('Garc\u0131\u0301a')).toBe('García');
    expect(htmlToText('\u0237\u030C')).toBe('ǰ');
    // A dotless i on its own is a letter (Turkish): kept.
    expect(htmlToText('Kırmızı')).toBe('Kırmızı');
  });

  it('keeps text that only looks like a tag when it is escaped', () => {
    expect(htmlToText('1 &lt; 2 and a <b>bold</b> claim')).toBe('1 < 2 and a bold claim');
  });
});
