/**
 * The corpus runner's rows (scripts/import-corpus.ts): one per al-folio site
 * moved in, what each step said, and why a site did not move in whole, in
 * words a reader acts on.
 */
export type Step = { status: number; output: string; seconds: number };
/** What a site's check says (the child's JSON): the check's counts, its first errors, the addresses it does not answer. */
export type SiteCheck = { errors: number; warnings: number; firstErrors: string[]; basePath: string; missing: string[] };
export type Row = {
  fixture: string;
  /** The folder the site was imported into. */
  folder: string;
  import: Step;
  check?: Step & { errors: number; warnings: number; firstErrors: string[] };
  addresses?: { found: number; expected: number; missing: string[] };
  /** `pages`: what the export wrote; `compile`: the seconds `next build` said its compile took (the rest is the check, the prerender and the post-processing). */
  export?: Step & { pages?: number; compile?: number; missing: string[] };
};

/** The lines a reader wants first: errors, else the end of the output. */
export function firstErrorLines(output: string, folder: string, count = 3): string[] {
  const lines = output
    .split('\n')
    .map((l) => l.replaceAll(`${folder}/`, '').trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /\berror\b|Error:|failed|stopped|exited|⨯/i.test(l) && !/^at /.test(l));
  return (errors.length ? errors : lines.slice(-count)).slice(0, count).map((l) => l.slice(0, 220));
}

/** Why a site did not move in whole, in a few words each, or none. */
export function failures(row: Row): string[] {
  const why: string[] = [];
  if (row.import.status !== 0) why.push(`the import exited ${row.import.status}: ${firstErrorLines(row.import.output, row.folder, 1)[0] ?? ''}`);
  if (row.check && row.check.status !== 0) {
    why.push(row.check.errors > 0 ? `the check found ${row.check.errors} error${row.check.errors === 1 ? '' : 's'}, first ${row.check.firstErrors[0]}` : `the check could not run: ${row.check.firstErrors[0] ?? ''}`);
  }
  if (row.addresses?.missing.length) why.push(`${row.addresses.missing.length} old address${row.addresses.missing.length === 1 ? '' : 'es'} no longer answer${row.addresses.missing.length === 1 ? 's' : ''}: ${row.addresses.missing.slice(0, 4).join(' ')}`);
  if (row.export && row.export.status !== 0) {
    why.push(`${row.check?.status === 0 ? 'THE CHECK PASSED A SITE THE EXPORT COULD NOT BUILD: ' : ''}the export exited ${row.export.status}: ${firstErrorLines(row.export.output, row.folder, 1)[0] ?? ''}`);
  }
  const unwritten = row.export?.missing.filter((a) => !row.addresses?.missing.includes(a)) ?? [];
  if (unwritten.length) why.push(`THE CHECK AND THE EXPORT DISAGREE: the site answers ${unwritten.slice(0, 4).join(' ')} by its content, the export wrote no file there`);
  return why;
}

export function table(rows: Row[]): string {
  const header = ['fixture', 'import: exit s', 'check: exit (errors/warnings) s', 'addresses', 'export: exit (pages) s', 'first errors'];
  const seconds = (step?: Step) => (step ? `${step.seconds.toFixed(0)}` : '-');
  const cells = rows.map((row) => {
    const errors = [
      ...(row.import.status !== 0 ? firstErrorLines(row.import.output, row.folder).map((l) => `import: ${l}`) : []),
      ...(row.check && row.check.status !== 0 ? row.check.firstErrors.map((l) => `check: ${l}`) : []),
      ...(row.export && row.export.status !== 0 ? firstErrorLines(row.export.output, row.folder).map((l) => `export: ${l}`) : []),
      ...(row.addresses?.missing.length ? [`missing: ${row.addresses.missing.slice(0, 6).join(' ')}${row.addresses.missing.length > 6 ? ` (+${row.addresses.missing.length - 6})` : ''}`] : []),
      ...(row.export?.missing.length ? [`not in the export: ${row.export.missing.slice(0, 6).join(' ')}`] : []),
    ];
    return [
      row.fixture,
      `${row.import.status} ${seconds(row.import)}`,
      row.check ? `${row.check.status} (${row.check.errors}/${row.check.warnings}) ${seconds(row.check)}` : '-',
      row.addresses ? `${row.addresses.found}/${row.addresses.expected}` : '-',
      row.export
        ? `${row.export.status}${row.export.pages ? ` (${row.export.pages})` : ''} ${seconds(row.export)}${row.export.compile ? ` (compile ${row.export.compile.toFixed(0)})` : ''}`
        : row.check?.status
          ? 'not run: the check failed'
          : 'not asked',
      errors.join('<br>').replace(/\|/g, '\\|') || 'ok',
    ];
  });
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...cells.map(line)].join('\n') + '\n';
}
