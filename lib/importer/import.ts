import fs from 'node:fs';
import path from 'node:path';
import { IssueLog } from '../content/issues';
import { parseContentDate } from '../content/fields';
import { PAGE_LAYOUTS } from '../content/schemas';
import { parseYaml, readSourceFile, type SourceFile } from '../content/source-file';
import { convertBody, type FileReference } from './body';
import { JekyllFiles, MARKDOWN, POST_NAME } from './jekyll';
import { siteYaml } from './site-config';

/**
 * Imports an al-folio (Jekyll) site into a Folio project: what Jekyll would
 * build, and nothing it would not. Never overwrites a file that differs
 * unless `force`; running it twice writes the same bytes.
 */

export type ImportOptions = {
  /** The al-folio site (the folder with _config.yml). */
  site: string;
  /** The Folio project root: content/ and public/ are written under it. */
  out: string;
  force?: boolean;
  /** "Now", for deciding which posts are future-dated (tests pin it). */
  now?: Date;
};

export type Leftover = { file: string; line: number; text: string; message: string };
export type Note = { file: string; line: number; message: string };
/** A file the import wrote, or `kept` (not overwritten: it exists and differs, see `reason`). */
export type Written = { path: string; status: 'created' | 'unchanged' | 'overwritten' | 'kept'; reason?: string };

export type ImportReport = {
  site: string;
  out: string;
  layout: 'v0' | 'v1';
  /** Files imported, by kind: pages, posts, news, ... */
  files: Map<string, number>;
  /** What was converted inside them: figure, code block, citation, ... */
  conversions: Map<string, number>;
  written: Written[];
  skipped: { file: string; reason: string }[];
  notes: Note[];
  leftovers: Leftover[];
};

export class SiteReadError extends Error {}

