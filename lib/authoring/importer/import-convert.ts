import path from 'node:path';
import type { SourceFile } from '../../content/source-file';
import { convertBody, type BodyOptions } from './body';
import { prepareBody } from './body-prepare';
import { FrontMatter } from './front-matter';
import type { ImportRun } from './import-run';
import { POST_NAME } from './jekyll';
import { liquidTokens } from './liquid';
import { standardReplacements } from './pages';

/**
 * One page, post, news item or project: its body prepared (Liquid blocks
 * run, distill elements rewritten: body-prepare.ts), al-folio's standard
 * page Liquid recognised (pages.ts), then converted (body.ts); written as
 * `.mdx` when it needs components, else `.md`, with everything the
 * conversion found reported on the lines of the al-folio file.
 */
export function convertFile(
  run: ImportRun,
  file: string,
  source: SourceFile,
  kind: 'page' | 'post' | 'news' | 'project',
  target: string,
  counter: string,
  page: { about?: boolean; layout?: string; permalink?: string; frontMatter?: FrontMatter; distill?: boolean } = {},
) {
  const frontMatter = (page.frontMatter ?? new FrontMatter(run.frontMatterText(file, source))).toString();
  const collections = ['posts', ...Object.keys((run.config.collections ?? {}) as object)];
  const pageVariables = jekyllPage(run, file, source, kind);
  const scope = { site: { ...run.siteVariables, data: run.siteData() }, page: pageVariables, url: run.siteUrl, baseurl: run.baseurl, collections };
  // A CV page's own Liquid drew the CV from _data/: the cv layout does that (pages.ts drops it), it is not run.
  const prepared = prepareBody(source.body, { distill: page.distill ?? false, runBlocks: page.layout !== 'cv', scope });
  const origin = (offset: number) => prepared.written?.origin(offset) ?? offset;
  for (const f of prepared.findings) (f.leftover ? run.leftover : run.note).call(run, file, lineAt(source, f.at), f.message);

  let replacements;
  if (kind === 'page' || kind === 'project') {
    const standard = standardReplacements(prepared.text, liquidTokens(prepared.text), {
      data: source.data,
      layout: page.layout ?? 'page',
      permalink: page.permalink,
      about: page.about ?? false,
      repositories: run.repositories,
    });
    replacements = standard.replacements;
    for (const n of standard.notes) run.note(file, lineAt(source, origin(n.at)), n.message);
  }
  const options: Omit<BodyOptions, 'mdx'> = {
    kind,
    about: page.about ?? false,
    baseurl: run.baseurl,
    url: run.siteUrl,
    site: run.siteVariables,
    page: pageVariables,
    collections,
    links: run.links,
    bodyLine: source.bodyLine,
    written: prepared.written,
    replacements,
  };
  let result = convertBody(prepared.text, { ...options, mdx: false });
  const mdx = result.components.size > 0;
  if (mdx) result = convertBody(prepared.text, { ...options, mdx: true });
  for (const l of result.leftovers) run.leftover(file, l.line, l.message, l.text);
  for (const n of result.notes) run.note(file, n.line, n.message);
  for (const r of result.references) run.references.push({ ...r, file });
  for (const [k, v] of result.counts) run.report.conversions.set(k, (run.report.conversions.get(k) ?? 0) + v);
  run.counted(counter);
  const body = result.text.trim() ? `\n${result.text}` : '';
  run.converted.set(file, target + (mdx ? '.mdx' : '.md'));
  run.emit(target + (mdx ? '.mdx' : '.md'), frontMatter + body, null);
}

/** `page` as Jekyll gave it to the file's Liquid: its front matter, with the address and (a post) the date of its name when the front matter has none. */
function jekyllPage(run: ImportRun, file: string, source: SourceFile, kind: string): Record<string, unknown> {
  const page = { ...source.data };
  if (page.url === undefined) {
    const url = run.links?.file(file);
    if (url) page.url = url;
  }
  const named = kind === 'post' ? POST_NAME.exec(path.basename(file)) : null;
  if (page.date === undefined && named) page.date = named[1];
  return page;
}

/** The file line of an offset of a body as written. */
export function lineAt(source: SourceFile, offset: number): number {
  return source.bodyLine + source.body.slice(0, offset).split('\n').length - 1;
}
