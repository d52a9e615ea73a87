/**
 * The BibTeX a visitor copies: BibTeX's standard fields and the identifiers
 * reference managers read, with the LaTeX as the author wrote it. al-folio's
 * own fields (`abbr`, `selected`, `pdf`, `code`, ...) are for the site, not
 * for someone's reference list, and are left out, as are `abstract` and
 * `keywords`.
 */
export const STANDARD_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'author',
  'editor',
  'journal',
  'booktitle',
  'series',
  'volume',
  'number',
  'pages',
  'chapter',
  'edition',
  'publisher',
  'organization',
  'institution',
  'school',
  'address',
  'howpublished',
  'type',
  'note',
  'key',
  'month',
  'year',
  'doi',
  'url',
  'isbn',
  'issn',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'primaryclass',
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `fields` are the raw values, @string macros expanded, in the order of the file. */
export function cleanBibtex(type: string, key: string, fields: ReadonlyArray<readonly [string, string]>): string {
  const kept = fields.filter(([name, value]) => STANDARD_FIELDS.has(name) && value.trim() !== '');
  const width = Math.max(0, ...kept.map(([name]) => name.length));
  const lines = kept.map(([name, value]) => `  ${name.padEnd(width)} = ${fieldValue(name, value.trim())}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

function fieldValue(name: string, value: string): string {
  // The parser expands `month = jan` to 01: write the macro back, which every style prints as a name.
  if (name === 'month' && /^\d{1,2}$/.test(value)) {
    const macro = MONTHS[Number(value) - 1];
    if (macro) return macro;
  }
  return `{${value}}`;
}
