import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../content/yaml';
import { routes } from '../../routing/urls';
import { importCvData } from './import-cv';
import { copyFiles, importBibliography, importCarriedFiles, importPublicationData, keepForLater } from './import-files';
import { importNews } from './import-news';
import { findBlogIndex, importPage, listPages } from './import-pages';
import { importPosts } from './import-posts';
import { importProjects } from './import-projects';
import { flatName, ImportRun, permalinkOf, SiteReadError, type ImportOptions } from './import-run';
import { writeOutputs } from './import-write';
import { keepOldAddresses } from './old-addresses';
import type { ImportReport } from './report';
import { siteYaml } from './site-config';
import { siteLinks } from './site-links';
import { Languages, languageVariables } from './languages';
import { reportTheme } from './theme';
import { demoSettings } from './demo-content';
import { isTrue } from './pages';
import { JekyllFiles, MARKDOWN, POST_NAME } from './jekyll';
import { carriedSettings } from './services';
import { importStyles } from './styles';

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
  run.report.layout = alFolioVersion(run, config.data);
  run.languages = Languages.of(config.data);
  const demoValues = demoSettings(config.data, config.lineOf);
  run.demo.settings(demoValues);

  const pages = listPages(run);
  const blogIndex = findBlogIndex(run, pages);
  const blogPagination = (blogIndex && run.read(blogIndex)?.data.pagination) as { per_page?: unknown } | undefined;
  const site = siteYaml({
    config: config.data,
    configLine: config.lineOf,
    socials: socials?.data,
    socialsLine: socials?.lineOf,
    blogPagePerPage: typeof blogPagination?.per_page === 'number' ? blogPagination.per_page : undefined,
    demo: run.demo.include ? [] : demoValues,
  });
  run.baseurl = site.baseurl;
  run.siteUrl = site.url;
  run.siteName = site.name;
  run.siteVariables = { ...config.data, title: site.title, baseurl: '', ...(run.languages ? languageVariables(run, run.languages) : {}) };
  for (const n of site.notes) {
    if (n.leftover) run.leftover(n.file, n.line, n.message);
    else run.note(n.file, n.line, n.message);
  }
  run.report.notCarried = site.notCarried;
  // Analytics, giscus, external_sources (./services.ts).
  const services = carriedSettings(config.data, config.lineOf);
  services.notes.forEach((n) => run.note(n.file, n.line, n.message));
  // al-folio shows Disqus only under the posts that switch it on: without one, no visitor saw any, and it is no leftover.
  const disqusShown = commentsOn(run).disqus > 0;
  for (const n of services.leftovers) {
    if (!disqusShown && n.line === config.lineOf(['disqus_shortname']) && n.message.startsWith('Disqus'))
      run.report.notCarried.push({ file: n.file, line: n.line, key: 'disqus_shortname', reason: 'comments no post switches on (`disqus_comments`)' });
    else run.leftover(n.file, n.line, n.message);
  }
  run.emit('content/site.yml', site.text + services.yaml, 'site settings');
  const favicon = typeof config.data.icon === 'string' && /\.\w+$/.test(config.data.icon) ? config.data.icon : null;
  if (favicon) run.references.push({ file: '_config.yml', line: config.lineOf(['icon']), path: favicon.startsWith('/') ? favicon.slice(1) : `assets/img/${favicon}` });

  // v1 lists the CV's PDF among the social icons; Folio shows it on the CV page (its `cv_pdf`). The file comes along.
  if (typeof socials?.data.cv_pdf === 'string' && !/^[a-z]+:/i.test(socials.data.cv_pdf)) {
    const line = socials.lineOf(['cv_pdf']);
    run.references.push({ file: '_data/socials.yml', line, path: socials.data.cv_pdf.replace(/^\//, '') });
    run.note('_data/socials.yml', line, "the CV's PDF icon: Folio shows the PDF on the CV page (`cv_pdf` in its front matter), not among the social icons");
  }
  for (const file of pages) {
    const source = run.read(file);
    run.pageAddresses.add(permalinkOf(source) ?? `/${flatName(file, '_pages/')}/`);
  }
  if (run.jekyll.walk('_posts').files.length > 0) run.pageAddresses.add(routes.blogIndex);
  run.links = siteLinks(run, pages);
  const cvFormats = importCvData(run);
  for (const file of pages) importPage(run, file, cvFormats, blogIndex);
  importPosts(run);
  importNews(run);
  importProjects(run);
  importCarriedFiles(run);
  // The theme colour and the fonts the site changed in _sass: content/styles.css, the font files in public/fonts/.
  const styles = importStyles(run.site, site.baseurl);
  for (const n of styles.notes) (n.leftover ? run.leftover : run.note).call(run, n.file, n.line, n.message);
  for (const font of styles.fonts) run.emit(font.to, fs.readFileSync(path.join(run.site, font.from)), 'files');
  if (styles.css) run.emit('content/styles.css', styles.css, null);
  importBibliography(run, config.data);
  importPublicationData(run);
  // What the site's stylesheets hold that was not carried (a file content/styles.css was made from has its own notes).
  reportTheme(run, new Set(styles.notes.map((n) => n.file)));
  keepForLater(run, config.data);
  // After every collection was walked: the note counts each other language's files.
  if (run.languages) languagesNote(run, run.languages);
  copyFiles(run);
  keepOldAddresses(run);

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

/**
 * al-folio v1 (2026) is a theme gem (`theme: al_folio_core`, no _layouts/ of
 * its own) with an `al_folio:` block; v0 sites carry the layouts in the
 * repository. `_data/socials.yml` came with v0.13, so it tells nothing.
 * Both import alike; the report names which it was.
 */
function alFolioVersion(run: ImportRun, config: Record<string, unknown>): 'v0' | 'v1' {
  const plugins = Array.isArray(config.plugins) ? config.plugins : [];
  const gem = config.theme === 'al_folio_core' || plugins.includes('al_folio_core') || /\bal_folio_core\b/.test(run.reader.text('Gemfile') ?? '');
  return gem || (config.al_folio as { api_version?: unknown } | undefined)?.api_version !== undefined ? 'v1' : 'v0';
}

/** How many of the posts, pages and projects Jekyll builds switch comments on: the comment settings matter only then. */
function commentsOn(run: ImportRun): { giscus: number; disqus: number } {
  const count = { giscus: 0, disqus: 0 };
  const files = ['_posts', '_pages', '_projects'].flatMap((folder) => run.jekyll.walk(folder).files);
  for (const file of files) {
    if (!MARKDOWN.test(file) || (file.startsWith('_posts/') && !POST_NAME.test(path.basename(file))) || run.isDemo(file)) continue;
    const data = run.read(file)?.data ?? {};
    if (isTrue(data.giscus_comments)) count.giscus++;
    if (isTrue(data.disqus_comments)) count.disqus++;
  }
  return count;
}

/** A multilingual site: one note on what was carried (the default language, whole) and what was not (each other language's files, listed as not imported). */
function languagesNote(run: ImportRun, languages: Languages) {
  for (const { name, kind } of run.reader.list('_i18n')) {
    const language = name.replace(/\.ya?ml$/, '');
    const file = `_i18n/${name}${kind === 'dir' ? '/' : ''}`;
    const main = language === languages.main;
    run.skip(file, `the theme's words in ${language} (nav titles, section names): Folio uses each page's own title${main ? ' (a `{% t key %}` in the text became its words)' : `, in ${languages.main}`}`);
  }
  const line = run.configLine(['languages']);
  if (languages.others.length === 0) return run.note('_config.yml', line, `one language (jekyll-polyglot): ${languages.main}, imported whole (its folders, \`_pages/${languages.main}/\`, dropped from the names)`);
  const others = languages.others.map((language) => {
    const files = run.report.skipped.filter((s) => s.reason.startsWith(`in ${language}:`) || s.file.startsWith(`_i18n/${language}.`) || s.file === `_i18n/${language}/`).length;
    return `${language} (${files} file${files === 1 ? '' : 's'}, listed under "Not imported"; jekyll-polyglot served it under /${language}/)`;
  });
  run.note('_config.yml', line, `a multilingual site (jekyll-polyglot): ${languages.main}, its default_lang, is imported whole; not carried: ${others.join(', ')}. Folio has one language per site`);
}
