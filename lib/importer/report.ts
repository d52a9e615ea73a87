import path from 'node:path';
import type { ImportReport } from './import';

const FILE_KINDS: [kind: string, where: string][] = [
  ['site settings', 'content/site.yml'],
  ['pages', 'content/pages/'],
  ['posts', 'content/blog/'],
  ['news', 'content/news/'],
  ['publications', 'content/publications.bib'],
  ['files', 'public/'],
  ['kept for later', 'content/_imported/'],
];

/** The import report as the author reads it: what was converted, what was not written, and every leftover with its file and line. */
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
    if (n > 0) lines.push(`  ${kind.padEnd(16)}${String(n).padStart(4)}  → ${where}`);
  }
  const conversions = [...report.conversions.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (conversions.length > 0) lines.push(`  in the text: ${conversions.map(([k, n]) => `${n} × ${k}`).join(', ')}`);

  const by = (status: string) => report.written.filter((w) => w.status === status);
  lines.push('', `Written: ${by('created').length} created, ${by('overwritten').length} overwritten, ${by('unchanged').length} unchanged, ${by('kept').length} not overwritten`);
  if (by('kept').length > 0) {
    lines.push('', 'Not overwritten (run again with --force to replace them)');
    for (const w of by('kept')) lines.push(`  ${w.path}  ${w.reason ?? ''}`.trimEnd());
  }

  if (report.skipped.length > 0) {
    lines.push('', 'Not imported (Jekyll would not build them, or Folio has its own)');
    for (const s of report.skipped) lines.push(`  ${s.file}  ${s.reason}`);
  }

  if (report.notes.length > 0) {
    lines.push('', 'Notes');
    for (const n of report.notes) lines.push(`  ${n.file}:${n.line}  ${n.message}`);
  }

  if (report.leftovers.length === 0) lines.push('', 'Nothing left to finish by hand.');
  else {
    lines.push('', `Left for you to finish by hand (${report.leftovers.length}), in the al-folio files:`);
    for (const l of report.leftovers) {
      const text = l.text ? `  ${l.text.length > 70 ? l.text.slice(0, 67) + '...' : l.text}` : '';
      lines.push(`  ${l.file}:${l.line}${text}`);
      lines.push(`      ${l.message}`);
    }
  }
  return lines.join('\n') + '\n';
}
