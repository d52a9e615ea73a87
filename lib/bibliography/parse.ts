import { location } from 'vfile-location';
import fs from 'node:fs';
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { IssueLog } from '../issues';
import { people } from './authors';
import { cleanBibtex } from './bibtex';
import { trustedHtml, type Removal } from '../sanitize/sanitize';
import { markdownToHtml, maskMath, renderMath, richText, type MathSpan } from './latex';
import type { Publication, PublicationLink, RichText } from './types';
import { displayedSize, UnreadableImage } from '../images/source';
import { publicFile } from '../routing/public-file';

/**
 * Reads content/publications.bib (al-folio's `_bibliography/papers.bib`):
 * standard BibTeX plus al-folio's fields. Never throws for problems in the
 * file: each goes to the log with the entry's line and key. Returns the
 * entries that can be shown, newest first.
 */
export function readBibliography(file: string, log: IssueLog, publicDir: string): Publication[] {
  if (!fs.existsSync(file)) return [];
  return parseBibliography(fs.readFileSync(file, 'utf8'), file, log, publicDir);
}

/**
 * Fields decoded from LaTeX and shown. The rest are links or Markdown
 * (`pdf`, `code`, `award`, `additional_info`, ...), used as written.
 */
const DECODED = ['title', 'author', 'journal', 'booktitle', 'series', 'volume', 'number', 'issue', 'pages', 'publisher', 'howpublished', 'school', 'institution', 'organization', 'abbr', 'abstract', 'award_name'];

type RawEntry = { type: string; key: string; line: number; fields: Map<string, string> };

