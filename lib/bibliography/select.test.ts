import { trustedHtml } from '../sanitize/sanitize';
import { describe, expect, it } from 'vitest';
import { isSiteAuthor } from './authors';
import { jsonLdText } from '../seo/jsonld';
import { scholarlyArticles } from './jsonld';
import { filterPublications, groupByYear } from './select';
import type { Person, Publication } from './types';

const person = (name: string): Person => {
  const parts = name.split(' ');
  return { name, first: parts.slice(0, -1).join(' ') || undefined, last: parts.at(-1)! };
};

function publication(key: string, extra: Partial<Publication> = {}): Publication {
  return {
    key,
    type: 'article',
    line: 1,
    title: { html: trustedHtml(key), text: key },
    authors: [person('Ada Lovelace')],
    etAl: false,
    year: 2024,
    selected: false,
    bibtexShow: true,
    links: [],
    bibtex: `@article{${key},\n}`,
    math: false,
    ...extra,
  };
}

const PUBS = [
  publication('a', { year: 2025, selected: true, type: 'misc', authors: [person('Simone Melzi'), person('Rafael Peñaloza')] }),
  publication('b', { year: 2024, type: 'inproceedings' }),
  publication('c', { year: 2024, selected: true }),
  publication('d', { year: 2022, type: 'inproceedings', authors: [person('Simone Bianco')] }),
];
const keys = (pubs: Publication[]) => pubs.map((p) => p.key);

describe('<Publications> filters (string attributes)', () => {
  it('selected, year, type, author, and lists of them', () => {
    expect(keys(filterPublications(PUBS, {}))).toEqual(['a', 'b', 'c', 'd']);
    expect(keys(filterPublications(PUBS, { selected: 'true' }))).toEqual(['a', 'c']);
    expect(keys(filterPublications(PUBS, { selected: 'false' }))).toEqual(['b', 'd']);
    expect(keys(filterPublications(PUBS, { year: '2024' }))).toEqual(['b', 'c']);
    expect(keys(filterPublications(PUBS, { year: '2025, 2022' }))).toEqual(['a', 'd']);
    expect(keys(filterPublications(PUBS, { type: 'inproceedings' }))).toEqual(['b', 'd']);
    expect(keys(filterPublications(PUBS, { author: 'Melzi' }))).toEqual(['a']);
    expect(keys(filterPublications(PUBS, { author: 'penaloza' }))).toEqual(['a']);
    expect(keys(filterPublications(PUBS, { type: 'inproceedings', year: '2024' }))).toEqual(['b']);
  });

  it('groups by year, newest first', () => {
    expect(groupByYear(PUBS).map((g) => [g.year, keys(g.publications)])).toEqual([
      [2025, ['a']],
      [2024, ['b', 'c']],
      [2022, ['d']],
    ]);
  });
});

describe('the site’s author in author lists', () => {
  it('matches the name in site.yml, an initial, or accents written otherwise', () => {
    expect(isSiteAuthor(person('Lorenzo Olearo'), 'Lorenzo Olearo')).toBe(true);
    expect(isSiteAuthor({ name: 'L. Olearo', first: 'L.', last: 'Olearo' }, 'Lorenzo Olearo')).toBe(true);
    expect(isSiteAuthor({ name: 'Rafael Penaloza', first: 'Rafael', last: 'Penaloza' }, 'Rafael Peñaloza')).toBe(true);
    expect(isSiteAuthor({ name: 'Jan van der Berg', first: 'Jan', last: 'van der Berg' }, 'Jan van der Berg')).toBe(true);
    expect(isSiteAuthor(person('Luca Olearo'), 'Lorenzo Olearo')).toBe(false);
    expect(isSiteAuthor(person('Lorenzo Rossi'), 'Lorenzo Olearo')).toBe(false);
  });
});

describe('schema.org data', () => {
  it('describes each entry as a ScholarlyArticle, with absolute links', () => {
    const p = publication('x', {
      title: { html: trustedHtml('T'), text: 'T' },
      journal: 'J',
      abstract: { html: trustedHtml('A'), text: 'A' },
      doi: '10.1/x',
      month: 3,
      links: [
        { kind: 'pdf', label: 'PDF', href: '/assets/pdf/x.pdf' },
        { kind: 'doi', label: 'DOI', href: 'https://doi.org/10.1/x' },
      ],
    });
    expect(scholarlyArticles([p], 'https://example.org')).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ScholarlyArticle',
          headline: 'T',
          name: 'T',
          author: [{ '@type': 'Person', name: 'Ada Lovelace' }],
          datePublished: '2024-03',
          isPartOf: { '@type': 'Periodical', name: 'J' },
          abstract: 'A',
          identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1/x' },
          url: 'https://doi.org/10.1/x',
          sameAs: ['https://example.org/assets/pdf/x.pdf', 'https://doi.org/10.1/x'],
        },
      ],
    });
  });

  it('cannot close its <script>', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & more' });
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });
});
