import path from 'node:path';
import { formatIssue, type ContentIssue } from '../../issues';
import type { NotCarried } from './site-config';
import type { DemoReport } from './demo-content';
import type { Refusal } from './site-reader';

export type Leftover = { file: string; line: number; text: string; message: string };
export type Note = { file: string; line: number; message: string };
/** A file the import wrote. */
export type Written = { path: string; status: 'created' | 'unchanged' };

export type ImportReport = {
  site: string;
  out: string;
  layout: 'v0' | 'v1';
  /** Files imported, by kind: pages, posts, news, ... */
  files: Map<string, number>;
  /** What was converted inside them: figure, code block, citation, ... */
  conversions: Map<string, number>;
  written: Written[];
  /** What was in content/ and public/ before, moved aside: the folder (under `out`), its files, and whether they were all the shipped example. */
  backup?: { folder: string; files: string[]; example: boolean };
  skipped: { file: string; reason: string }[];
  notes: Note[];
  leftovers: Leftover[];
  /** Settings of _config.yml that content/site.yml does not have, and why. */
  notCarried: NotCarried[];
  /** Symbolic links that lead out of the site: refused, nothing of them read or copied. */
  refused: Refusal[];
  /** al-folio's demo content met in the site: left out, or brought in with `--include-demo`. */
  demo: DemoReport;
};

/** Each kind of file written, and where: a folder, or the files it may be (the report names those written). */
const FILE_KINDS: [kind: string, where: string | string[]][] = [
  ['site settings', 'content/site.yml'],
  ['pages', 'content/pages/'],
  ['posts', 'content/blog/'],
  ['news', 'content/news/'],
  ['projects', 'content/projects/'],
  ['CV', ['content/cv.yml', 'content/resume.json']],
  ['publications', 'content/publications.bib'],
  ['publication data', ['content/venues.yml', 'content/coauthors.yml']],
  ['files', 'public/'],
  ['kept for later', 'content/_imported/'],
];

