import { describe, expect, it } from 'vitest';
import { readContent } from './load';
import { makeProject } from './testing';
import { badgeInk } from './publication-data';

const BIB = `@article{a24,
  abbr = {AJP},
  title = {On things},
  author = {Olearo, Lorenzo and Pe{\\~n}aloza, Rafael and Bach, J. S. and Bach, Anna},
  journal = {J},
  year = {2024},
}
@article{b23,
  abbr = {Workshop},
  title = {Other things},
  author = {Planck, Max},
  journal = {J},
  year = {2023},
}
`;

const VENUES = `"AJP":
  url: https://aapt.scitation.org/journal/ajp
  color: "#00369f"

"Workshop":
  color: "#f5c542"
`;

const COAUTHORS = `"penaloza":
  - firstname: ["Rafael", "R."]
    url: https://example.org/penaloza

"bach":
  - firstname: ["Johann Sebastian", "J. S."]
    url: https://en.wikipedia.org/wiki/Johann_Sebastian_Bach
`;

function load(files: Record<string, string>) {
  return readContent(makeProject({ 'content/site.yml': 'title: T\nname: Lorenzo Olearo\nurl: https://example.org\n', 'content/publications.bib': BIB, ...files }));
}

describe('content/venues.yml and content/coauthors.yml (al-folio’s _data files)', () => {
  it('give a badge its venue’s link and colour, with text that reads on it', () => {
    const { content, log } = load({ 'content/venues.yml': VENUES, 'content/coauthors.yml': COAUTHORS });
    expect(log.issues).toEqual([]);
    const [a, b] = content!.publications;
    expect(a!.badge).toEqual({ label: 'AJP', href: 'https://aapt.scitation.org/journal/ajp', color: '#00369f', ink: '#ffffff' });
    expect(b!.badge).toEqual({ label: 'Workshop', href: undefined, color: '#f5c542', ink: '#1c1d21' });
  });

  it('link an author by last name (accents aside) and a first name the file lists', () => {
    const { content } = load({ 'content/venues.yml': VENUES, 'content/coauthors.yml': COAUTHORS });
    expect(content!.publications[0]!.authors.map((p) => [p.name, p.url])).toEqual([
      ['Lorenzo Olearo', undefined],
      ['Rafael Peñaloza', 'https://example.org/penaloza'],
      ['J. S. Bach', 'https://en.wikipedia.org/wiki/Johann_Sebastian_Bach'],
      // Another Bach: not in the file.
      ['Anna Bach', undefined],
    ]);
  });

  it('without the files, badges keep the site’s colour and names are plain', () => {
    const { content, log } = load({});
    expect(log.issues).toEqual([]);
    expect(content!.publications[0]!.badge).toEqual({ label: 'AJP', href: undefined, color: undefined, ink: undefined });
    expect(content!.publications[0]!.authors.every((p) => p.url === undefined)).toBe(true);
  });

  it('report what is wrong with the file and line', () => {
    const { log } = load({
      'content/venues.yml': `"AJP":\n  url: javascript:alert(1)\n  color: "#00369f"\n"PhysRev":\n  color: blue\n`,
      'content/coauthors.yml': `"bach":\n  - firstname: ["J. S."]\n`,
    });
    expect(log.issues.map((i) => [i.file, i.line, i.severity, i.message])).toEqual([
      ['content/venues.yml', 2, 'error', '`AJP.url`: `javascript:alert(1)` is a `javascript:` address, which would run a script'],
      ['content/coauthors.yml', 2, 'error', '`bach.0.url` is missing'],
    ]);
  });

  it('warn about a colour that is not a hex code, and keep the site’s', () => {
    const { content, log } = load({ 'content/venues.yml': `"AJP":\n  color: blue\n` });
    expect(log.issues).toEqual([expect.objectContaining({ file: 'content/venues.yml', line: 2, severity: 'warning', message: expect.stringContaining('`blue` is not a #rrggbb colour') })]);
    expect(content!.publications[0]!.badge!.color).toBeUndefined();
  });

  it('a file of comments only lists nothing', () => {
    const { log } = load({ 'content/venues.yml': '# Badge colours by abbr\n', 'content/coauthors.yml': '' });
    expect(log.issues).toEqual([]);
  });
});

describe('a publication’s kind (issue 22: one source for the badge and the filter)', () => {
  it('the abbr names it (Workshop on an @article), else the entry type; venues.yml may give a venue its kind', () => {
    expect(load({}).content!.publications.map((p) => [p.key, p.kind])).toEqual([
      ['a24', 'journal'],
      ['b23', 'workshop'],
    ]);
    const { content, log } = load({ 'content/venues.yml': '"AJP":\n  kind: conference\n' });
    expect(log.issues).toEqual([]);
    expect(content!.publications.map((p) => p.kind)).toEqual(['conference', 'workshop']);
  });
});

describe('badgeInk', () => {
  it('picks white on dark colours and ink on light ones', () => {
    expect(badgeInk('#000')).toBe('#ffffff');
    expect(badgeInk('#0b5cad')).toBe('#ffffff');
    expect(badgeInk('#ffffff')).toBe('#1c1d21');
    expect(badgeInk('#f5c542')).toBe('#1c1d21');
  });
});
