import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { IssueLog } from '../../issues';
import { parseContentDate } from '../../content/fields';
import { PAGE_LAYOUTS } from '../../content/schemas';
import { isOwnedRoute, routes } from '../../routing/urls';
import { readSourceFile, type SourceFile } from '../../content/source-file';
import { parseYaml } from '../../content/yaml';
import { convertBody, type FileReference } from './body';
import { isOlderCv, olderCvToRenderCv } from './cv-data';
import { backupFolder, exampleManifest, isExampleFile, moveAside, projectFiles } from './example';
import { FrontMatter } from './front-matter';
import { JekyllFiles, MARKDOWN, POST_NAME } from './jekyll';
import { liquidTokens } from './liquid';
import { standardReplacements } from './pages';
import { siteYaml, type NotCarried } from './site-config';
import { carriedDataFiles, carriedSettings, carriedTeachings, listingLayout } from './services';

/**
 * Imports an al-folio (Jekyll) site into a Folio project: what Jekyll would
 * build, and nothing it would not. The import replaces content/ and public/:
 * what was there (the shipped example, or with `force` the author's own
 * files) is moved to a backup folder, never deleted. Running it twice
 * writes the same bytes.
 */

export type ImportOptions = {
  /** The al-folio site (the folder with _config.yml). */
  site: string;
  /** The Folio project root: content/ and public/ are written under it. */
  out: string;
  /** Move aside content the author edited (it is refused otherwise). */
  force?: boolean;
  /** "Now", for deciding which posts are future-dated and naming the backup folder (tests pin it). */
  now?: Date;
};

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
};

export class SiteReadError extends Error {}

/** The project holds content the author edited: the import would move it aside, and does so only with `force`. */
export class EditedContentError extends Error {
  constructor(readonly files: string[]) {
    const shown = files.slice(0, 8).map((f) => `  ${f}`);
    if (files.length > 8) shown.push(`  ... and ${files.length - 8} more`);
    super(
      [
        `content/ and public/ hold files that are not Folio's shipped example (you edited or added them), and the import would replace them:`,
        ...shown,
        'Nothing was written. To import anyway, run again with --force: these files are moved to a folio-content-backup-<date> folder (never deleted).',
        'Or import into another folder: --out ../my-new-site',
      ].join('\n'),
    );
  }
}

type Output = { path: string; data: string | Buffer };

const POST_LAYOUTS = ['post', 'distill', 'default'];

export function importAlFolio(options: ImportOptions): ImportReport {
  return new Importer(options).run();
}

class Importer {
  private readonly site: string;
  private readonly out: string;
  private readonly now: Date;
  private readonly log: IssueLog;
  private jekyll!: JekyllFiles;
  private config: Record<string, unknown> = {};
  private configLine: (keys: ReadonlyArray<string | number>) => number = () => 1;
  private baseurl = '';
  /** The author's full name, as site.yml has it. */
  private siteName = '';
  /** `{{ site.x }}`: _config.yml's values. */
  private siteVariables: Record<string, unknown> = {};
  private repositories: Record<string, unknown> | undefined;
  private readonly outputs = new Map<string, Output>();
  private readonly references: (FileReference & { file: string })[] = [];
  private readonly report: ImportReport;

  constructor(private readonly options: ImportOptions) {
    this.site = path.resolve(options.site);
    this.out = path.resolve(options.out);
    this.now = options.now ?? new Date();
    this.log = new IssueLog(this.site);
    this.report = {
      site: this.site,
      out: this.out,
      layout: 'v1',
      files: new Map(),
      conversions: new Map(),
      written: [],
      skipped: [],
      notes: [],
      leftovers: [],
      notCarried: [],
    };
  }

