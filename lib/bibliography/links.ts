import fs from 'node:fs';
import { displayedSize } from '../images/source';
import { publicFile } from '../routing/public-file';
import type { Publication, PublicationLink } from './types';

/**
 * What an entry's fields name beyond its text: its buttons (the addresses
 * and files of `pdf`, `doi`, `arxiv`, `code`, ...) and its preview image,
 * found in public/ as al-folio finds them.
 */

/** The fields of an entry, by lowercase name. */
type Entry = { fields: Map<string, string> };

const LINK_LABELS: Record<PublicationLink['kind'], string> = {
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
/** al-folio keeps these files in assets/pdf/ and names them without a path. */
const FILE_LINKS = new Set(['pdf', 'slides', 'poster', 'supp']);

/** A DOI as its bare name: `10.1000/x`, whether written as an address, `doi:` or bare. */
export function doiOf(value: string | undefined): string | undefined {
  return value?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, '');
}

/** `arxiv = {2407.14280}`, or `eprint` when its archive is arXiv (or not named). */
export function arxivId(entry: Entry): string | undefined {
  const arxiv = entry.fields.get('arxiv')?.trim();
  if (arxiv) return arxiv.replace(/^(https?:\/\/arxiv\.org\/abs\/|arxiv:)/i, '');
  const eprint = entry.fields.get('eprint')?.trim();
  const archive = (entry.fields.get('archiveprefix') ?? entry.fields.get('eprinttype') ?? 'arxiv').trim();
  return eprint && /^arxiv$/i.test(archive) ? eprint.replace(/^arxiv:/i, '') : undefined;
}

/** Reports a problem with an entry's field: what is wrong, and how to fix it. */
export type Say = (message: string, fix: string) => void;

/** An entry's buttons (PDF, DOI, arXiv, code, ...): each address once, each file of public/ it names there. */
export function linksOf(entry: Entry, publicDir: string, say: Say): PublicationLink[] {
  const links: PublicationLink[] = [];
  for (const kind of Object.keys(LINK_LABELS) as PublicationLink['kind'][]) {
    let value = kind === 'arxiv' ? arxivId(entry) : entry.fields.get(kind)?.trim();
    if (!value) continue;
    let href: string;
    if (kind === 'doi') href = `https://doi.org/${doiOf(value)}`;
    else if (kind === 'arxiv') href = /^https?:\/\//.test(value) ? value : `https://arxiv.org/abs/${value}`;
    else if (/^[a-z][a-z\d+.-]*:/i.test(value)) {
      if (!/^(https?|mailto):/i.test(value)) {
        say(`\`${kind}\` \`${value}\` is not a web address`, 'use an https:// address or a file in public/');
        continue;
      }
      href = value;
    } else {
      value = value.startsWith('/') ? value : FILE_LINKS.has(kind) ? `/assets/pdf/${value}` : `/${value}`;
      href = encodeURI(safeDecode(value));
      if (FILE_LINKS.has(kind) && !publicFile(value, publicDir)) {
        say(`the ${kind} file \`${value}\` does not exist`, `put the file at public${value.split(/[?#]/)[0]}, or give its full https:// address`);
        continue;
      }
    }
    links.push({ kind, label: LINK_LABELS[kind], href });
  }
  return distinctLinks(links);
}

/** Which name a button keeps when two fields give one address: the more specific (an arXiv `html` is the arXiv page). */
const SPECIFIC: PublicationLink['kind'][] = ['arxiv', 'doi', 'pdf', 'code', 'slides', 'poster', 'supp', 'video', 'blog', 'website', 'html'];

/** `http://` or `https://`, `www.` or not, a trailing slash or not: one address. */
function sameAddress(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/i, '//').replace(/\/+$/, '');
}

/**
 * One button per address, in the order of the fields: a second field with
 * the same address (al-folio sites often give `html` and `arxiv` the arXiv
 * page) adds no button; the button takes the more specific name of the two.
 */
export function distinctLinks(links: PublicationLink[]): PublicationLink[] {
  const kept: PublicationLink[] = [];
  for (const link of links) {
    const i = kept.findIndex((k) => sameAddress(k.href) === sameAddress(link.href));
    if (i < 0) kept.push(link);
    else if (SPECIFIC.indexOf(link.kind) < SPECIFIC.indexOf(kept[i]!.kind)) kept[i] = link;
  }
  return kept;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** An entry's preview image, a file of public/ (al-folio's assets/img/publication_preview/), with its size. */
export function previewOf(value: string | undefined, publicDir: string, say: Say): Publication['preview'] {
  if (!value) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) {
    say(`the preview \`${value}\` is not a file of the site`, 'save the image in public/assets/img/publication_preview/ and write its file name');
    return undefined;
  }
  const src = value.startsWith('/') ? value : `/assets/img/publication_preview/${value}`;
  const file = publicFile(src, publicDir);
  if (!file) {
    say(`the preview image \`${src}\` does not exist`, `put the image at public${src}, or remove \`preview\``);
    return undefined;
  }
  try {
    const { width, height } = displayedSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
    return { src: encodeURI(safeDecode(src)), width, height };
  } catch {
    say(`the preview \`${src}\` is not an image`, 'use a PNG, JPEG, GIF, WebP or SVG file');
    return undefined;
  }
}
