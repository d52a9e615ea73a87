import path from 'node:path';
import { parseYaml } from '../../content/yaml';
import { importCvData } from './import-cv';
import { copyFiles, importBibliography, keepForLater } from './import-files';
import { importNews } from './import-news';
import { findBlogIndex, importPage, listPages } from './import-pages';
import { importPosts } from './import-posts';
import { importProjects } from './import-projects';
import { ImportRun, SiteReadError, type ImportOptions } from './import-run';
import { writeOutputs } from './import-write';
import { JekyllFiles } from './jekyll';
import type { ImportReport } from './report';
import { siteYaml } from './site-config';
import { siteLinks } from './site-links';

export { SiteReadError, type ImportOptions } from './import-run';
export { EditedContentError } from './import-write';
export type { ImportReport, Leftover, Note, Written } from './report';

/**
 * Imports an al-folio (Jekyll) site into a Folio project: what Jekyll would
 * build, and nothing it would not. The import replaces content/ and public/:
 * what was there (the shipped example, or with `force` the author's own
 * files) is moved to a backup folder, never deleted. Running it twice
 * writes the same bytes.
 */
export function importAlFolio(options: ImportOptions): ImportReport {
  const run = new ImportRun(options);
  const configFile = path.join(run.site, '_config.yml');
  const configText = run.reader.text('_config.yml');
  if (configText === null) {
    const link = run.reader.refused.find((r) => r.link === '_config.yml');
    throw new SiteReadError(`${run.site} is not an al-folio site: ${link ? `its _config.yml is a symbolic link out of the site (to ${link.target}), refused` : 'it has no _config.yml'}`);
  }
  const config = parseYaml(configText, configFile, run.log);
  if (!config) {
    const first = run.log.issues[0]!;
    throw new SiteReadError(`${first.file}:${first.line}:${first.column}  ${first.message}`);
  }
  run.jekyll = new JekyllFiles(run.reader, config.data);
  run.config = config.data;
  run.configLine = config.lineOf;

  const socials = run.readData('socials');
  run.repositories = run.readData('repositories')?.data;
  run.report.layout = socials || (config.data.al_folio as { api_version?: number } | undefined)?.api_version ? 'v1' : 'v0';

  const pages = listPages(run);
  const blogIndex = findBlogIndex(run, pages);
  const blogPagination = (blogIndex && run.read(blogIndex)?.data.pagination) as { per_page?: unknown } | undefined;
  const site = siteYaml({
    config: config.data,
    configLine: config.lineOf,
    socials: socials?.data,
    socialsLine: socials?.lineOf,
    blogPagePerPage: typeof blogPagination?.per_page === 'number' ? blogPagination.per_page : undefined,
  });
  run.baseurl = site.baseurl;
  run.siteUrl = site.url;
  run.siteName = site.name;
  run.siteVariables = { ...config.data, title: site.title, baseurl: '' };
  for (const n of site.notes) {
    if (n.leftover) run.leftover(n.file, n.line, n.message);
    else run.note(n.file, n.line, n.message);
  }
  run.report.notCarried = site.notCarried;
  run.emit('content/site.yml', site.text, 'site settings');
  const favicon = typeof config.data.icon === 'string' && /\.\w+$/.test(config.data.icon) ? config.data.icon : null;
  if (favicon) run.references.push({ file: '_config.yml', line: config.lineOf(['icon']), path: favicon.startsWith('/') ? favicon.slice(1) : `assets/img/${favicon}` });

  // v1 lists the CV's PDF among the social icons; Folio shows it on the CV page (its `cv_pdf`). The file comes along.
  if (typeof socials?.data.cv_pdf === 'string' && !/^[a-z]+:/i.test(socials.data.cv_pdf)) {
    const line = socials.lineOf(['cv_pdf']);
    run.references.push({ file: '_data/socials.yml', line, path: socials.data.cv_pdf.replace(/^\//, '') });
    run.note('_data/socials.yml', line, "the CV's PDF icon: Folio shows the PDF on the CV page (`cv_pdf` in its front matter), not among the social icons");
  }
  run.links = siteLinks(run, pages);
  const cvFormats = importCvData(run);
  for (const file of pages) importPage(run, file, cvFormats, blogIndex);
  importPosts(run);
  importNews(run);
  importProjects(run);
  importBibliography(run, config.data);
  keepForLater(run, config.data);
  copyFiles(run);

  // Errors reading the site's YAML are left for the author; warnings (YAML 1.1's `yes`, read as true) are notes.
  for (const issue of run.log.issues) {
    const message = `${issue.message}${issue.fix ? ` (${issue.fix})` : ''}`;
    if (issue.severity === 'error') run.leftover(issue.file, issue.line, message);
    else run.note(issue.file, issue.line, message);
  }
  run.report.refused = run.reader.refused;
  writeOutputs(run);
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
  run.report.leftovers.sort(byPlace);
  run.report.notes.sort(byPlace);
  run.report.skipped.sort((a, b) => a.file.localeCompare(b.file));
  return run.report;
}