  run(): ImportReport {
    const configFile = path.join(this.site, '_config.yml');
    if (!fs.existsSync(configFile)) throw new SiteReadError(`${this.site} is not an al-folio site: it has no _config.yml`);
    const config = parseYaml(fs.readFileSync(configFile, 'utf8'), configFile, this.log);
    if (!config) {
      const first = this.log.issues[0]!;
      throw new SiteReadError(`${first.file}:${first.line}:${first.column}  ${first.message}`);
    }
    this.jekyll = new JekyllFiles(this.site, config.data);
    this.config = config.data;
    this.configLine = config.lineOf;

    const socials = this.readData('socials');
    this.repositories = this.readData('repositories')?.data;
    this.report.layout = socials || (config.data.al_folio as { api_version?: number } | undefined)?.api_version ? 'v1' : 'v0';

    const pages = this.listPages();
    const blogPage = pages.map((file) => ({ file, source: this.read(file) })).find(({ source }) => permalinkOf(source) === routes.blogIndex);
    const blogPagination = blogPage?.source?.data.pagination as { per_page?: unknown } | undefined;
    const site = siteYaml({
      config: config.data,
      configLine: config.lineOf,
      socials: socials?.data,
      socialsLine: socials?.lineOf,
      blogPagePerPage: typeof blogPagination?.per_page === 'number' ? blogPagination.per_page : undefined,
    });
    this.baseurl = site.baseurl;
    this.siteName = site.name;
    this.siteVariables = { ...config.data, title: site.title, baseurl: '' };
    for (const n of site.notes) {
      if (n.leftover) this.leftover(n.file, n.line, n.message);
      else this.note(n.file, n.line, n.message);
    }
    this.report.notCarried = site.notCarried;
    // Analytics, giscus, external_sources (./services.ts).
    const services = carriedSettings(config.data, config.lineOf);
    services.notes.forEach((n) => this.note(n.file, n.line, n.message));
    services.leftovers.forEach((n) => this.leftover(n.file, n.line, n.message));
    this.emit('content/site.yml', site.text + services.yaml, 'site settings');
    const favicon = typeof config.data.icon === 'string' && /\.\w+$/.test(config.data.icon) ? config.data.icon : null;
    if (favicon) this.references.push({ file: '_config.yml', line: config.lineOf(['icon']), path: favicon.startsWith('/') ? favicon.slice(1) : `assets/img/${favicon}` });

    // v1 lists the CV's PDF among the social icons; Folio shows it on the CV page (its `cv_pdf`). The file comes along.
    if (typeof socials?.data.cv_pdf === 'string' && !/^[a-z]+:/i.test(socials.data.cv_pdf)) {
      const line = socials.lineOf(['cv_pdf']);
      this.references.push({ file: '_data/socials.yml', line, path: socials.data.cv_pdf.replace(/^\//, '') });
      this.note('_data/socials.yml', line, "the CV's PDF icon: Folio shows the PDF on the CV page (`cv_pdf` in its front matter), not among the social icons");
    }
    const cvFormats = this.importCvData();
    for (const file of pages) this.importPage(file, cvFormats);
    this.importPosts();
    this.importNews();
    this.importProjects();
    this.importCarriedFiles();
    this.importBibliography(config.data);
    this.keepForLater(config.data);
    this.copyFiles();

    // Errors reading the site's YAML are left for the author; warnings (YAML 1.1's `yes`, read as true) are notes.
    for (const issue of this.log.issues) {
      const message = `${issue.message}${issue.fix ? ` (${issue.fix})` : ''}`;
      if (issue.severity === 'error') this.leftover(issue.file, issue.line, message);
      else this.note(issue.file, issue.line, message);
    }
    this.write();
    const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) => a.file.localeCompare(b.file) || a.line - b.line;
    this.report.leftovers.sort(byPlace);
    this.report.notes.sort(byPlace);
    this.report.skipped.sort((a, b) => a.file.localeCompare(b.file));
    return this.report;
  }

  // ---- reading --------------------------------------------------------------

  private readonly sources = new Map<string, SourceFile | null>();

  /** A site file split into front matter and body; a YAML error is reported once, with its line. */
  private read(file: string): SourceFile | null {
    if (!this.sources.has(file)) this.sources.set(file, readSourceFile(path.join(this.site, file), this.log));
    return this.sources.get(file)!;
  }

  /** `_data/<name>.yml`, when the site has it. */
  private readData(name: string) {
    const file = path.join(this.site, '_data', `${name}.yml`);
    return fs.existsSync(file) ? parseYaml(fs.readFileSync(file, 'utf8'), file, this.log) : null;
  }

  private skip(file: string, reason: string) {
    this.report.skipped.push({ file, reason });
  }

  private note(file: string, line: number, message: string) {
    this.report.notes.push({ file, line, message });
  }

  private leftover(file: string, line: number, message: string, text = '') {
    this.report.leftovers.push({ file, line, text, message });
  }

  private counted(kind: string, n = 1) {
    this.report.files.set(kind, (this.report.files.get(kind) ?? 0) + n);
  }

  /** Markdown pages: `_pages/**` and, as Jekyll builds them, Markdown files with front matter at the site root. */
  private listPages(): string[] {
    // `_pages/` starts with `_`: Jekyll reads it only because al-folio's `include` lists it.
    const included = this.jekyll.whySkipped('_pages') === null;
    if (!included && fs.existsSync(path.join(this.site, '_pages'))) this.skip('_pages/', 'Jekyll skips it: `include` in _config.yml does not list _pages');
    const { files, skipped } = included ? this.jekyll.walk('_pages') : { files: [], skipped: [] };
    skipped.forEach((s) => this.skip(s.file, s.reason));
    const pages = files.filter((f) => {
      if (MARKDOWN.test(f)) return true;
      this.skip(f, 'not a Markdown page: rewrite it as content/pages/*.mdx by hand');
      return false;
    });
    for (const entry of fs.readdirSync(this.site).sort()) {
      if (!MARKDOWN.test(entry) || !fs.statSync(path.join(this.site, entry)).isFile()) continue;
      // Without front matter Jekyll copies the file as it is: not a page.
      if (!/^---\s*$/.test(fs.readFileSync(path.join(this.site, entry), 'utf8').split('\n')[0] ?? '')) continue;
      const why = this.jekyll.whySkipped(entry);
      if (why) this.skip(entry, why);
      else pages.push(entry);
    }
    if (fs.existsSync(path.join(this.site, '_drafts'))) this.skip('_drafts/', 'Jekyll builds drafts only with --drafts');
    return pages;
  }

  // ---- the CV -----------------------------------------------------------------

  /**
   * al-folio's CV data: `_data/cv.yml` (RenderCV, al-folio v1) →
   * content/cv.yml, and the JSON Resume jekyll-get-json reads
   * (`assets/json/resume.json`) → content/resume.json. Returns the formats
   * written, in al-folio's order of preference.
   */
  private importCvData(): ('rendercv' | 'jsonresume')[] {
    const formats: ('rendercv' | 'jsonresume')[] = [];
    const cv = '_data/cv.yml';
    let olderCv = false;
    let olderData: unknown;
    if (this.jekyll.exists(cv)) {
      const doc = YAML.parseDocument(fs.readFileSync(path.join(this.site, cv), 'utf8'));
      const data: unknown = doc.errors.length === 0 ? doc.toJS() : null;
      if (doc.errors.length > 0) {
        this.leftover(cv, doc.errors[0]!.linePos?.[0].line ?? 1, `not valid YAML (${doc.errors[0]!.message.split('\n')[0]}): the CV was not imported`);
      } else if (data && typeof data === 'object' && 'cv' in data) {
        this.emit('content/cv.yml', fs.readFileSync(path.join(this.site, cv)), 'CV');
        formats.push('rendercv');
      } else {
        this.emit('content/_imported/cv.yml', fs.readFileSync(path.join(this.site, cv)), 'kept for later');
        olderCv = true;
        olderData = data;
      }
    }
    const getJson = Array.isArray(this.config.jekyll_get_json) ? (this.config.jekyll_get_json as { data?: unknown; json?: unknown }[]) : [];
    const declared = getJson.find((entry) => entry?.data === 'resume')?.json;
    const resume = typeof declared === 'string' && !/^[a-z]+:\/\//i.test(declared) ? declared.replace(/^\//, '') : 'assets/json/resume.json';
    if (this.jekyll.exists(resume) && !this.jekyll.whySkipped(resume)?.startsWith('excluded')) {
      this.emit('content/resume.json', fs.readFileSync(path.join(this.site, resume)), 'CV');
      formats.push('jsonresume');
    }
    // al-folio's older CV format (a list of `title`/`type`/`contents` sections): al-folio showed the JSON Resume instead when there was one.
    const older = "_data/cv.yml is al-folio's older CV format (a list of `title`/`type`/`contents` sections)";
    if (olderCv && formats.includes('jsonresume')) this.note(cv, 1, `${older}, kept in content/_imported/cv.yml: the CV page shows ${resume}, as al-folio did`);
    else if (olderCv && olderData && isOlderCv(olderData)) {
      const converted = olderCvToRenderCv(olderData, this.siteName);
      const header = "# al-folio's older CV (_data/cv.yml), written in RenderCV's form by npm run import:al-folio;\n# the original is in content/_imported/cv.yml.\n";
      this.emit('content/cv.yml', header + YAML.stringify(converted, { lineWidth: 0 }), 'CV');
      formats.push('rendercv');
      this.note(cv, 1, `${older}: written in RenderCV's form as content/cv.yml (maps → label/details, lists → bullets, time tables → entries with dates); the original is kept in content/_imported/cv.yml`);
    } else if (olderCv) this.leftover(cv, 1, `${older}, kept in content/_imported/cv.yml: Folio reads RenderCV's form (\`cv:\` with \`sections:\`) or JSON Resume; rewrite it as content/cv.yml`);
    return formats;
  }

  // ---- pages, posts, news ------------------------------------------------

  private importPage(file: string, cvFormats: ('rendercv' | 'jsonresume')[]) {
    const source = this.read(file);
    const name = flatName(file, '_pages/');
    if (!source) return this.copyUnconverted(file, `content/pages/${name}`, 'pages');
    const permalink = permalinkOf(source);
    if (source.data.published === false || isFalse(source.data.published)) return this.skip(file, '`published: false`: Jekyll does not build it');
    if (permalink === '/404.html' || permalink === '/404/' || /^404\./.test(path.basename(file))) {
      return this.skip(file, 'the 404 page: Folio has its own (app/not-found.tsx)');
    }
    if (source.data.dropdown === true) {
      const children = Array.isArray(source.data.children) ? (source.data.children as { title?: unknown; permalink?: unknown }[]) : [];
      const links = children.filter((c) => typeof c?.permalink === 'string').map((c) => `${String(c.title)} (${String(c.permalink)})`);
      this.skip(file, 'a menu of the header (`dropdown: true`), not a page');
      return this.leftover(file, source.lineOf(['dropdown']), `header submenu: Folio's header has no submenus; give the pages it lists \`nav: true\` instead${links.length ? `: ${links.join(', ')}` : ''}`);
    }
    const frontMatter = new FrontMatter(frontMatterText(source));
    if (permalink === routes.blogIndex) {
      // al-folio's blog page is a Liquid template that lists the posts; Folio's blog index does that.
      if (source.data.layout !== 'blog') frontMatter.set('layout', 'blog');
      this.note(file, source.lineOf(['layout']), 'the blog index: `layout: blog` (Folio lists the posts itself; the Liquid template was left out)');
      this.counted('pages');
      return this.emit(`content/pages/${name}.md`, frontMatter.toString(), null);
    }
    if (permalink && isOwnedRoute(permalink))
      this.note(file, source.lineOf(['permalink']), `titles Folio's ${permalink} page (its title, description and text go above the list Folio makes)`);

    let layout = typeof source.data.layout === 'string' ? source.data.layout : undefined;
    if (layout !== undefined && !(PAGE_LAYOUTS as readonly string[]).includes(layout)) {
      const mapped = this.customLayout(layout, source);
      this.note(file, source.lineOf(['layout']), `layout \`${layout}\` is the site's own (${mapped.why}): imported as \`layout: ${mapped.layout}\``);
      frontMatter.set('layout', mapped.layout);
      layout = mapped.layout;
    }
    if (typeof source.data.redirect === 'string' && source.data.redirect)
      this.leftover(file, source.lineOf(['redirect']), '`redirect:` pages are not supported: link to the address from another page instead');
    if (layout === 'cv') this.cvPage(file, source, frontMatter, cvFormats);
    if (layout === 'profiles' && Array.isArray(source.data.profiles))
      this.leftover(file, source.lineOf(['profiles']), '`layout: profiles`: Folio shows the page, not the people its `profiles:` list; write them into the text (a <Figure> and a paragraph each)');
    this.frontMatterFiles(file, source, ['profile', 'image'], 'assets/img/');
    this.frontMatterFiles(file, source, ['cv_pdf'], 'assets/pdf/');
    // al-folio's teaching and repositories templates: Folio's layout lists the courses or the cards (./services.ts).
    const listing = listingLayout(source.body);
    if (listing) {
      frontMatter.set('layout', listing.layout);
      this.note(file, source.lineOf(['layout']), `\`layout: ${listing.layout}\`: Folio lists the ${listing.layout === 'teaching' ? 'courses' : 'GitHub cards'} itself (al-folio's Liquid template was left out)`);
      layout = listing.layout;
    }
    this.convert(file, listing ? { ...source, body: listing.body } : source, 'page', `content/pages/${name}`, 'pages', { about: layout === 'about', layout: layout ?? 'page', permalink, frontMatter });
  }

  /**
   * A layout the site defines itself (`_layouts/home.liquid`, a copy of
   * al-folio's about): mapped by what it renders. A layout built on one of
   * al-folio's keeps that one; a page with a `profile` is the about page.
   */
  private customLayout(layout: string, source: SourceFile): { layout: string; why: string } {
    const file = ['liquid', 'html'].map((ext) => `_layouts/${layout}.${ext}`).find((f) => this.jekyll.exists(f));
    const text = file ? fs.readFileSync(path.join(this.site, file), 'utf8') : '';
    const parent = /^---\s*\n[\s\S]*?^layout:\s*["']?([\w-]+)["']?\s*$[\s\S]*?^---/m.exec(text)?.[1];
    if (source.data.profile !== undefined || /\bpage\.profile\b/.test(text)) return { layout: 'about', why: 'it shows a profile' };
    if (parent && parent !== 'default' && (PAGE_LAYOUTS as readonly string[]).includes(parent)) return { layout: parent, why: `${file} builds on \`${parent}\`` };
    return { layout: 'page', why: file ? `${file} renders a page` : 'no such layout in _layouts/' };
  }

  /** A `layout: cv` page: the CV file al-folio would show is named when both exist. */
  private cvPage(file: string, source: SourceFile, frontMatter: FrontMatter, formats: ('rendercv' | 'jsonresume')[]) {
    const format = source.data.cv_format;
    if (format === undefined && formats.length > 1) {
      // al-folio's cv layout prefers RenderCV when both are there.
      frontMatter.set('cv_format', formats[0]!);
      this.note(file, source.lineOf(['layout']), `the site has both CV files: \`cv_format: ${formats[0]}\` added, the one al-folio showed`);
    } else if (formats.length === 0) {
      this.leftover(file, source.lineOf(['layout']), 'a CV page, but the site has no CV data (_data/cv.yml or assets/json/resume.json): write content/cv.yml');
    }
  }

  private importPosts() {
    const { files, skipped } = this.jekyll.walk('_posts');
    skipped.forEach((s) => this.skip(s.file, s.reason));
    for (const file of files) {
      const match = POST_NAME.exec(path.basename(file));
      if (!match) {
        this.skip(file, 'not named YYYY-MM-DD-title.md: Jekyll does not build it as a post');
        continue;
      }
      const source = this.read(file);
      const name = `${match[1]}-${match[2]}`;
      if (!source) {
        this.copyUnconverted(file, `content/blog/${name}`, 'posts');
        continue;
      }
      const written = source.data.date;
      const date = typeof written === 'string' || written instanceof Date ? parseContentDate(written) : parseContentDate(match[1]!);
      const frontMatter = new FrontMatter(frontMatterText(source));
      if (source.data.published === false || isFalse(source.data.published))
        this.note(file, source.lineOf(['published']), '`published: false`: imported as a draft (shown only in `npm run dev`)');
      else if (date && new Date(date.iso) > this.now && source.data.draft === undefined) {
        frontMatter.set('draft', true);
        this.note(file, source.lineOf(['date']), 'dated in the future (Jekyll does not build it yet): imported as a draft, `draft: true` added');
      }
      const layout = source.data.layout;
      if (typeof layout === 'string' && !POST_LAYOUTS.includes(layout)) {
        frontMatter.set('layout', 'post');
        this.note(file, source.lineOf(['layout']), `layout \`${layout}\` is the site's own: imported as \`layout: post\``);
      }
      if (typeof source.data.permalink === 'string')
        this.leftover(file, source.lineOf(['permalink']), `post permalink \`${source.data.permalink}\`: Folio serves every post at /blog/YEAR/SLUG/`);
      this.frontMatterFiles(file, source, ['thumbnail'], '');
      this.convert(file, source, 'post', `content/blog/${name}`, 'posts', { frontMatter });
    }
  }

  private importNews() {
    if (!this.collection('news')) return;
    for (const { file, source, name } of this.publishedMarkdown('_news', 'news', (file) => path.basename(file).replace(MARKDOWN, ''))) {
      this.convert(file, source, 'news', `content/news/${name}`, 'news');
    }
  }

  /** al-folio's `_projects` collection → content/projects/, front matter as it is. */
  private importProjects() {
    if (!this.collection('projects')) return;
    for (const { file, source, name } of this.publishedMarkdown('_projects', 'projects', (file) => flatName(file, '_projects/'))) {
      this.frontMatterFiles(file, source, ['img'], '');
      this.convert(file, source, 'page', `content/projects/${name}`, 'projects');
    }
  }

  /**
   * The Markdown files of a collection Jekyll would build, read, with their
   * name in content/<counter>/: what is no Markdown or has `published: false`
   * is reported as skipped, and a file whose front matter cannot be read is
   * copied unconverted (and reported).
   */
  private *publishedMarkdown(folder: string, counter: string, nameOf: (file: string) => string): Generator<{ file: string; source: SourceFile; name: string }> {
    const { files, skipped } = this.jekyll.walk(folder);
    skipped.forEach((s) => this.skip(s.file, s.reason));
    for (const file of files) {
      if (!MARKDOWN.test(file)) {
        this.skip(file, 'not a Markdown file');
        continue;
      }
      const source = this.read(file);
      const name = nameOf(file);
      if (!source) {
        this.copyUnconverted(file, `content/${counter}/${name}`, counter);
        continue;
      }
      if (source.data.published === false || isFalse(source.data.published)) {
        this.skip(file, '`published: false`: Jekyll does not build it');
        continue;
      }
      yield { file, source, name };
    }
  }

  /** Converts a body; the file is `.mdx` when it needs components, else `.md`. */
  private convert(
    file: string,
    source: SourceFile,
    kind: 'page' | 'post' | 'news',
    target: string,
    counter: string,
    page: { about?: boolean; layout?: string; permalink?: string; frontMatter?: FrontMatter } = {},
  ) {
    const frontMatter = (page.frontMatter ?? new FrontMatter(frontMatterText(source))).toString();
    let replacements;
    if (kind === 'page') {
      const standard = standardReplacements(source.body, liquidTokens(source.body), {
        data: source.data,
        layout: page.layout ?? 'page',
        permalink: page.permalink,
        about: page.about ?? false,
        repositories: this.repositories,
      });
      replacements = standard.replacements;
      for (const n of standard.notes) this.note(file, lineAt(source, n.at), n.message);
    }
    const options = { kind, about: page.about ?? false, baseurl: this.baseurl, site: this.siteVariables, page: source.data, bodyLine: source.bodyLine, replacements };
    let result = convertBody(source.body, { ...options, mdx: false });
    const mdx = result.components.size > 0;
    if (mdx) result = convertBody(source.body, { ...options, mdx: true });
    for (const l of result.leftovers) this.leftover(file, l.line, l.message, l.text);
    for (const r of result.references) this.references.push({ ...r, file });
    for (const [k, v] of result.counts) this.report.conversions.set(k, (this.report.conversions.get(k) ?? 0) + v);
    this.counted(counter);
    const body = result.text.trim() ? `\n${result.text}` : '';
    this.emit(target + (mdx ? '.mdx' : '.md'), frontMatter + body, null);
  }

  /** A file whose front matter is not valid YAML: copied as it is, for the author (the report has the line). */
  private copyUnconverted(file: string, target: string, counter: string) {
    this.counted(counter);
    this.emit(target.replace(MARKDOWN, '') + '.md', fs.readFileSync(path.join(this.site, file)), null);
  }

  /** A front-matter key naming a site file (`profile.image`, `thumbnail`, `cv_pdf`, a project's `img`): the file is copied. */
  private frontMatterFiles(file: string, source: SourceFile, keys: string[], base: string) {
    let value: unknown = source.data;
    for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'string' || !value || /^[a-z]+:|^\/\//i.test(value)) return;
    const prefix = this.baseurl.replace(/^\//, '');
    // al-folio reads a bare name in `base` (`prof_pic.jpg` in assets/img/); some sites write the path from the root.
    const candidates = (value.startsWith('/') ? [value.slice(1)] : [base + value, value]).map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c));
    const relative = candidates.find((c) => this.jekyll.exists(c)) ?? candidates[0]!;
    this.references.push({ file, line: source.lineOf(keys), path: relative });
  }

  /** A collection's folder (`_news/`) is read only when _config.yml declares the collection. */
  private collection(name: string): boolean {
    const declared = Object.hasOwn((this.config.collections ?? {}) as object, name);
    if (!declared && fs.existsSync(path.join(this.site, `_${name}`))) this.skip(`_${name}/`, `Jekyll skips it: \`collections\` in _config.yml does not declare ${name}`);
    return declared;
  }

  // ---- bibliography, kept files, assets -------------------------------------

  private importBibliography(config: Record<string, unknown>) {
    const scholar = (config.scholar ?? {}) as { source?: unknown; bibliography?: unknown };
    const folder = typeof scholar.source === 'string' ? scholar.source.replace(/^\/|\/$/g, '') : '_bibliography';
    const name = typeof scholar.bibliography === 'string' ? scholar.bibliography : 'papers.bib';
    const bib = `${folder}/${name.endsWith('.bib') ? name : `${name}.bib`}`;
    if (!this.jekyll.exists(bib)) return this.note(bib, 1, 'no bibliography: content/publications.bib is not written');
    const bytes = fs.readFileSync(path.join(this.site, bib));
    this.emit('content/publications.bib', bytes, 'publications');
    // al-folio finds an entry's local files by name: previews in assets/img/publication_preview/, the rest in assets/pdf/.
    const FILE_FIELD = /^\s*(pdf|supp|poster|slides|preview)\s*=\s*[{"]\s*([^}"]*?)\s*[}"]/gim;
    const text = bytes.toString('utf8');
    for (const m of text.matchAll(FILE_FIELD)) {
      const [, field, value] = m as unknown as [string, string, string];
      if (!value || /^[a-z]+:|^\/\//i.test(value)) continue;
      const folder = field.toLowerCase() === 'preview' ? 'assets/img/publication_preview/' : 'assets/pdf/';
      const line = text.slice(0, m.index).split('\n').length;
      this.references.push({ file: bib, line, path: value.startsWith('/') ? value.slice(1) : folder + value });
    }
  }

  /** Collections Folio has no place for (books, teachings, ...): copied to content/_imported/ as they are, each a leftover. */
  private keepForLater(config: Record<string, unknown>) {
    const collections = Object.keys((config.collections ?? {}) as Record<string, unknown>).filter((c) => !['posts', 'news', 'projects', 'teachings'].includes(c));
    for (const name of collections) {
      if (!this.collection(name)) continue;
      const { files, skipped } = this.jekyll.walk(`_${name}`);
      skipped.forEach((s) => this.skip(s.file, s.reason));
      if (files.length === 0) continue;
      for (const file of files) this.emit(`content/_imported/${file.slice(1)}`, fs.readFileSync(path.join(this.site, file)), 'kept for later');
      this.leftover(
        '_config.yml',
        this.configLine(['collections', name]),
        `the \`${name}\` collection (${files.length} file${files.length === 1 ? '' : 's'}): Folio has no ${name} pages; kept in content/_imported/${name}/, move what you want into pages`,
      );
    }
  }

  /** `_teachings`, `_data/repositories.yml` and `CNAME` (./services.ts); al-folio's demo ones left out. */
  private importCarriedFiles() {
    const teachings = this.collection('teachings') ? this.jekyll.walk('_teachings') : { files: [], skipped: [] };
    teachings.skipped.forEach((s) => this.skip(s.file, s.reason));
    const courses = carriedTeachings(this.site, teachings.files);
    const data = carriedDataFiles(this.site);
    for (const f of [...courses.files, ...data.files]) this.emit(f.target, f.data, f.target.startsWith('content/teaching/') ? 'courses' : f.from);
    for (const file of [...courses.demo, ...data.demo]) this.skip(file, "al-folio's demo content");
    if (courses.files.length > 0) this.counted('courses', courses.files.length);
  }

  /** assets/img/**, and every other site file the converted content links to, into public/ under the same path. */
  private copyFiles() {
    const { files, skipped } = this.jekyll.walk('assets/img');
    skipped.forEach((s) => this.skip(s.file, s.reason));
    const copied = new Set(files);
    for (const file of files) this.emit(`public/${file}`, fs.readFileSync(path.join(this.site, file)), 'files');
    const seen = new Set<string>();
    for (const ref of this.references) {
      if (copied.has(ref.path)) continue;
      if (/\.html?$/.test(ref.path)) continue;
      const why = this.jekyll.exists(ref.path) ? this.jekyll.whySkipped(ref.path) : 'missing';
      if (why) {
        const message =
          why === 'missing'
            ? `\`/${ref.path}\` is not a file of the site: add it to public/${ref.path} or fix the link`
            : `\`/${ref.path}\` is not part of the built site (${why})`;
        this.leftover(ref.file, ref.line, message);
        continue;
      }
      if (seen.has(ref.path)) continue;
      seen.add(ref.path);
      this.emit(`public/${ref.path}`, fs.readFileSync(path.join(this.site, ref.path)), 'files');
    }
  }

  // ---- writing ---------------------------------------------------------------

  private emit(target: string, data: string | Buffer, kind: string | null) {
    if (this.outputs.has(target)) {
      this.leftover(target, 1, `two site files become ${target}: only the first was imported`);
      return;
    }
    this.outputs.set(target, { path: target, data });
    if (kind) this.counted(kind);
  }

  /**
   * The import replaces content/ and public/. Files that are already as
   * the import writes them stay; the others are moved to a backup folder:
   * without asking when they are the shipped example, with `force` when the
   * author made them (else nothing is written).
   */
  private write() {
    const bytesOf = (output: Output) => (typeof output.data === 'string' ? Buffer.from(output.data) : output.data);
    const same = (file: string) => {
      const output = this.outputs.get(file);
      return output !== undefined && fs.readFileSync(path.join(this.out, file)).equals(bytesOf(output));
    };
    const stale = projectFiles(this.out).filter((file) => !same(file));
    const manifest = exampleManifest();
    const own = stale.filter((file) => !isExampleFile(this.out, file, manifest));
    if (own.length > 0 && !this.options.force) throw new EditedContentError(own);
    if (stale.length > 0) {
      const folder = backupFolder(this.out, this.now, own.length === 0);
      moveAside(this.out, stale, folder);
      this.report.backup = { folder, files: stale, example: own.length === 0 };
    }
    for (const output of [...this.outputs.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const file = path.join(this.out, output.path);
      if (fs.existsSync(file)) {
        this.report.written.push({ path: output.path, status: 'unchanged' });
        continue;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytesOf(output));
      this.report.written.push({ path: output.path, status: 'created' });
    }
  }
}

function permalinkOf(source: SourceFile | null): string | undefined {
  const p = source?.data.permalink;
  return typeof p === 'string' ? (p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`) : undefined;
}

/** YAML 1.1's false, as Jekyll reads it (`published: no`). */
function isFalse(value: unknown): boolean {
  return typeof value === 'string' && /^(n|no|false|off)$/i.test(value.trim());
}

/** The front matter exactly as written, `---` lines included (empty when there is none). */
function frontMatterText(source: SourceFile): string {
  const text = fs.readFileSync(source.path, 'utf8');
  const prefix = text.slice(0, text.length - source.body.length);
  return prefix ? prefix.replace(/\n*$/, '\n') : '';
}

/** The file line of a body offset. */
function lineAt(source: SourceFile, offset: number): number {
  return source.bodyLine + source.body.slice(0, offset).split('\n').length - 1;
}

/** `_pages/teaching/fall.md` → `teaching-fall`. */
function flatName(file: string, prefix: string): string {
  return file
    .replace(prefix, '')
    .replace(MARKDOWN, '')
    .split('/')
    .join('-');
}
