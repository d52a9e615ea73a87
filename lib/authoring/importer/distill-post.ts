import type { SourceFile } from '../../content/source-file';
import type { FrontMatter } from './front-matter';
import type { ImportRun } from './import-run';

/**
 * A distill post's front matter, made an ordinary post's: `layout: post`;
 * its `toc` (a list of its sections) becomes Folio's `toc: {beginning:
 * true}`, which lists the post's `##` and `###` headings; its `bibliography`
 * (a file in assets/bibliography/) stays, and the file comes along: Folio
 * cites from it (the body's `<d-cite>`s become <Cite>s, distill.ts). What
 * Folio does not show (the byline of `authors`, the post's own CSS) is
 * reported.
 */
export function distillFrontMatter(run: ImportRun, file: string, source: SourceFile, frontMatter: FrontMatter) {
  const data = source.data;
  frontMatter.set('layout', 'post');
  run.note(file, source.lineOf(['layout']), '`layout: distill`: imported as an ordinary post (`layout: post`); its Distill elements became Markdown, citations and footnotes');
  if (Array.isArray(data.toc)) {
    frontMatter.set('toc', { beginning: true });
    const names = sectionNames(data.toc);
    const headings = new Set([...source.body.matchAll(/^#{2,3}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]!.trim().toLowerCase()));
    const missing = names.filter((n) => !headings.has(n.toLowerCase()));
    run.note(
      file,
      source.lineOf(['toc']),
      `distill's \`toc\` (${names.length} section${names.length === 1 ? '' : 's'}) became \`toc: {beginning: true}\`: Folio lists the post's ## and ### headings${missing.length ? `; no heading is named ${missing.map((n) => `"${n}"`).join(', ')}` : ''}`,
    );
  }
  if (typeof data.bibliography === 'string' && data.bibliography.trim()) {
    const name = data.bibliography.trim().replace(/^\/+/, '');
    const where = name.includes('/') ? name : `assets/bibliography/${name}`;
    run.references.push({ file, line: source.lineOf(['bibliography']), path: where });
    if (name.includes('/')) frontMatter.set('bibliography', `/${where}`);
    run.note(file, source.lineOf(['bibliography']), `the post cites from /${where} (copied to public/): \`bibliography\` names it, as in al-folio`);
  }
  if (Array.isArray(data.authors) && data.authors.length > 0)
    run.leftover(file, source.lineOf(['authors']), `Distill's byline (${data.authors.length} author${data.authors.length === 1 ? '' : 's'}, with affiliations): Folio's posts show no author list; name them in the text`);
  if (data._styles !== undefined && data._styles !== null && data._styles !== '')
    run.leftover(file, source.lineOf(['_styles']), "the post's own CSS (`_styles`) is not carried: Folio takes no CSS from content; what it styled shows in the site's style");
}

/** The section names of distill's `toc`, subsections included. */
function sectionNames(toc: unknown[]): string[] {
  return toc.flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return [];
    const { name, subsections } = entry as { name?: unknown; subsections?: unknown };
    return [...(typeof name === 'string' ? [name] : []), ...(Array.isArray(subsections) ? sectionNames(subsections) : [])];
  });
}