/** Words wrapped into lines of at most `width` characters, each indented. */
function wrap(words: string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of words) {
    if (line.length + word.length + 1 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() ? ' ' : '') + word;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

/** The import report as the author reads it: what was converted, what was moved aside, and every leftover with its file and line. */
export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const show = (p: string) => {
    const relative = path.relative(cwd, p);
    return relative && !relative.startsWith('..') ? relative : p;
  };
  const lines: string[] = [];
  lines.push(`Imported the al-folio site ${show(report.site)} (${report.layout} layout) into ${show(report.out) || '.'}`);

  lines.push('', 'Converted');
  for (const [kind, where] of FILE_KINDS) {
    const n = report.files.get(kind) ?? 0;
    const files = typeof where === 'string' ? where : where.filter((file) => report.written.some((w) => w.path === file)).join(', ');
    if (n > 0) lines.push(`  ${kind.padEnd(16)}${String(n).padStart(4)}  → ${files}`);
  }
  const conversions = [...report.conversions.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (conversions.length > 0) lines.push(...wrap(['in the text:', ...conversions.map(([k, n], i) => `${n} × ${k}${i < conversions.length - 1 ? ',' : ''}`)], '  '));

  const by = (status: string) => report.written.filter((w) => w.status === status).length;
  lines.push('', `Written: ${by('created')} created, ${by('unchanged')} unchanged`);
  if (report.backup) {
    const { folder, files, example } = report.backup;
    const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
    const what = example ? `Folio's example content (${count})` : `What content/ and public/ held before (${count}, --force)`;
    lines.push(`${what} moved to ${show(path.join(report.out, folder))}/, under the same paths: nothing was deleted.`);
  }

  if (report.skipped.length > 0) {
    lines.push('', 'Not imported (Jekyll would not build them, or Folio has its own)');
    for (const s of report.skipped) lines.push(`  ${s.file}  ${s.reason}`);
  }

  lines.push(...demoNote(report.demo));

  if (report.refused.length > 0) {
    lines.push('', 'Refused: symbolic links that lead out of the site (nothing of them was read or copied)');
    for (const r of report.refused) lines.push(`  ${r.link} -> ${r.target}`);
  }

  if (report.notes.length > 0) {
    lines.push('', 'Notes');
    for (const n of report.notes) lines.push(`  ${n.file}:${n.line}  ${n.message}`);
  }

  if (report.notCarried.length > 0) {
    lines.push('', 'Settings Folio did not carry (key and line in _config.yml)');
    const reasons = [...new Set(report.notCarried.map((n) => n.reason))];
    for (const reason of reasons) {
      const keys = report.notCarried.filter((n) => n.reason === reason);
      lines.push(`  ${reason}:`);
      lines.push(...wrap(keys.map((k, i) => `${k.key} (${k.line})${i < keys.length - 1 ? ',' : ''}`), '    '));
    }
  }

  if (report.leftovers.length > 0) {
    lines.push('', `Left for you to finish by hand (${report.leftovers.length}), in the al-folio files:`);
    for (const l of report.leftovers) {
      const text = l.text ? `  ${l.text.length > 70 ? l.text.slice(0, 67) + '...' : l.text}` : '';
      lines.push(`  ${l.file}:${l.line}${text}`);
      lines.push(`      ${l.message}`);
    }
  }
  return lines.join('\n') + '\n';
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const their = (n: number) => (n === 1 ? 'its' : 'their');

/**
 * What follows the report: the content check's findings on the imported
 * content (`issues`; none given when the check was not run, `--no-check`),
 * and the last word, what is left to do. It counts the import's leftovers
 * and the check's errors and warnings together: "nothing left" only when
 * all three are none, and a check that was not run is said to be so.
 */
export function formatClosing(report: ImportReport, issues?: ContentIssue[]): string {
  const lines: string[] = [];
  const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (issues?.length ?? 0) - errors;
  if (issues) {
    lines.push('', `The content check on the result: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
    for (const issue of issues) lines.push(`  ${formatIssue(issue)}`);
  }
  const todo: string[] = [];
  if (errors > 0) todo.push(`the content check's ${count(errors, 'error')}, listed above with ${their(errors)} file and line: \`npm run build\` stops on ${errors === 1 ? 'it, so fix it' : 'them, so fix them'} first`);
  if (report.leftovers.length > 0) todo.push(`${count(report.leftovers.length, 'leftover')} to finish by hand, listed above with ${their(report.leftovers.length)} al-folio file and line`);
  if (warnings > 0) todo.push(`the content check's ${count(warnings, 'warning')}, listed above with ${their(warnings)} file and line: worth reading, though ${warnings === 1 ? 'it does not stop' : 'none stops'} \`npm run build\``);
  const unchecked = issues ? '' : ' (the content check was not run: `npm run check` runs it)';
  lines.push('', todo.length === 0 ? `Nothing left to finish by hand${unchecked}.` : `Left for you: ${todo.join('; ')}${unchecked}.`);
  return lines.join('\n') + '\n';
}

/** The one note on al-folio's demo content: what was left out (or brought in with --include-demo), and how to change that. */
function demoNote(demo: ImportReport['demo']): string[] {
  const { bibEntries, settings } = demo;
  const files = [...demo.files].sort((a, b) => a.file.localeCompare(b.file));
  if (files.length + bibEntries.length + settings.length === 0) return [];
  const count = (n: number, what: string) => (n ? [`${n} ${what}${n === 1 ? '' : 's'}`] : []);
  const what = [...count(files.length, 'file'), ...count(bibEntries.length, 'BibTeX entry'), ...count(settings.length, 'setting')].join(', ').replace(/entrys/, 'entries');
  const lines = [
    '',
    demo.included
      ? `al-folio's demo content, brought in as asked (--include-demo): ${what}`
      : `al-folio's demo content, left out (${what}): al-folio ships it as a sample, unedited here; run again with --include-demo to bring it in`,
  ];
  if (files.length) lines.push(...wrap(files.map((f, i) => `${f.file}${i < files.length - 1 ? ',' : ''}`), '  '));
  const bibs = [...new Set(bibEntries.map((e) => e.file))];
  for (const bib of bibs) {
    const entries = bibEntries.filter((e) => e.file === bib);
    lines.push(...wrap([`${bib}:`, ...entries.map((e, i) => `${e.key} (${e.line})${i < entries.length - 1 ? ',' : ''}`)], '  '));
  }
  for (const s of [...settings].sort((a, b) => a.line - b.line)) lines.push(`  _config.yml:${s.line}  ${s.what}`);
  return lines;
}
