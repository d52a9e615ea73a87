import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues';
import { readContent } from '../content/load';
import { makeProject, MINIMAL_SITE, TINY_PNG } from '../content/testing';
import { DEFAULT_BUTTONS, entryButtons, entryPlace } from './display';
import type { Publication } from './types';

const EVERY_FIELD = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/every-field.bib'), 'utf8');
const PUBLIC_FILES = {
  'public/assets/pdf/everything.pdf': '%PDF-1.4',
  'public/assets/pdf/everything-slides.pdf': '%PDF-1.4',
  'public/assets/img/publication_preview/everything.png': TINY_PNG,
};

function load(bib: string, files: Record<string, string | Buffer> = PUBLIC_FILES) {
  return readContent(makeProject({ 'content/publications.bib': bib, ...files }));
}

function errorsOf(bib: string, files?: Record<string, string | Buffer>) {
  return load(bib, files).log.issues.filter((i) => i.severity === 'error');
}

const byKey = (publications: Publication[], key: string) => publications.find((p) => p.key === key)!;

describe('content/publications.bib in al-folio conventions', () => {
  const { content, log } = load(EVERY_FIELD);
  const pubs = content!.publications;
  const p = byKey(pubs, 'everything24');

  it('reads the file, front-matter block and @string macros included, without an issue', () => {
    expect(log.issues).toEqual([]);
    expect(pubs.map((x) => x.key)).toEqual(['everything24', 'eprint23', 'hidden22', 'accents21']);
    expect(p.booktitle).toBe('Proceedings of the 41st International Conference on Machine Learning');
    expect(byKey(pubs, 'eprint23').journal).toBe('Machine Learning');
  });

  it('knows where each entry is', () => {
    expect(p).toMatchObject({ type: 'inproceedings', line: 9, year: 2024, month: 7 });
    expect(byKey(pubs, 'eprint23').line).toBe(42);
  });

  it('decodes LaTeX: accents, \\&, --, braces, and renders math with KaTeX', () => {
    expect(p.title.text).toBe('Gröbner Bases for DNA in $\\mathcal{O}(n^2)$: Peña & Café');
    expect(p.title.html).toContain('Gröbner Bases for DNA in <span class="katex">');
    expect(p.title.html).toContain('Peña &amp; Café');
    expect(p.math).toBe(true);
    expect(p.venue!.text).toBe('In Proceedings of the 41st International Conference on Machine Learning, PMLR, vol. 235, pp. 100–110');
    expect(p.abstract!.html).toContain('<i>everything</i>');
    expect(p.abstract!.html).toContain('class="katex"');
    expect(p.abstract!.text).toBe('We show that $x^2 \\geq 0$ and that everything works.');
  });

  it('decodes {\\~n} and a literal ñ alike', () => {
    expect(p.authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Rafael Peñaloza', 'Rafael Peñaloza', 'Jan van der Berg', 'The Folio Collaboration']);
    expect(byKey(pubs, 'hidden22')).toMatchObject({ etAl: true, authors: [{ name: 'Charles Babbage' }] });
  });

  it("composes accents on a dotless i, so García is one word a visitor can find", () => {
    const p = byKey(pubs, 'accents21');
    expect(p.authors.map((a) => a.name)).toEqual(['María García', 'José Ibáñez']);
    // One code point for the accented i (U+00ED), as typed on a keyboard.
    expect(p.authors[0]!.last).toBe('Garc\u00eda');
    expect(p.title.text).toBe('Señales y índices');
    expect(p.title.html).toContain('Señales y índices');
    expect(p.title.text.normalize('NFC')).toBe(p.title.text);
  });

  it('reads al-folio’s own fields', () => {
    expect(p).toMatchObject({
      abbr: 'ICML',
      selected: true,
      bibtexShow: true,
      doi: '10.5555/everything.2024',
      award: { name: 'Best Paper', html: '<p>Best paper at <strong>ICML 2024</strong></p>' },
      additionalInfo: '. <em>Oral</em> presentation',
      preview: { src: '/assets/img/publication_preview/everything.png', width: 1, height: 1 },
    });
    expect(byKey(pubs, 'eprint23')).toMatchObject({ selected: false, bibtexShow: false, abbr: undefined });
    expect(byKey(pubs, 'hidden22').selected).toBe(false);
  });

  it('makes a link for each link field, in al-folio’s order', () => {
    expect(p.links.map((l) => [l.label, l.href])).toEqual([
      ['PDF', '/assets/pdf/everything.pdf'],
      ['HTML', 'https://example.org/everything.html'],
      ['DOI', 'https://doi.org/10.5555/everything.2024'],
      ['arXiv', 'https://arxiv.org/abs/2401.00001'],
      ['Code', 'https://github.com/ada/everything'],
      ['Slides', '/assets/pdf/everything-slides.pdf'],
      ['Poster', 'https://example.org/poster.pdf'],
      ['Supplement', 'https://example.org/supp.zip'],
      ['Website', 'https://example.org/'],
      ['Video', 'https://www.youtube-nocookie.com/embed/xyz'],
      ['Blog', 'https://example.org/blog/'],
    ]);
    // `eprint` with archivePrefix arXiv is an arXiv link too.
    expect(byKey(pubs, 'eprint23').links).toEqual([{ kind: 'arxiv', label: 'arXiv', href: 'https://arxiv.org/abs/2301.00002' }]);
    expect(byKey(pubs, 'eprint23').venue!.text).toBe('Machine Learning, 12(3)');
  });

  it('shows clean BibTeX: standard fields only, LaTeX and macros as written, expanded', () => {
    expect(p.bibtex).toBe(
      [
        '@inproceedings{everything24,',
        '  title     = {{G}r{\\"o}bner Bases for {DNA} in $\\mathcal{O}(n^2)$: Pe{\\~n}a \\& Caf\\\'e},',
        '  author    = {Lovelace, Ada and Pe{\\~n}aloza, Rafael and Peñaloza, Rafael and van der Berg, Jan and {The Folio Collaboration}},',
        '  booktitle = {Proceedings of the 41st International Conference on Machine Learning},',
        '  series    = {PMLR},',
        '  volume    = {235},',
        '  pages     = {100--110},',
        '  year      = {2024},',
        '  month     = jul,',
        '  publisher = {PMLR},',
        '  doi       = {10.5555/everything.2024},',
        '  url       = {https://example.org/everything}',
        '}',
      ].join('\n'),
    );
    for (const field of ['abbr', 'selected', 'bibtex_show', 'abstract', 'pdf', 'html', 'arxiv', 'code', 'slides', 'poster', 'supp', 'website', 'video', 'blog', 'award', 'preview', 'additional_info', 'annotation']) {
      expect(p.bibtex).not.toMatch(new RegExp(`^\\s*${field}\\s*=`, 'm'));
    }
    expect(byKey(pubs, 'eprint23').bibtex).toContain('archiveprefix = {arXiv}');
  });

  it('lists newest first', () => {
    expect(pubs.map((x) => x.year)).toEqual([2024, 2023, 2022, 2021]);
  });
});

describe('buttons and venue text', () => {
  const misc = `@misc{pre25,
  title = {A preprint},
  year = {2025},
  eprint = {2506.23630},
  archivePrefix = {arXiv},
  pdf = {https://arxiv.org/pdf/2506.23630},
  html = {https://arxiv.org/abs/2506.23630},
  website = {http://www.arxiv.org/abs/2506.23630/},
  code = {https://github.com/ada/pre},
}
`;
  const pre = load(misc).content!.publications[0]!;

  it('makes one button per address, with the more specific name, where the first one was', () => {
    const links = entryButtons(pre, DEFAULT_BUTTONS).flatMap((b) => (b.type === 'link' ? [b.link] : []));
    expect(links.map((l) => [l.label, l.href])).toEqual([
      ['PDF', 'https://arxiv.org/pdf/2506.23630'],
      ['arXiv', 'https://arxiv.org/abs/2506.23630'],
      ['Code', 'https://github.com/ada/pre'],
    ]);
  });

  it('names an arXiv preprint by its identifier, once', () => {
    expect(pre.venue!.text).toBe('arXiv:2506.23630');
  });
});

describe('where an entry appeared: what it has, never a bare year (issue 22)', () => {
  const place = (type: string, body: string) => {
    const p = load(`@${type}{x,\n  title = {T},\n  year = {2020},\n${body}\n}\n`).content!.publications[0]!;
    return entryPlace(p);
  };
  const text = (type: string, body = '') => {
    const { place: where, note } = place(type, body);
    return [where.text, note?.text];
  };

  it('a thesis: its kind and its school; a report: its number and institution', () => {
    expect(text('phdthesis', '  school = {Universit{\\`a} di Milano-Bicocca},')).toEqual(['PhD thesis, Università di Milano-Bicocca', undefined]);
    expect(place('phdthesis', '  school = {Bicocca},').place.html).toBe('PhD thesis, <em>Bicocca</em>');
    expect(text('mastersthesis', '  school = {Bicocca},\n  type = {MSc thesis},')).toEqual(['MSc thesis, Bicocca', undefined]);
    expect(text('techreport', '  institution = {CERN},\n  number = {TR-7},')).toEqual(['Technical report TR-7, CERN', undefined]);
  });

  it('howpublished, the arXiv id of any entry without a venue, the publisher, al-folio’s location', () => {
    expect(text('misc', '  howpublished = {Talk at the \\emph{Folio} meetup},')).toEqual(['Talk at the Folio meetup', undefined]);
    expect(text('article', '  eprint = {2506.23630},\n  archivePrefix = {arXiv},')).toEqual(['arXiv:2506.23630', undefined]);
    expect(text('book', '  publisher = {MIT Press},')).toEqual(['MIT Press', undefined]);
    expect(text('inproceedings', '  booktitle = {CVPR},\n  location = {Seattle, USA},')).toEqual(['In CVPR, Seattle, USA', undefined]);
  });

  it('the note: a line of its own under the venue, or in its place', () => {
    expect(text('inproceedings', '  booktitle = {CVPR},\n  note = {Oral presentation},')).toEqual(['In CVPR', 'Oral presentation']);
    expect(text('misc', '  note = {Under review},')).toEqual(['Under review', undefined]);
  });

  it('nothing at all: the kind, as the filter and a kind badge name it', () => {
    expect(text('misc')).toEqual(['Preprint', undefined]);
    expect(text('article')).toEqual(['Journal article', undefined]);
    expect(text('misc', '  abbr = {Workshop},')).toEqual(['Workshop paper', undefined]);
    expect(text('standard')).toEqual(['Publication', undefined]);
  });
});

describe('author marks (al-folio’s coauthor annotation)', () => {
  const authors = (author: string) => load(`@misc{x,\n  title = {T},\n  year = {2020},\n  author = {${author}},\n}\n`).content!.publications[0]!.authors.map((a) => [a.name, a.marks]);

  it('come off the name, however the BibTeX writes them', () => {
    expect(authors('Olearo*, Lorenzo and Giorgio Longari* and Melzi$^\\dagger$, Simone and Raganato\\textsuperscript{*\\dag}, A. and Lorenzo* Rossi and {Folio Lab}\\textsuperscript{\\ddag}')).toEqual([
      ['Lorenzo Olearo', '*'],
      ['Giorgio Longari', '*'],
      ['Simone Melzi', '†'],
      ['A. Raganato', '*†'],
      ['Lorenzo Rossi', '*'],
      ['Folio Lab', '‡'],
    ]);
  });

  it('leave a name without marks as it is', () => {
    expect(authors('Pe{\\~n}aloza, Rafael and Jean-Luc Picard')).toEqual([
      ['Rafael Peñaloza', undefined],
      ['Jean-Luc Picard', undefined],
    ]);
  });
});

describe('links in BibTeX fields pass one gate', () => {
  const entry = (body: string, files: Record<string, string> = {}) => load(`@misc{x,\n  title = {T},\n  year = {2020},\n${body}\n}\n`, files);

  it('an address elsewhere (https, http, mailto), or a path of the site; a bare name is in al-folio’s folder', () => {
    const { content, log } = entry('  code = {https://github.com/ada/x},\n  blog = {/blog/2024/x/},\n  website = {mailto:ada@example.org},\n  html = {paper.html},', { 'public/assets/html/paper.html': '<p>x</p>' });
    expect(log.issues).toEqual([]);
    expect(content!.publications[0]!.links.map((l) => [l.kind, l.href])).toEqual([
      ['html', '/assets/html/paper.html'],
      ['code', 'https://github.com/ada/x'],
      ['website', 'mailto:ada@example.org'],
      ['blog', '/blog/2024/x/'],
    ]);
  });

  it('refuses a script, another scheme, a protocol-relative //host and a file that is not there, each with its field', () => {
    const errors = entry('  code = {javascript:alert(1)},\n  website = {//evil.example/x},\n  blog = {ftp://example.org/x},\n  html = {missing.html},\n  video = {https://exa mple.org/v},').log.issues.map((i) => i.message);
    expect(errors).toEqual([
      'entry `x`: the html file `/assets/html/missing.html` does not exist',
      'entry `x`: `code`: `javascript:alert(1)` is a `javascript:` address, which would run a script',
      'entry `x`: `website`: `//evil.example/x` starts with `//`, which a browser reads as the address of another site',
      'entry `x`: `video`: `https://exa mple.org/v` holds a space',
      'entry `x`: `blog`: `ftp://example.org/x` is a `ftp:` address, which Folio does not link to',
    ]);
  });

  it('an id never leaves its place in a citation link', () => {
    const p = entry('  inspirehep_id = {12/../../x?y},\n  dimensions = {pub 1},').content!.publications[0]!;
    expect(p.citations.map((c) => c.href)).toEqual(['https://badge.dimensions.ai/details/id/pub%201', 'https://inspirehep.net/literature/12%2F..%2F..%2Fx%3Fy']);
  });

  it('a service site.yml’s enable_publication_badges turns off is neither linked nor warned about', () => {
    const { content, log } = entry('  google_scholar_id = {abc},\n  altmetric = {true},\n  inspirehep_id = {7},', { 'content/site.yml': `${MINIMAL_SITE}enable_publication_badges:\n  inspirehep: true\n` });
    expect(log.issues).toEqual([]);
    expect(content!.publications[0]!.citations.map((c) => c.service)).toEqual(['inspirehep']);
  });

  it('a citation link that cannot be made is left out, with a warning on the entry’s line', () => {
    const { content, log } = entry('  google_scholar_id = {abc},\n  altmetric = {true},\n  dimensions = {false},');
    expect(content!.publications[0]!.citations).toEqual([]);
    expect(log.issues.map((i) => [i.severity, i.line, i.message])).toEqual([
      ['warning', 1, 'entry `x`: `altmetric = {true}` finds the entry by its `doi`, `arxiv` or `pmid`, and it has none'],
      ['warning', 1, 'entry `x`: `google_scholar_id` needs your Google Scholar profile to link to'],
    ]);
  });
});

describe('the shipped bibliography', () => {
  it('has the author’s five publications, with Peñaloza decoded in both spellings', () => {
    const root = path.join(import.meta.dirname, '../..');
    const { content, log } = readContent({ root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), includeDrafts: true });
    expect(log.issues.filter((i) => i.file === 'content/publications.bib')).toEqual([]);
    const pubs = content!.publications;
    expect(pubs.map((p) => [p.key, p.year])).toEqual([
      ['blend25', 2025],
      ['blend24', 2024],
      ['olearoIA24', 2024],
      ['olearoAS23', 2023],
      ['piccoli2022comparison', 2022],
    ]);
    expect(pubs.filter((p) => p.selected).map((p) => p.key)).toEqual(['blend25', 'piccoli2022comparison']);
    for (const key of ['blend25', 'blend24']) expect(byKey(pubs, key).authors.map((a) => a.name)).toContain('Rafael Peñaloza');
  });
});

