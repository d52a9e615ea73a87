import { describe, expect, it } from 'vitest';
import { displayTitle, htmlToText, initials } from '.';

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

describe('displayTitle', () => {
  it('capitalises a title written all in lower case, as al-folio shows it, and leaves others as written', () => {
    expect(displayTitle('blog')).toBe('Blog');
    expect(displayTitle('publications by year')).toBe('Publications by year');
    expect(displayTitle('iOS notes')).toBe('iOS notes');
    expect(displayTitle('cv')).toBe('CV');
    expect(displayTitle('my phd thesis')).toBe('My PhD thesis');
    expect(displayTitle('cvs and more')).toBe('Cvs and more');
    expect(displayTitle('CV')).toBe('CV');
    expect(displayTitle('über')).toBe('Über');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Lorenzo Olearo')).toBe('LO');
    expect(initials('Jan van der Berg')).toBe('JB');
    expect(initials('  ada  ')).toBe('A');
    expect(initials('Émile Zola')).toBe('ÉZ');
  });
});