export function parseBibliography(text: string, file: string, log: IssueLog, publicDir: string): Publication[] {
  // Every field verbatim, @string macros expanded: the source of the clean BibTeX, and of what gets decoded.
  const raw = parse(text, { raw: true, sentenceCase: false, removeOuterBraces: [], verbatimFields: [/.*/] });
  const place = location(text);
  const lineAt = (offset: number) => place.toPoint(offset)?.line ?? 1;
  const entries = locate(raw.entries, text, lineAt);

  for (const error of raw.errors) reportSyntaxError(error, entries, text, lineAt, file, log);

  const valid: RawEntry[] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const where = entry.key ? `entry \`${entry.key}\`` : `the @${entry.type} entry`;
    if (!entry.key) {
      log.error(file, entry.line, `${where} has no key`, 'write a key after the brace, e.g. @article{smith24, ...');
      continue;
    }
    const first = seen.get(entry.key.toLowerCase());
    if (first) {
      // jekyll-scholar builds the site with one of the two; Folio keeps the first, and says which is left out.
      log.warn(file, entry.line, `the key \`${entry.key}\` is used again (first at line ${first.line}): this entry is left out, the first is listed`, 'give this entry a key of its own, or delete the one you do not want');
      continue;
    }
    seen.set(entry.key.toLowerCase(), entry);
    if (!entry.fields.get('title')?.trim()) {
      log.error(file, entry.line, `${where} has no title`, 'add `title = {...},` to the entry');
      continue;
    }
    const year = entry.fields.get('year')?.trim();
    if (!year || !/^\d{4}$/.test(year)) {
      const label = undatedLabel(year, entry.fields.get('note'));
      log.warn(
        file,
        entry.line,
        `${where} ${year ? `has the year \`${year}\`, which is not a year` : 'has no year'}: it is listed after the dated entries, under “${label}”`,
        'add `year = {2024},` (four digits) to list it under its year',
      );
    }
    valid.push(entry);
  }

  const publications = decode(valid, file, log, publicDir);
  // Newest first; within a year, by month when known, else in the order of the file; entries without a year last.
  return publications.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || (b.month ?? 0) - (a.month ?? 0));
}

/** Where an entry without a four-digit year is listed: under its `year` text (`in press`), its short `note`, or "Undated". */
function undatedLabel(year: string | undefined, note: string | undefined): string {
  const clean = (text: string | undefined) => text?.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  const noted = clean(note);
  return clean(year) || (noted && noted.length <= 40 ? noted : 'Undated');
}


/** The parser keeps each entry's text; finding it in the file gives the entry's line. */
function locate(parsed: Entry[], text: string, lineAt: (offset: number) => number): RawEntry[] {
  const located: RawEntry[] = [];
  let cursor = 0;
  for (const entry of parsed) {
    // An entry the parser could not read has no text; its syntax error is reported instead.
    if (!entry.input) continue;
    const at = text.indexOf(entry.input, cursor);
    if (at >= 0) cursor = at + entry.input.length;
    const fields = new Map<string, string>();
    for (const [name, value] of Object.entries(entry.fields as Record<string, unknown>)) {
      fields.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    }
    located.push({ type: entry.type.toLowerCase(), key: entry.key, line: at >= 0 ? lineAt(at) : 1, fields });
  }
  return located;
}

function reportSyntaxError(
  error: { error: string; input?: string },
  entries: RawEntry[],
  text: string,
  lineAt: (offset: number) => number,
  file: string,
  log: IssueLog,
) {
  const macro = /^Unresolved @string reference "([^"]+)"/.exec(error.error);
  if (macro) {
    const name = macro[1]!;
    const use = new RegExp(`[=#]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(text);
    const entry = use ? entries.findLast((e) => e.line <= lineAt(use.index)) : undefined;
    log.error(
      file,
      use ? lineAt(use.index) : 1,
      `${entry ? `entry \`${entry.key}\`: ` : ''}the @string macro \`${name}\` is not defined`,
      `define it before the entries, e.g. @string{${name} = {...}}, or put the value in braces`,
    );
    return;
  }
  const input = error.input?.trim() ?? '';
  const at = input ? text.indexOf(input) : -1;
  const head = /^@(\w+)\s*[{(]\s*([^,\s]*)/.exec(input);
  const position = / at line (\d+), column (\d+)(?: in "\w+")?$/.exec(error.error);
  const line = at >= 0 ? lineAt(at) : position ? Number(position[1]) : 1;
  const reason = error.error
    .replace(/ at line \d+, column \d+(?: in "\w+")?$/, '')
    .replace(/^Token mismatch, /, '')
    .replace(/\s+/g, ' ');
  const where = head?.[2] ? `entry \`${head[2]}\`` : head ? `the @${head[1]} entry` : 'the file';
  log.error(
    file,
    line,
    `BibTeX syntax error in ${where}: ${reason}${position ? ` (line ${position[1]}, column ${position[2]})` : ''}`,
    'each field is `name = {value},` and every { needs its }',
  );
}

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

/**
 * Decodes the LaTeX of every valid entry in one pass of the parser: each
 * entry is written back out with its math masked and its macros expanded.
 */
function decode(entries: RawEntry[], file: string, log: IssueLog, publicDir: string): Publication[] {
  const maths: MathSpan[][] = entries.map(() => []);
  const synthetic = entries
    .map((entry, i) => {
      const fields = DECODED.filter((name) => entry.fields.has(name)).map((name) => {
        const value = entry.fields.get(name)!;
        return `  ${name} = {${name === 'author' ? value : maskMath(value, maths[i]!)}},`;
      });
      return `@${entry.type}{e${i},\n${fields.join('\n')}\n}\n`;
    })
    .join('\n');
  const unknownCommands = new Map<number, Set<string>>();
  const decoded = parse(synthetic, {
    sentenceCase: false,
    applyCrossRef: false,
    fieldMode: { abstract: 'richtext' },
    unsupported: (_node, tex, entry) => {
      const i = Number(entry.key.slice(1));
      if (!unknownCommands.has(i)) unknownCommands.set(i, new Set());
      unknownCommands.get(i)!.add(tex);
      return tex;
    },
  });
  const byIndex = new Map(decoded.entries.map((e) => [Number(e.key.slice(1)), e]));

  const publications: Publication[] = [];
  entries.forEach((entry, i) => {
    const fields = (byIndex.get(i)?.fields ?? {}) as Record<string, unknown>;
    const say = (message: string, fix: string) => log.error(file, entry.line, `entry \`${entry.key}\`: ${message}`, fix);
    for (const command of unknownCommands.get(i) ?? []) {
      log.warn(file, entry.line, `entry \`${entry.key}\`: the LaTeX command \`${command}\` is not known and is shown as written`, 'replace it with the character it stands for, or remove it');
    }

    const rendered = maths[i]!.map((span) => {
      const { html, error } = renderMath(span);
      if (error) say(`LaTeX error in \`$${span.tex}$\`: ${error}`, 'check the LaTeX between the dollar signs; the page shows it in red until fixed');
      return html;
    });
    // HTML the sanitizer removes from a field is an error on the entry's line.
    const reportIn = (name: string) => (removal: Removal) => say(`\`${name}\`: ${removal.message}`, removal.fix);
    const rich = (name: string): RichText | undefined => {
      const value = fields[name];
      if (typeof value !== 'string' || !value.trim()) return undefined;
      return richText(value, maths[i]!, rendered, reportIn(name));
    };
    const listText = (name: string) => {
      const value = fields[name];
      return Array.isArray(value) ? richText(value.join(', '), maths[i]!, rendered, reportIn(name)) : rich(name);
    };
    const raw = (name: string) => entry.fields.get(name)?.trim() || undefined;

    const { people: authors, etAl } = people(fields.author as Creator[] | undefined);
    const links = linksOf(entry, publicDir, say);
    const preview = previewOf(raw('preview'), publicDir, say, (message, fix) => log.warn(file, entry.line, `entry \`${entry.key}\`: ${message}`, fix));
    const award = raw('award');
    const additionalInfo = raw('additional_info');
    const title = rich('title') ?? { html: trustedHtml(escape(raw('title')!)), text: raw('title')! };
    const venue = venueOf(entry, { rich, listText });

    publications.push({
      key: entry.key,
      type: entry.type,
      line: entry.line,
      title,
      authors,
      etAl,
      ...yearOf(entry),
      month: monthOf(raw('month')),
      venue,
      journal: rich('journal')?.text,
      booktitle: rich('booktitle')?.text,
      abbr: rich('abbr')?.text,
      selected: isTrue(raw('selected')),
      bibtexShow: raw('bibtex_show') === undefined || isTrue(raw('bibtex_show')),
      abstract: rich('abstract'),
      links,
      doi: doiOf(raw('doi')),
      award: award ? { name: rich('award_name')?.text ?? 'Award', html: markdownToHtml(award, { report: reportIn('award') }) } : undefined,
      additionalInfo: additionalInfo ? markdownToHtml(additionalInfo, { inline: true, report: reportIn('additional_info') }) : undefined,
      preview,
      bibtex: cleanBibtex(entry.type, entry.key, [...entry.fields]),
      math: rendered.length > 0,
    });
  });
  return publications;
}

function yearOf(entry: RawEntry): Pick<Publication, 'year' | 'yearLabel'> {
  const year = entry.fields.get('year')?.trim();
  return year && /^\d{4}$/.test(year) ? { year: Number(year), yearLabel: year } : { yearLabel: undatedLabel(year, entry.fields.get('note')) };
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && /^(true|yes|1)$/i.test(value.replace(/[{}]/g, '').trim());
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,2}$/.test(value)) return Number(value) >= 1 && Number(value) <= 12 ? Number(value) : undefined;
  const index = MONTH_NAMES.indexOf(value.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : undefined;
}

function doiOf(value: string | undefined): string | undefined {
  return value?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, '');
}