type Output = { path: string; data: string | Buffer; replaces?: string[] };

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
  private baseurl = '';
  /** `{{ site.x }}` values Folio can know: the plain strings of _config.yml. */
  private siteVariables: Record<string, string> = {};
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

    const socialsFile = path.join(this.site, '_data', 'socials.yml');
    const socials = fs.existsSync(socialsFile) ? parseYaml(fs.readFileSync(socialsFile, 'utf8'), socialsFile, this.log) : null;
    this.report.layout = socials || (config.data.al_folio as { api_version?: number } | undefined)?.api_version ? 'v1' : 'v0';

    const pages = this.listPages();
    const blogPage = pages.map((file) => ({ file, source: this.read(file) })).find(({ source }) => permalinkOf(source) === '/blog/');
    const blogPagination = blogPage?.source?.data.pagination as { per_page?: unknown } | undefined;
    const site = siteYaml({
      config: config.data,
      configLine: config.lineOf,
      socials: socials?.data,
      socialsLine: socials?.lineOf,
      blogPagePerPage: typeof blogPagination?.per_page === 'number' ? blogPagination.per_page : undefined,
    });
    this.baseurl = site.baseurl;
    for (const [key, value] of Object.entries(config.data)) if (typeof value === 'string' || typeof value === 'number') this.siteVariables[key] = String(value).trim();
    Object.assign(this.siteVariables, { title: site.title, baseurl: '' });
    for (const n of site.notes) {
      if (n.leftover) this.report.leftovers.push({ file: n.file, line: n.line, text: '', message: n.message });
      else this.report.notes.push({ file: n.file, line: n.line, message: n.message });
    }
    this.emit('content/site.yml', site.text, 'site settings');
    const favicon = typeof config.data.icon === 'string' && /\.\w+$/.test(config.data.icon) ? config.data.icon : null;
    if (favicon) this.references.push({ file: '_config.yml', line: config.lineOf(['icon']), path: favicon.startsWith('/') ? favicon.slice(1) : `assets/img/${favicon}` });
    if (typeof socials?.data.cv_pdf === 'string')
      this.references.push({ file: '_data/socials.yml', line: socials.lineOf(['cv_pdf']), path: socials.data.cv_pdf.replace(/^\//, '') });

    for (const file of pages) this.importPage(file);
    this.importPosts();
    this.importNews();
    this.importBibliography(config.data);
    this.keepForLater(config.data);
    this.copyFiles();

    for (const issue of this.log.issues)
      this.report.leftovers.push({ file: issue.file, line: issue.line, text: '', message: `${issue.message}${issue.fix ? ` (${issue.fix})` : ''}` });
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

  // ---- pages, posts, news ------------------------------------------------

  private importPage(file: string) {
    const source = this.read(file);
    if (!source) return this.copyUnconverted(file, `content/pages/${flatName(file, '_pages/')}`, 'pages');
    const permalink = permalinkOf(source);
    if (source.data.published === false) return this.skip(file, '`published: false`: Jekyll does not build it');
    if (permalink === '/404.html' || permalink === '/404/' || /^404\./.test(path.basename(file))) {
      return this.skip(file, 'the 404 page: Folio has its own (app/not-found.tsx)');
    }
    const name = flatName(file, '_pages/');
    const frontMatter = frontMatterText(source);
    if (permalink === '/blog/') {
      // al-folio's blog page is a Liquid template that lists the posts; Folio's blog index does that.
      const layoutLine = /^layout:.*$/m;
      const fm = layoutLine.test(frontMatter) ? frontMatter.replace(layoutLine, 'layout: blog') : frontMatter.replace(/\n---\s*\n?$/, '\nlayout: blog\n---\n');
      this.note(file, source.lineOf(['layout']), 'the blog index: `layout: blog` (Folio lists the posts itself; the Liquid template was left out)');
      this.counted('pages');
      return this.emit(`content/pages/${name}.md`, fm, null, [`content/pages/${name}.mdx`]);
    }
    const layout = source.data.layout;
    if (typeof source.data.redirect === 'string' && source.data.redirect)
      this.leftover(file, source.lineOf(['redirect']), '`redirect:` pages are not supported: link to the address from another page instead');
    if (layout !== undefined && !(PAGE_LAYOUTS as readonly unknown[]).includes(layout))
      this.leftover(file, source.lineOf(['layout']), `layout \`${String(layout)}\` is not one Folio has: use page (or about, blog)`);
    this.frontMatterFiles(file, source, ['profile', 'image'], 'assets/img/');
    this.frontMatterFiles(file, source, ['cv_pdf'], '');
    this.convert(file, source, 'page', `content/pages/${name}`, 'pages', layout === 'about');
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
      let frontMatter = frontMatterText(source);
      if (source.data.published === false) this.note(file, source.lineOf(['published']), '`published: false`: imported as a draft (shown only in `npm run dev`)');
      else if (date && new Date(date.iso) > this.now && source.data.draft === undefined) {
        frontMatter = frontMatter.replace(/\n---\s*\n?$/, '\ndraft: true\n---\n');
        this.note(file, source.lineOf(['date']), 'dated in the future (Jekyll does not build it yet): imported as a draft, `draft: true` added');
      }
      if (typeof source.data.permalink === 'string')
        this.leftover(file, source.lineOf(['permalink']), `post permalink \`${source.data.permalink}\`: Folio serves every post at /blog/YEAR/SLUG/`);
      this.frontMatterFiles(file, source, ['thumbnail'], '');
      this.convert(file, source, 'post', `content/blog/${name}`, 'posts', false, frontMatter);
    }
  }

  private importNews() {
    if (!this.collection('news')) return;
    const { files, skipped } = this.jekyll.walk('_news');
    skipped.forEach((s) => this.skip(s.file, s.reason));
    for (const file of files) {
      if (!MARKDOWN.test(file)) {
        this.skip(file, 'not a Markdown file');
        continue;
      }
      const source = this.read(file);
      const name = path.basename(file).replace(MARKDOWN, '');
      if (!source) {
        this.copyUnconverted(file, `content/news/${name}`, 'news');
        continue;
      }
      if (source.data.published === false) {
        this.skip(file, '`published: false`: Jekyll does not build it');
        continue;
      }
      this.convert(file, source, 'news', `content/news/${name}`, 'news', false);
    }
  }

  /** Converts a body; the file is `.mdx` when it needs components, else `.md`. */
  private convert(file: string, source: SourceFile, kind: 'page' | 'post' | 'news', target: string, counter: string, about: boolean, frontMatter = frontMatterText(source)) {
    const options = { kind, about, baseurl: this.baseurl, site: this.siteVariables, bodyLine: source.bodyLine };
    let result = convertBody(source.body, { ...options, mdx: false });
    const mdx = result.components.size > 0;
    if (mdx) result = convertBody(source.body, { ...options, mdx: true });
    for (const l of result.leftovers) this.leftover(file, l.line, l.message, l.text);
    for (const r of result.references) this.references.push({ ...r, file });
    for (const [k, v] of result.counts) this.report.conversions.set(k, (this.report.conversions.get(k) ?? 0) + v);
    this.counted(counter);
    const ext = mdx ? '.mdx' : '.md';
    const body = result.text.trim() ? `\n${result.text}` : '';
    this.emit(target + ext, frontMatter + body, null, [target + (mdx ? '.md' : '.mdx')]);
  }

  /** A file whose front matter is not valid YAML: copied as it is, for the author (the report has the line). */
  private copyUnconverted(file: string, target: string, counter: string) {
    this.counted(counter);
    this.emit(target.replace(MARKDOWN, '') + '.md', fs.readFileSync(path.join(this.site, file)), null);
  }

  /** A front-matter key naming a site file (`profile.image`, `thumbnail`, `cv_pdf`): the file is copied. */
  private frontMatterFiles(file: string, source: SourceFile, keys: string[], base: string) {
    let value: unknown = source.data;
    for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'string' || !value || /^[a-z]+:|^\/\//i.test(value)) return;
    const prefix = this.baseurl.replace(/^\//, '');
    let relative = value.startsWith('/') ? value.slice(1) : base + value;
    if (prefix && relative.startsWith(prefix + '/')) relative = relative.slice(prefix.length + 1);
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

  /** Content Folio has no place for yet: copied to content/_imported/ as it is, for later. */
  private keepForLater(config: Record<string, unknown>) {
    const collections = Object.keys((config.collections ?? {}) as Record<string, unknown>).filter((c) => !['posts', 'news'].includes(c));
    for (const name of collections) {
      if (!this.collection(name)) continue;
      const { files, skipped } = this.jekyll.walk(`_${name}`);
      skipped.forEach((s) => this.skip(s.file, s.reason));
      if (files.length === 0) continue;
      for (const file of files) this.emit(`content/_imported/${file.slice(1)}`, fs.readFileSync(path.join(this.site, file)), 'kept for later');
      this.note(`_${name}/`, 1, `${files.length} file${files.length === 1 ? '' : 's'} kept in content/_imported/${name}/: Folio has no ${name} pages yet`);
    }
    for (const [file, target] of [
      ['_data/cv.yml', 'content/_imported/cv.yml'],
      ['assets/json/resume.json', 'content/_imported/resume.json'],
    ] as const) {
      if (!this.jekyll.exists(file) || this.jekyll.whySkipped(file)?.startsWith('excluded')) continue;
      this.emit(target, fs.readFileSync(path.join(this.site, file)), 'kept for later');
      this.note(file, 1, `kept in ${target}: Folio has no CV page yet`);
    }
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

  /** Queues a file for writing; `replaces` are the same document under another extension. */
  private emit(target: string, data: string | Buffer, kind: string | null, replaces?: string[]) {
    if (this.outputs.has(target)) {
      this.leftover(target, 1, `two site files become ${target}: only the first was imported`);
      return;
    }
    this.outputs.set(target, { path: target, data, replaces });
    if (kind) this.counted(kind);
  }

  private write() {
    const force = this.options.force ?? false;
    for (const output of [...this.outputs.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const file = path.join(this.out, output.path);
      const bytes = typeof output.data === 'string' ? Buffer.from(output.data) : output.data;
      const others = (output.replaces ?? []).filter((o) => fs.existsSync(path.join(this.out, o)));
      const exists = fs.existsSync(file);
      if (exists && others.length === 0 && fs.readFileSync(file).equals(bytes)) {
        this.report.written.push({ path: output.path, status: 'unchanged' });
        continue;
      }
      if ((exists || others.length > 0) && !force) {
        const reason = exists ? 'it exists and differs from the import' : `${others.join(', ')} exists: the import would replace it`;
        this.report.written.push({ path: output.path, status: 'kept', reason });
        continue;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      for (const other of others) fs.rmSync(path.join(this.out, other));
      this.report.written.push({ path: output.path, status: exists || others.length > 0 ? 'overwritten' : 'created' });
    }
  }
}

function permalinkOf(source: SourceFile | null): string | undefined {
  const p = source?.data.permalink;
  return typeof p === 'string' ? (p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`) : undefined;
}

/** The front matter exactly as written, `---` lines included (empty when there is none). */
function frontMatterText(source: SourceFile): string {
  const text = fs.readFileSync(source.path, 'utf8');
  const prefix = text.slice(0, text.length - source.body.length);
  return prefix ? prefix.replace(/\n*$/, '\n') : '';
}

/** `_pages/teaching/fall.md` → `teaching-fall`. */
function flatName(file: string, prefix: string): string {
  return file
    .replace(prefix, '')
    .replace(MARKDOWN, '')
    .split('/')
    .join('-');
}
