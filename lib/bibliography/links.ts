import fs from 'node:fs';
import { displayedSize, UnreadableImage } from '../images/source';
import { judgeAddress } from '../routing/addresses';
import { publicFile } from '../routing/public-file';
import type { CitationLink, CitationService, CitationSwitches, LinkKind, Publication, PublicationLink } from './types';

/**
 * Every address a BibTeX field gives: the buttons (`pdf`, `code`, ...), the
 * preview, the citation links (`altmetric`, `dimensions`,
 * `google_scholar_id`, `inspirehep_id`). All of them pass `address()`, and
 * so the one gate for every address Folio writes (lib/routing/addresses.ts):
 * an http(s) or mailto address, or a path of this site.
 */

/** What a problem with a field is reported as: a message and a fix, on the entry's line. */
export type Say = (message: string, fix: string) => void;

/** The raw fields of one entry, by lowercase name, @string macros expanded. */
export type Fields = ReadonlyMap<string, string>;

/**
 * A field's value as an address a page may link to, or undefined (reported):
 * an `https://` (or `http://`, `mailto:`) address that parses, or a path of
 * the site, `/x/y` as written or a bare `name` in `folder` (al-folio keeps
 * PDFs in `/assets/pdf/`). `//host/x` is refused: it would leave the site
 * while looking like a path.
 */
function address(field: string, value: string, folder: string, say: Say): string | undefined {
  const written = /^[a-z][a-z\d+.-]*:/i.test(value) || /^[/\\]/.test(value) ? value : `${folder}${value}`;
  // The one gate for every address Folio writes (lib/routing/addresses.ts), on the path as written, before encoding.
  const verdict = judgeAddress(written, ['web', 'mailto', 'site']);
  if (!verdict.ok) {
    say(`\`${field}\`: ${verdict.message}`, `${verdict.fix}, or the name of a file in public${folder}`);
    return undefined;
  }
  return verdict.kind === 'site' ? encodeURI(safeDecode(written)) : value;
}

const LINK_LABELS: Record<LinkKind, string> = {
  pdf: 'PDF',
  html: 'HTML',
  doi: 'DOI',
  arxiv: 'arXiv',
  code: 'Code',
  slides: 'Slides',
  poster: 'Poster',
  supp: 'Supplement',
  website: 'Website',
  video: 'Video',
  blog: 'Blog',
};

/** Where al-folio keeps the file a bare name in these fields names; other fields' bare names are paths of the site. */
const FOLDERS: Partial<Record<LinkKind, string>> = {
  pdf: '/assets/pdf/',
  slides: '/assets/pdf/',
  poster: '/assets/pdf/',
  supp: '/assets/pdf/',
  html: '/assets/html/',
};

/** `arxiv = {2407.14280}`, or `eprint` when its archive is arXiv (or not named). */
export function arxivId(fields: Fields): string | undefined {
  const arxiv = fields.get('arxiv')?.trim();
  if (arxiv) return arxiv.replace(/^(https?:\/\/arxiv\.org\/abs\/|arxiv:)/i, '');
  const eprint = fields.get('eprint')?.trim();
  const archive = (fields.get('archiveprefix') ?? fields.get('eprinttype') ?? 'arxiv').trim();
  return eprint && /^arxiv$/i.test(archive) ? eprint.replace(/^arxiv:/i, '') : undefined;
}

export function doiOf(value: string | undefined): string | undefined {
  return value?.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, '') || undefined;
}

/** An identifier put into an address: nothing in it can leave its path segment. */
const segment = (id: string) => encodeURIComponent(id.trim());
/** A DOI keeps its slashes (`10.1000/xyz`), as doi.org writes it. */
const doiPath = (doi: string) => doi.split('/').map(segment).join('/');

/**
 * The entry's buttons that lead somewhere, one per field, in the order of
 * LINK_LABELS; a file in `/assets/pdf/` (or named with its path) must be in
 * public/. Two fields with one address are both kept here: which button
 * shows is for the site's settings to say (`entryButtons`).
 */
export function linksOf(fields: Fields, publicDir: string, say: Say): PublicationLink[] {
  const links: PublicationLink[] = [];
  for (const kind of Object.keys(LINK_LABELS) as LinkKind[]) {
    let href: string | undefined;
    if (kind === 'doi') {
      const doi = doiOf(fields.get('doi'));
      href = doi && `https://doi.org/${doiPath(doi)}`;
    } else if (kind === 'arxiv') {
      const id = arxivId(fields);
      href = id && (/^https?:\/\//.test(id) ? address(kind, id, '', say) : `https://arxiv.org/abs/${doiPath(id)}`);
    } else {
      const value = fields.get(kind)?.trim();
      if (!value) continue;
      href = address(kind, value, FOLDERS[kind] ?? '/', say);
      const folder = FOLDERS[kind];
      // A file the entry names in public/ must be there; a path with its own slash in `html` is a page of the site.
      const isFile = folder && (kind !== 'html' || !value.startsWith('/'));
      if (href?.startsWith('/') && isFile && !publicFile(href, publicDir)) {
        say(`the ${kind} file \`${safeDecode(href)}\` does not exist`, `put the file at public${safeDecode(href).split(/[?#]/)[0]}, or give its full https:// address`);
        continue;
      }
    }
    if (href) links.push({ kind, label: LINK_LABELS[kind], href });
  }
  return links;
}

/** Which name a button keeps when two fields give one address: the more specific (an arXiv `html` is the arXiv page). */
const SPECIFIC: LinkKind[] = ['arxiv', 'doi', 'pdf', 'code', 'slides', 'poster', 'supp', 'video', 'blog', 'website', 'html'];

/** Whether `a` names an address better than `b` does. */
export const moreSpecific = (a: LinkKind, b: LinkKind) => SPECIFIC.indexOf(a) < SPECIFIC.indexOf(b);

/** `http://` or `https://`, `www.` or not, a trailing slash or not: one address. */
export function sameAddress(a: string, b: string): boolean {
  const key = (href: string) => href.replace(/^https?:\/\/(www\.)?/i, '//').replace(/\/+$/, '');
  return key(a) === key(b);
}

/** The preview's path in public/: a bare name is in al-folio's `/assets/img/publication_preview/`. No image from elsewhere: a page loads nothing from another site. */
export function previewPath(value: string, say: Say): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//')) {
    say(`the preview \`${value}\` is not a file of the site`, 'save the image in public/assets/img/publication_preview/ and write its file name');
    return undefined;
  }
  return address('preview', value, '/assets/img/publication_preview/', say);
}

