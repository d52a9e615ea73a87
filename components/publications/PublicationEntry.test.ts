import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { entrySettings } from '@/lib/bibliography/display';
import { readContent } from '@/lib/content/load';
import { makeProject, MINIMAL_SITE } from '@/lib/content/testing';
import { PublicationEntry } from './PublicationEntry';

/**
 * Each of site.yml's settings for publication entries, seen in the entry a
 * visitor gets: the HTML PublicationEntry renders for a .bib entry under
 * those settings. (The preview comes from the repository's public/, where
 * the image pipeline finds it.)
 */
const PREVIEW = '/assets/img/blog/blending-grid.png';

const ENTRY = `@inproceedings{blend24,
  abbr      = {KGM},
  title     = {How to Blend Concepts},
  author    = {Olearo*, Lorenzo and Longari*, Giorgio and Melzi$^\\dagger$, Simone},
  booktitle = {Knowledge in Generative Models workshop at ECCV 2024},
  year      = {2024},
  doi       = {10.1000/blend.24},
  pdf       = {https://ceur-ws.org/Vol-3888/Paper_4.pdf},
  html      = {https://arxiv.org/abs/2407.14280},
  arxiv     = {2407.14280},
  code      = {https://github.com/ada/blend},
  abstract  = {Blending two concepts.},
  award     = {Best paper of the **workshop**},
  award_name = {Best Paper},
  preview   = {${PREVIEW}},
  note      = {Oral presentation},
  additional_info = {, *spotlight*},
  google_scholar_id = {u5HHmVD_uO8C},
  altmetric = {true},
  dimensions = {pub.1234},
  inspirehep_id = {2712345},
}
`;

function rendered(siteYml = '', bib = ENTRY, extra: Record<string, string> = {}) {
  const project = makeProject({
    'content/site.yml': `${MINIMAL_SITE}socials:\n  scholar_userid: MVkQ_XQAAAAJ\n${siteYml}`,
    'content/publications.bib': bib,
    ...extra,
  });
  fs.mkdirSync(path.join(project.publicDir, path.dirname(PREVIEW)), { recursive: true });
  fs.copyFileSync(path.join('public', PREVIEW), path.join(project.publicDir, PREVIEW));
  const { content, log } = readContent(project);
  expect(log.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const html = content!.publications.map((publication) => renderToStaticMarkup(createElement(PublicationEntry, { publication, settings: entrySettings(content!.site) }))).join('');
  return { html, tree: fromHtml(html, { fragment: true }), warnings: log.issues.filter((i) => i.severity === 'warning') };
}

const classOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
function find(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}
const withClass = (tree: Root | Element, name: string) => find(tree, (node) => classOf(node).includes(name));

/** The row's buttons as a visitor reads them, in order (without the screen readers' ": title"). */
function buttons(tree: Root): string[] {
  const row = withClass(tree, 'pub-actions')[0]!;
  return row.children.filter((c): c is Element => c.type === 'element').map((c) => toText(c.tagName === 'details' ? (c.children[0] as Element) : c).split(':')[0]!.trim());
}

describe('publications.buttons: which buttons, in what order', () => {
  it('by default: every address, one per address, then Abstract, BibTeX and the award', () => {
    // `html` and `arxiv` give one address: one button, named arXiv, where `html` is.
    expect(buttons(rendered().tree)).toEqual(['PDF', 'arXiv', 'DOI', 'Code', 'Abstract', 'BibTeX', 'Best Paper']);
  });

  it('the order site.yml gives, al-folio’s names (abs, bib) too; a button left out does not show', () => {
    const { tree } = rendered('publications:\n  buttons: [award, abs, bib, code, pdf]\n');
    expect(buttons(tree)).toEqual(['Best Paper', 'Abstract', 'BibTeX', 'Code', 'PDF']);
    expect(find(tree, (n) => n.tagName === 'a' && String(n.properties.href).includes('doi.org'))).toEqual([]);
  });

  it('a listed button an entry has nothing for is left out, and an html that is the arXiv page shows under the name listed first', () => {
    expect(buttons(rendered('publications:\n  buttons: [html, slides, bibtex]\n').tree)).toEqual(['HTML', 'BibTeX']);
    expect(buttons(rendered('publications:\n  buttons: [html, arxiv]\n').tree)).toEqual(['arXiv']);
  });
});

describe('enable_publication_thumbnails: the preview', () => {
  it('shown by default, as the build’s responsive image', () => {
    const [img] = find(rendered().tree, (n) => n.tagName === 'img');
    expect(img!.properties.src).toMatch(/^\/img\/blending-grid\.[0-9a-f]+\.\d+\.png$/);
    expect(classOf(img!)).toContain('pub-preview');
  });

  it('false: no preview in any entry', () => {
    expect(find(rendered('enable_publication_thumbnails: false\n').tree, (n) => n.tagName === 'img')).toEqual([]);
  });
});

describe('publications.badge: what the badge shows', () => {
  const badge = (siteYml: string, bib = ENTRY) => {
    const { tree } = rendered(siteYml, bib);
    return find(tree, (n) => classOf(n).includes('rounded') && classOf(n).includes('text-center')).map((n) => toText(n));
  };
  const noAbbr = ENTRY.replace(/ {2}abbr .*\n/, '');

  it('the abbr by default (al-folio), nothing without one', () => {
    expect(badge('')).toEqual(['KGM']);
    expect(badge('', noAbbr)).toEqual([]);
  });

  it('kind: the kind, for every entry; [abbr, kind]: the abbr, else the kind; none: no badge', () => {
    expect(badge('publications:\n  badge: kind\n')).toEqual(['Conference']);
    expect(badge('publications:\n  badge: [abbr, kind]\n')).toEqual(['KGM']);
    expect(badge('publications:\n  badge: [abbr, kind]\n', noAbbr)).toEqual(['Conference']);
    expect(badge('publications:\n  badge: none\n')).toEqual([]);
  });

  it('a kind badge takes the colour content/venues.yml gives that word', () => {
    const { html } = rendered('publications:\n  badge: kind\n', ENTRY, { 'content/venues.yml': '"Conference":\n  color: "#0b5cad"\n' });
    expect(html).toContain('style="background-color:#0b5cad;color:#ffffff"');
  });
});

describe('award, note, additional_info', () => {
  const { tree, html } = rendered();

  it('the award: an accent button named by award_name that opens its text', () => {
    const award = find(tree, (n) => n.tagName === 'details' && toText(n).startsWith('Best Paper'))[0]!;
    expect(toText(award)).toContain('Best paper of the workshop');
    expect(html).toContain('<strong>workshop</strong>');
  });

  it('the note on a line of its own under the venue; additional_info after the year', () => {
    expect(toText(tree)).toContain('In Knowledge in Generative Models workshop at ECCV 2024, 2024, spotlight');
    expect(html).toContain('<em>spotlight</em>');
    const lines = find(tree, (n) => n.tagName === 'div' && toText(n) === 'Oral presentation');
    expect(lines).toHaveLength(1);
  });
});

describe('annotation: the marks on authors and what they mean', () => {
  it('marks are raised after the name; the entry’s annotation explains them', () => {
    const bib = ENTRY.replace('  note ', '  annotation = {* Equal contribution, $\\dagger$ corresponding author<br>\\emph{Work done at Folio}},\n  note ');
    const { html, tree } = rendered('', bib);
    expect(html).toContain('Lorenzo Olearo<sup class="pub-mark">*</sup>');
    expect(html).toContain('Simone Melzi<sup class="pub-mark">†</sup>');
    expect(toText(withClass(tree, 'pub-annotation')[0]!)).toBe('* Equal contribution, † corresponding author\nWork done at Folio');
    expect(html).toContain('<br><i>Work done at Folio</i>');
  });

  it('without one, site.yml’s publications.annotations explain the marks the entry uses', () => {
    const { tree, warnings } = rendered('publications:\n  annotations:\n    "*": Equal contribution\n    "†": Corresponding author\n    "‡": Unused\n');
    const legend = withClass(tree, 'pub-annotation')[0]!;
    expect(toText(legend)).toBe('* Equal contribution; † Corresponding author');
    expect(warnings).toEqual([]);
  });

  it('a mark nothing explains is a warning on the entry’s line, and shows no legend', () => {
    const { tree, warnings } = rendered();
    expect(withClass(tree, 'pub-annotation')).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'content/publications.bib', line: 1, message: 'entry `blend24`: the author marks `*`, `†` are not explained', fix: expect.stringContaining('publications.annotations') }),
    ]);
  });
});

