import { trustedHtml } from '../sanitize/sanitize';
import { describe, expect, it } from 'vitest';
import { isSiteAuthor } from './authors';
import { jsonLdText } from '../seo/jsonld';
import { scholarlyArticles } from './jsonld';
import { kindOf, kindOfAbbr } from './kinds';
import { filterOptions, filterPublications, groupByYear } from './select';
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
    yearLabel: '2024',
    kind: 'journal',
    selected: false,
    bibtexShow: true,
    links: [],
    citations: [],
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
  const named = (name: string) => ({ name });
  it('matches the name in site.yml, an initial, or accents written otherwise', () => {
    expect(isSiteAuthor(person('Lorenzo Olearo'), named('Lorenzo Olearo'))).toBe(true);
    expect(isSiteAuthor({ name: 'L. Olearo', first: 'L.', last: 'Olearo' }, named('Lorenzo Olearo'))).toBe(true);
    expect(isSiteAuthor({ name: 'Rafael Penaloza', first: 'Rafael', last: 'Penaloza' }, named('Rafael Peñaloza'))).toBe(true);
    expect(isSiteAuthor({ name: 'Jan van der Berg', first: 'Jan', last: 'van der Berg' }, named('Jan van der Berg'))).toBe(true);
    expect(isSiteAuthor(person('Luca Olearo'), named('Lorenzo Olearo'))).toBe(false);
    expect(isSiteAuthor(person('Lorenzo Rossi'), named('Lorenzo Olearo'))).toBe(false);
  });

  it('with al-folio’s scholar names: a last name of the list and a first name of the list, case, accents and dots aside', () => {
    const scholar = { name: 'Marie Curie', lastNames: ['Curie', 'Skłodowska-Curie'], firstNames: ['Marie', 'M.', 'Maria'] };
    expect(isSiteAuthor(person('Marie Curie'), scholar)).toBe(true);
    expect(isSiteAuthor({ name: 'M Curie', first: 'M', last: 'Curie' }, scholar)).toBe(true);
    expect(isSiteAuthor({ name: 'Maria Skłodowska-Curie', first: 'Maria', last: 'Skłodowska-Curie' }, scholar)).toBe(true);
    // Another Curie: the first names decide, as in al-folio.
    expect(isSiteAuthor(person('Pierre Curie'), scholar)).toBe(false);
    // No first names listed: every author of that last name.
    expect(isSiteAuthor(person('Pierre Curie'), { name: 'Marie Curie', lastNames: ['curie'] })).toBe(true);
    // The lists win over `name`.
    expect(isSiteAuthor(person('Marie Curie'), { name: 'Marie Curie', lastNames: ['Sklodowska'], firstNames: ['Maria'] })).toBe(false);
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

describe('a publication’s kind: one source for the badge and the filter', () => {
  it('an abbr that names a kind decides, whatever the entry type', () => {
    // Issue 22: an @article badged Workshop, an @misc badged Conference.
    expect(kindOf({ type: 'article', abbr: 'Workshop' })).toBe('workshop');
    expect(kindOf({ type: 'misc', abbr: 'Conference' })).toBe('conference');
    expect(kindOf({ type: 'article', abbr: 'arXiv' })).toBe('preprint');
    for (const [abbr, kind] of [
      ['Preprints', 'preprint'],
      ['PhD Thesis', 'thesis'],
      ['Ph.D. thesis', 'thesis'],
      ["Master's Thesis", 'thesis'],
      ['JOURNAL', 'journal'],
      ['Tech. Rep.', 'report'],
      ['Book Chapter', 'book'],
      ['Under Review', 'preprint'],
      ['Invited Talk', 'talk'],
    ] as const) {
      expect(kindOfAbbr(abbr), abbr).toBe(kind);
    }
  });

  it('an abbr that names a venue says nothing: the entry type decides, or the kind venues.yml gives the venue', () => {
    expect(kindOfAbbr('NeurIPS')).toBeUndefined();
    expect(kindOfAbbr('Thesis Conference')).toBeUndefined();
    expect(kindOf({ type: 'inproceedings', abbr: 'NeurIPS' })).toBe('conference');
    expect(kindOf({ type: 'article', abbr: 'TPAMI' })).toBe('journal');
    expect(kindOf({ type: 'misc', abbr: 'ICLR' }, 'conference')).toBe('conference');
    expect(kindOf({ type: 'inproceedings', abbr: 'Workshop' }, 'journal')).toBe('journal');
  });

  it('without an abbr, the BibTeX type', () => {
    const types = ['misc', 'inproceedings', 'article', 'phdthesis', 'mastersthesis', 'techreport', 'incollection', 'patent', 'software', 'unpublished', 'standard'];
    expect(types.map((type) => kindOf({ type }))).toEqual(['preprint', 'conference', 'journal', 'thesis', 'thesis', 'report', 'book', 'patent', 'software', 'preprint', 'other']);
  });
});

describe('the publications page’s filter', () => {
  const pub = (key: string, year: number, kind: Publication['kind']) => ({ key, year, yearLabel: String(year), kind }) as Publication;
  const list = [pub('a', 2025, 'preprint'), pub('b', 2024, 'conference'), pub('c', 2024, 'journal'), pub('d', 2022, 'workshop'), pub('e', 2020, 'thesis'), pub('f', 2020, 'other')];

  it('offers the years and kinds the list has, in the kinds’ order, with their counts, and knows the empty pairs', () => {
    const { years, kinds, isEmpty } = filterOptions(list);
    expect(years.map((y) => [y.label, y.count])).toEqual([['2025', 1], ['2024', 2], ['2022', 1], ['2020', 2]]);
    expect(kinds.map((k) => [k.label, k.count])).toEqual([['Journal articles', 1], ['Conference papers', 1], ['Workshop papers', 1], ['Theses', 1], ['Preprints', 1], ['Other', 1]]);
    expect(isEmpty('2024', 'journal')).toBe(false);
    expect(isEmpty('2025', 'journal')).toBe(true);
  });

  it('lists entries without a year last, each label a group of its own, in the order they come', () => {
    const undated = (key: string, yearLabel: string) => ({ key, yearLabel, kind: 'preprint' }) as Publication;
    const groups = groupByYear([pub('a', 2021, 'journal'), undated('b', 'in press'), pub('c', 2024, 'journal'), undated('d', 'Undated'), undated('e', 'in press')]);
    expect(groups.map((g) => [g.key, g.label, g.publications.map((p) => p.key).join('')])).toEqual([
      ['2024', '2024', 'c'],
      ['2021', '2021', 'a'],
      ['in-press', 'in press', 'be'],
      ['undated', 'Undated', 'd'],
    ]);
    expect(filterPublications([undated('b', 'in press'), pub('c', 2024, 'journal')], { year: 'in-press' }).map((p) => p.key)).toEqual(['b']);
  });
});