describe('bad input fails the check with file, line and key', () => {
  const entry = (key: string, body: string) => `@article{${key},\n${body}\n}\n`;

  it('a BibTeX syntax error', () => {
    const bib = '---\n---\n' + entry('good', '  title = {Good},\n  year = {2020},') + entry('broken', '  title = {Broken\n  year = {2021},') + entry('after', '  title = {After},\n  year = {2022},');
    const [issue, ...rest] = errorsOf(bib);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/publications.bib', line: 7, message: expect.stringMatching(/^BibTeX syntax error in entry `broken`: /) });
  });

  it('a missing comma between fields', () => {
    const [issue] = errorsOf(entry('a', '  title = {A}\n  year = {2020}'));
    expect(issue).toMatchObject({ line: 1, message: expect.stringContaining('entry `a`') });
    expect(issue!.message).toContain('(line 3, column 3)');
  });

  it('an undefined @string macro', () => {
    const [issue] = errorsOf(entry('a', '  title = {A},\n  journal = nosuch,\n  year = {2020},'));
    expect(issue).toMatchObject({ line: 3, message: 'entry `a`: the @string macro `nosuch` is not defined' });
  });

  it('a key used again: the first entry is listed, the second left out with a warning on its line (jekyll-scholar builds with one of them)', () => {
    const { content, log } = load(entry('same', '  title = {One},\n  year = {2020},') + '\n' + entry('same', '  title = {Two},\n  year = {2021},'));
    expect(log.issues.map(formatIssue)).toEqual([
      'content/publications.bib:6:1  warning: the key `same` is used again (first at line 1): this entry is left out, the first is listed  (give this entry a key of its own, or delete the one you do not want)',
    ]);
    expect(content!.publications.map((p) => p.title.text)).toEqual(['One']);
  });

  it('an entry without a title is an error; one without a year is listed last, under its year text, its note or "Undated"', () => {
    const bib =
      entry('noyear', '  title = {T},') +
      entry('notitle', '  year = {2020},') +
      entry('inpress', '  title = {T},\n  year = {in press},') +
      entry('noted', '  title = {T},\n  note = {in preparation},') +
      entry('dated', '  title = {T},\n  year = {2019},');
    const { content, log } = load(bib);
    expect(log.issues.map(formatIssue)).toEqual([
      'content/publications.bib:1:1  warning: entry `noyear` has no year: it is listed after the dated entries, under “Undated”  (add `year = {2024},` (four digits) to list it under its year)',
      'content/publications.bib:4:1  error: entry `notitle` has no title  (add `title = {...},` to the entry)',
      'content/publications.bib:7:1  warning: entry `inpress` has the year `in press`, which is not a year: it is listed after the dated entries, under “in press”  (add `year = {2024},` (four digits) to list it under its year)',
      'content/publications.bib:11:1  warning: entry `noted` has no year: it is listed after the dated entries, under “in preparation”  (add `year = {2024},` (four digits) to list it under its year)',
    ]);
    expect(content!.publications.map((p) => `${p.key} ${p.year ?? '-'} ${p.yearLabel}`)).toEqual(['dated 2019 2019', 'noyear - Undated', 'inpress - in press', 'noted - in preparation']);
  });

  it('a pdf that is not in public/', () => {
    const errors = errorsOf('\n' + entry('a', '  title = {A},\n  year = {2020},\n  pdf = {missing.pdf},') + entry('b', '  title = {B},\n  year = {2020},\n  pdf = {/files/b.pdf},'));
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, message: 'entry `a`: the pdf file `/assets/pdf/missing.pdf` does not exist', fix: expect.stringContaining('public/assets/pdf/missing.pdf') }),
      expect.objectContaining({ line: 7, message: 'entry `b`: the pdf file `/files/b.pdf` does not exist' }),
    ]);
  });

  it('a missing preview image, a link that is not a web address, bad LaTeX math', () => {
    const errors = errorsOf(entry('a', '  title = {A $\\frac{1}$},\n  year = {2020},\n  preview = {nope.png},\n  code = {javascript:alert(1)},'));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^entry `a`: LaTeX error in `\$\\frac\{1\}\$`: /),
      'entry `a`: `code`: `javascript:alert(1)` is a `javascript:` address, which would run a script',
      'entry `a`: the preview image `/assets/img/publication_preview/nope.png` does not exist',
    ]);
  });

  it('an unknown LaTeX command is a warning, shown as written', () => {
    const { content, log } = load(entry('a', '  title = {A \\foo B},\n  year = {2020},'));
    expect(log.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 1, message: expect.stringContaining('`\\foo`') })]);
    expect(content!.publications[0]!.title.text).toContain('\\foo');
  });

  it('no bibliography at all is fine', () => {
    const { content, log } = readContent(makeProject({}));
    expect(log.issues).toEqual([]);
    expect(content!.publications).toEqual([]);
  });
});
