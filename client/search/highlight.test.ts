import { describe, expect, it } from 'vitest';
import { createSearch } from './engine';
import { excerpt, highlight, type Segment } from './highlight';
import { tokenize } from './text';

/** Segments as a string, marks in [brackets]. */
const show = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('words', () => {
  it('fold accents and case, and split Chinese and Japanese into characters', () => {
    expect(tokenize('Café, Peñaloza; NAÏVE 2024')).toEqual(['cafe', 'penaloza', 'naive', '2024']);
    expect(tokenize('拡散モデル and 한국어')).toEqual(['拡', '散', 'モ', 'デ', 'ル', 'and', '한국어']);
  });
});

describe('highlight', () => {
  it('marks the matched words as written, accents and all', () => {
    expect(show(highlight('A café in Peñaloza, cafe.', new Set(['cafe', 'penaloza'])))).toBe('A [café] in [Peñaloza], [cafe].');
  });

  it('joins neighbouring CJK characters into one mark', () => {
    expect(show(highlight('我们研究扩散模型。', new Set(['扩', '散'])))).toBe('我们研究[扩散]模型。');
  });

  it('leaves text without a match as it is', () => {
    expect(highlight('Nothing here.', new Set(['zebra']))).toEqual([{ text: 'Nothing here.', mark: false }]);
  });
});

describe('excerpt', () => {
  const long = `${'Lead words come first. '.repeat(20)}Here the zebra appears, deep in the text. ${'Trailing words follow. '.repeat(20)}`;

  it('shows the text around a match deep in the body, cut at words', () => {
    const text = show(excerpt(long, new Set(['zebra']), 120));
    expect(text).toMatch(/^… .*Here the \[zebra\] appears, deep in the text\..* …$/);
    expect(text.length).toBeLessThan(140);
    expect(text).not.toMatch(/ \S{1,3}…$/);
  });

  it('starts at the beginning when the match is near it, or when nothing matched', () => {
    expect(show(excerpt('The zebra is here. And more text follows.', new Set(['zebra'])))).toBe('The [zebra] is here. And more text follows.');
    expect(show(excerpt(long, new Set(['absent']), 60))).toMatch(/^Lead words come first\. .* …$/);
  });
});

describe('query', () => {
  it('groups results by kind, the best result first, and says which words matched', async () => {
    const search = await createSearch({
      docs: [
        { kind: 'page', url: '/research/', title: 'Research', text: 'I blend diffusion models.' },
        { kind: 'publication', url: '/research/#a', title: 'Diffusion blending', text: 'An abstract.', authors: ['Ada Lovelace'] },
        { kind: 'post', url: '/blog/2024/a/', title: 'A post', text: 'A longer text that mentions diffusion once, among many other words.' },
        { kind: 'post', url: '/blog/2024/b/', title: 'Unrelated', text: 'Nothing here.' },
      ],
    });
    const groups = search.query('diffusion');
    expect(groups.map((g) => [g.label, g.hits.map((h) => h.doc.url)])).toEqual([
      ['Publications', ['/research/#a']],
      ['Pages', ['/research/']],
      ['Posts', ['/blog/2024/a/']],
    ]);
    expect([...groups[0]!.hits[0]!.matched]).toEqual(['diffusion']);
    expect(search.query('diffus').flatMap((g) => [...g.hits[0]!.matched])).toEqual(['diffusion', 'diffusion', 'diffusion']);
    expect(search.query('  ,; ')).toEqual([]);
  });
});
