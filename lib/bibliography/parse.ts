import { location } from 'vfile-location';
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { IssueLog } from '../issues';
import { people } from './authors';
import { cleanBibtex } from './bibtex';
import { trustedHtml, type Removal } from '../sanitize/sanitize';
import { kindOf } from './kinds';
import { markdownToHtml, maskMath, renderMath, richText, type MathSpan } from './latex';
import { citationLinks, doiOf, linksOf, previewOf } from './links';
import { escape, venueOf } from './venue';
import type { CitationSwitches, Publication, RichText } from './types';

/**
 * What reading the bibliography needs besides the file: where public/ is,
 * the site's Google Scholar profile (`socials.scholar_userid`) and the
 * citation services it links to (`enable_publication_badges`; all when not said).
 */
export type BibliographyOptions = { publicDir: string; scholarUserId?: string; citations?: CitationSwitches };

const ALL_SERVICES: CitationSwitches = { altmetric: true, dimensions: true, google_scholar: true, inspirehep: true };

/**
 * Fields decoded from LaTeX and shown. The rest are links or Markdown
 * (`pdf`, `code`, `award`, `additional_info`, ...), used as written.
 */
const DECODED = ['title', 'author', 'journal', 'booktitle', 'series', 'volume', 'number', 'issue', 'pages', 'publisher', 'howpublished', 'school', 'institution', 'organization', 'location', 'note', 'type', 'abbr', 'abstract', 'award_name', 'annotation'];

type RawEntry = { type: string; key: string; line: number; fields: Map<string, string> };

/**
 * Reads content/publications.bib (al-folio's `_bibliography/papers.bib`):
 * standard BibTeX plus al-folio's fields. Never throws for problems in the
 * file: each goes to the log with the entry's line and key. Returns the
 * entries that can be shown, newest first.
 */
export function parseBibliography(text: string, file: string, log: IssueLog, options: BibliographyOptions): Publication[] {
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

  const publications = decode(valid, file, log, options);
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

/**
 * Decodes the LaTeX of every valid entry in one pass of the parser: each
 * entry is written back out with its math masked and its macros expanded.
 */
function decode(entries: RawEntry[], file: string, log: IssueLog, { publicDir, scholarUserId, citations = ALL_SERVICES }: BibliographyOptions): Publication[] {
  const maths: MathSpan[][] = entries.map(() => []);
  // al-folio shows `annotation` as HTML (its demo: `* Example use of superscripts<br>† Albert Einstein`): its tags are kept from the decoder, which would write `<` as `¡`.
  const tags: string[][] = entries.map(() => []);
  const synthetic = entries
    .map((entry, i) => {
      const fields = DECODED.filter((name) => entry.fields.has(name)).map((name) => {
        const value = entry.fields.get(name)!;
        // Names and the key to their marks keep `$^\dagger$` for the decoder, which writes the symbol.
        if (name === 'author') return `  ${name} = {${value}},`;
        if (name === 'annotation') return `  ${name} = {${value.replace(/<[^<>]*>/g, (tag) => `⟪${tags[i]!.push(tag) - 1}⟫`)}},`;
        return `  ${name} = {${maskMath(value, maths[i]!)}},`;
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
    const warn = (message: string, fix: string) => log.warn(file, entry.line, `entry \`${entry.key}\`: ${message}`, fix);
    for (const command of unknownCommands.get(i) ?? []) {
      log.warn(file, entry.line, `entry \`${entry.key}\`: the LaTeX command \`${command}\` is not known and is shown as written`, 'replace it with the character it stands for, or remove it');
    }

    const rendered = maths[i]!.map((span) => {
      const { html, error, fix } = renderMath(span);
      if (error) say(`LaTeX error in \`$${span.tex}$\`: ${error}`, fix ?? 'check the LaTeX between the dollar signs; the page shows it in red until fixed');
      return html;
    });
    // HTML the sanitizer removes from a field is an error on the entry's line.
    const reportIn = (name: string) => (removal: Removal) => say(`\`${name}\`: ${removal.message}`, removal.fix);
    const rich = (name: string): RichText | undefined => {
      const value = fields[name];
      if (typeof value !== 'string' || !value.trim()) return undefined;
      const html = name === 'annotation' ? value.replace(/⟪(\d+)⟫/g, (_m, n: string) => tags[i]![Number(n)] ?? '') : value;
      return richText(html, maths[i]!, rendered, reportIn(name));
    };
    const listText = (name: string) => {
      const value = fields[name];
      return Array.isArray(value) ? richText(value.join(', '), maths[i]!, rendered, reportIn(name)) : rich(name);
    };
    const raw = (name: string) => entry.fields.get(name)?.trim() || undefined;

    const { people: authors, etAl } = people(fields.author as Creator[] | undefined);
    const links = linksOf(entry.fields, publicDir, say);
    const preview = previewOf(raw('preview'), publicDir, say, (message, fix) => log.warn(file, entry.line, `entry \`${entry.key}\`: ${message}`, fix));
    const award = raw('award');
    const additionalInfo = raw('additional_info');
    const title = rich('title') ?? { html: trustedHtml(escape(raw('title')!)), text: raw('title')! };
    const venue = venueOf(entry, { rich, listText });
    const abbr = rich('abbr')?.text;

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
      note: rich('note'),
      kind: kindOf({ abbr, type: entry.type }),
      journal: rich('journal')?.text,
      booktitle: rich('booktitle')?.text,
      abbr,
      selected: isTrue(raw('selected')),
      bibtexShow: raw('bibtex_show') === undefined || isTrue(raw('bibtex_show')),
      abstract: rich('abstract'),
      links,
      citations: citationLinks(entry.fields, { scholarUserId, switches: citations }, warn),
      doi: doiOf(raw('doi')),
      award: award ? { name: rich('award_name')?.text ?? 'Award', html: markdownToHtml(award, { report: reportIn('award') }) } : undefined,
      additionalInfo: additionalInfo ? markdownToHtml(additionalInfo, { inline: true, report: reportIn('additional_info') }) : undefined,
      annotation: rich('annotation')?.html,
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