describe('the site’s author, and the authors past max_author_limit', () => {
  it('scholar.last_name and first_name mark the author, as al-folio’s bib.liquid does', () => {
    const strong = (siteYml: string) => find(rendered(siteYml).tree, (n) => n.tagName === 'strong' && classOf(n).includes('font-semibold')).map((n) => toText(n));
    // MINIMAL_SITE's name is Ada Lovelace: nobody here.
    expect(strong('')).toEqual([]);
    expect(strong('scholar:\n  last_name: [Melzi]\n  first_name: [Simone, S.]\n')).toEqual(['Simone Melzi']);
    expect(strong('scholar:\n  last_name: Longari\n')).toEqual(['Giorgio Longari']);
  });

  it('past the limit, "and N more authors" reveals the names at the speed of more_authors_animation_delay', () => {
    const folded = (siteYml: string) => find(rendered(siteYml).tree, (n) => n.tagName === 'details' && classOf(n).includes('pub-more'))[0];
    expect(folded('')).toBeUndefined();
    const more = folded('max_author_limit: 1\n')!;
    expect(toText(more.children[0] as Element)).toBe('and 2 more authors');
    expect(more.properties.style).toBeUndefined();
    // "Giorgio Longari, " and "Simone Melzi, ": 31 characters at 10 ms.
    expect(folded('max_author_limit: 1\nmore_authors_animation_delay: 10\n')!.properties.style).toBe('--pub-reveal:310ms');
  });
});

describe('enable_publication_badges: citation links, never a third party’s script or image', () => {
  const links = (siteYml: string) =>
    find(withClass(rendered(siteYml).tree, 'pub-citations')[0] ?? { type: 'root', children: [] }, (n) => n.tagName === 'a').map((n) => [toText(n).split(':')[0], n.properties.href]);

  it('each service the entry names, linked to its page for the entry', () => {
    expect(links('')).toEqual([
      ['Altmetric', 'https://www.altmetric.com/details/doi/10.1000/blend.24'],
      ['Dimensions', 'https://badge.dimensions.ai/details/id/pub.1234'],
      ['Google Scholar', 'https://scholar.google.com/citations?view_op=view_citation&hl=en&user=MVkQ_XQAAAAJ&citation_for_view=MVkQ_XQAAAAJ:u5HHmVD_uO8C'],
      ['INSPIRE', 'https://inspirehep.net/literature/2712345'],
    ]);
    const { html } = rendered();
    expect(html).not.toMatch(/<(img|script|iframe)[^>]+(altmetric|dimensions|scholar|inspire|shields)/i);
  });

  it('as al-folio: a service set false (or left out of the list) shows no link; false shows none', () => {
    expect(links('enable_publication_badges:\n  altmetric: false\n  dimensions: true\n  google_scholar: true\n').map(([name]) => name)).toEqual(['Dimensions', 'Google Scholar']);
    expect(links('enable_publication_badges: false\n')).toEqual([]);
  });
});