type Getters = {
  rich: (name: string) => RichText | undefined;
  listText: (name: string) => RichText | undefined;
};

/** "In *Book title*, Series, vol. 3, pp. 1–6": the parts of a citation that say where, without the year. */
function venueOf(entry: RawEntry, { rich, listText }: Getters): RichText | undefined {
  const parts: RichText[] = [];
  // Safe parts joined with fixed text: still safe.
  const em = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(`${prefix}<em>${r.html}</em>`), text: prefix + r.text });
  const add = (r: RichText | undefined, prefix = '') => r && parts.push({ html: trustedHtml(prefix + r.html), text: prefix + r.text });
  const journal = rich('journal');
  const booktitle = rich('booktitle');
  if (journal) em(journal);
  else if (booktitle) em(booktitle, 'In ');
  else if (rich('howpublished')) add(rich('howpublished'));
  else if (entry.type === 'misc' || entry.type === 'unpublished' || entry.type === 'online') {
    const arxiv = arxivId(entry);
    // The identifier says it is a preprint, once (not "arXiv preprint arXiv:...").
    if (arxiv) add({ html: trustedHtml(`arXiv:${escape(arxiv)}`), text: `arXiv:${arxiv}` });
  }
  add(rich('school') ?? listText('institution'));
  if (!journal) add(rich('series'));
  const volume = rich('volume');
  const number = rich('number') ?? rich('issue');
  if (journal && volume) add({ html: trustedHtml(volume.html + (number ? `(${number.html})` : '')), text: volume.text + (number ? `(${number.text})` : '') });
  else {
    add(volume, 'vol. ');
    add(number, 'no. ');
  }
  const pages = rich('pages');
  if (pages) add(pages, /[-–—,]/.test(pages.text) ? 'pp. ' : 'p. ');
  if (!journal && !booktitle) add(listText('publisher') ?? listText('organization'));
  if (parts.length === 0) return undefined;
  return { html: trustedHtml(parts.map((p) => p.html).join(', ')), text: parts.map((p) => p.text).join(', ') };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `arxiv = {2407.14280}`, or `eprint` when its archive is arXiv (or not named). */
function arxivId(entry: RawEntry): string | undefined {
  const arxiv = entry.fields.get('arxiv')?.trim();
  if (arxiv) return arxiv.replace(/^(https?:\/\/arxiv\.org\/abs\/|arxiv:)/i, '');
  const eprint = entry.fields.get('eprint')?.trim();
  const archive = (entry.fields.get('archiveprefix') ?? entry.fields.get('eprinttype') ?? 'arxiv').trim();
  return eprint && /^arxiv$/i.test(archive) ? eprint.replace(/^arxiv:/i, '') : undefined;
}

type Say = (message: string, fix: string) => void;

function linksOf(entry: RawEntry, publicDir: string, say: Say): PublicationLink[] {
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


function previewOf(value: string | undefined, publicDir: string, say: Say, warn: Say): Publication['preview'] {
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
  } catch (error) {
    // As a broken preview in al-folio: the entry is shown, without it.
    warn(`the preview \`${src}\` cannot be shown (${error instanceof UnreadableImage ? error.message : 'its bytes are no PNG, JPEG, WebP, AVIF, GIF or SVG with a size'}): the entry is shown without it`, `save public${safeDecode(src)} again as PNG, JPEG, GIF, WebP or SVG`);
    return undefined;
  }
}