export const CITATION_LABELS: Record<CitationService, string> = {
  altmetric: 'Altmetric',
  dimensions: 'Dimensions',
  google_scholar: 'Google Scholar',
  inspirehep: 'INSPIRE',
};

/** al-folio reads `altmetric = {false}` (and `dimensions`) as no badge, and `{true}` as "find it by the entry's identifiers". */
const switchOf = (value: string | undefined) => {
  const text = value?.trim();
  if (!text || /^false$/i.test(text)) return undefined;
  return /^true$/i.test(text) ? true : text;
};

/**
 * The pages that count an entry's citations and mentions, from al-folio's
 * fields: plain links to the services' own pages, never their scripts or
 * images (a page loads nothing from another site). `google_scholar_id`
 * needs the site's Scholar profile (`socials.scholar_userid`); `true` in
 * `altmetric` or `dimensions` finds the entry by its DOI, arXiv id or PubMed id.
 * Only the services `switches` turns on (site.yml's `enable_publication_badges`);
 * a link that cannot be made is left out with a warning (`warn`).
 */
export function citationLinks(fields: Fields, { scholarUserId, switches }: { scholarUserId?: string; switches: CitationSwitches }, warn: Say): CitationLink[] {
  const links: CitationLink[] = [];
  const add = (service: CitationService, href: string) => links.push({ service, label: CITATION_LABELS[service], href });
  const field = (name: string, service: CitationService) => (switches[service] ? fields.get(name) : undefined);
  const doi = doiOf(fields.get('doi'));
  const arxiv = arxivId(fields);
  const pmid = fields.get('pmid')?.trim();

  const altmetric = switchOf(field('altmetric', 'altmetric'));
  if (altmetric !== undefined) {
    const by = altmetric !== true ? segment(altmetric) : doi ? `doi/${doiPath(doi)}` : arxiv ? `arxiv/${segment(arxiv)}` : pmid ? `pmid/${segment(pmid)}` : undefined;
    if (by) add('altmetric', `https://www.altmetric.com/details/${by}`);
    else warn('`altmetric = {true}` finds the entry by its `doi`, `arxiv` or `pmid`, and it has none', 'add the `doi`, or write the Altmetric id: `altmetric = {12345678}`');
  }

  const dimensions = switchOf(field('dimensions', 'dimensions'));
  if (dimensions !== undefined) {
    const by = dimensions !== true ? `id/${segment(dimensions)}` : doi ? `doi/${doiPath(doi)}` : pmid ? `pmid/${segment(pmid)}` : undefined;
    if (by) add('dimensions', `https://badge.dimensions.ai/details/${by}`);
    else warn('`dimensions = {true}` finds the entry by its `doi` or `pmid`, and it has neither', 'add the `doi`, or write the Dimensions id: `dimensions = {pub.1234567890}`');
  }

  const scholar = field('google_scholar_id', 'google_scholar')?.trim();
  if (scholar && scholarUserId) {
    const user = segment(scholarUserId);
    add('google_scholar', `https://scholar.google.com/citations?view_op=view_citation&hl=en&user=${user}&citation_for_view=${user}:${segment(scholar)}`);
  } else if (scholar) {
    warn('`google_scholar_id` needs your Google Scholar profile to link to', 'set `socials.scholar_userid` in content/site.yml (the `user=` part of your profile\'s address)');
  }

  const inspire = field('inspirehep_id', 'inspirehep')?.trim();
  if (inspire) add('inspirehep', `https://inspirehep.net/literature/${segment(inspire)}`);
  return links;
}

export function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** An entry's `preview` image (al-folio's field): its address in public/ and its size; a missing file is said (`say`), one that holds no image is a warning (`warn`) and the entry goes without it. */
export function previewOf(value: string | undefined, publicDir: string, say: Say, warn: Say): Publication['preview'] {
  if (!value) return undefined;
  const src = previewPath(value, say);
  if (!src) return undefined;
  const file = publicFile(src, publicDir);
  if (!file) {
    say(`the preview image \`${safeDecode(src)}\` does not exist`, `put the image at public${safeDecode(src)}, or remove \`preview\``);
    return undefined;
  }
  try {
    const { width, height } = displayedSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
    return { src, width, height };
  } catch (error) {
    // As a broken preview in al-folio: the entry is shown, without it.
    warn(`the preview \`${safeDecode(src)}\` cannot be shown (${error instanceof UnreadableImage ? error.message : 'its bytes are no PNG, JPEG, WebP, AVIF, GIF or SVG with a size'}): the entry is shown without it`, `save public${safeDecode(src)} again as PNG, JPEG, GIF, WebP or SVG`);
    return undefined;
  }
}
