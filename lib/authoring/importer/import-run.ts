import path from 'node:path';
import { parseSourceFile, type SourceFile } from '../../content/source-file';
import YAML from 'yaml';
import { parseYaml } from '../../content/yaml';
import { IssueLog } from '../../issues';
import type { FileReference, SiteLinks } from './body';
import { MARKDOWN, type JekyllFiles } from './jekyll';
import type { ImportReport } from './report';
import { SiteReader } from './site-reader';
import type { DemoData } from './demo';
import { DemoContent } from './demo-content';
import type { Languages } from './languages';

/**
 * One import under way: the al-folio site it reads, what it has read, the
 * files it will write and the report it keeps. The modules import-*.ts
 * each import one part of the site through it (pages, posts, news,
 * projects, the CV, the bibliography, the files kept as they are);
 * import.ts runs them in order.
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
  /** Bring al-folio's demo content in too (it is left out otherwise: demo-content.ts). */
  includeDemo?: boolean;
  /** al-folio's fingerprints (tests give a stand-in; al-folio-demo.json otherwise). */
  demoData?: DemoData;
};

export class SiteReadError extends Error {}

export type Output = { path: string; data: string | Buffer };

export class ImportRun {
  readonly site: string;
  readonly out: string;
  readonly now: Date;
  readonly log: IssueLog;
  /** Every read of the site goes through it: links out of the site are refused. */
  readonly reader: SiteReader;
  /** The site's languages, when it is multilingual (jekyll-polyglot): the default one is imported. */
  languages: Languages | null = null;
  /** al-folio's demo content met in the site, left out unless `includeDemo`. */
  readonly demo: DemoContent;
  jekyll!: JekyllFiles;
  config: Record<string, unknown> = {};
  configLine: (keys: ReadonlyArray<string | number>) => number = () => 1;
  baseurl = '';
  /** The author's full name, as site.yml has it. */
  siteName = '';
  /** `{{ site.x }}`: _config.yml's values. */
  siteVariables: Record<string, unknown> = {};
  /** The site's address, as content/site.yml has it (for `absolute_url`). */
  siteUrl = '';
  /** Where `post_url` and `link` lead (site-links.ts). */
  links: SiteLinks | undefined;
  repositories: Record<string, unknown> | undefined;
  /** The addresses of the site's pages (and its blog, when it has posts): where a header submenu's items may lead. */
  pageAddresses = new Set<string>();
  readonly outputs = new Map<string, Output>();
  /** Each site file converted (or copied unconverted) into content/, and the file it became (old-addresses.ts reads it). */
  readonly converted = new Map<string, string>();
  /** Pages whose permalink the import changed (the blog index at another address titles Folio's /blog/): file → new permalink. */
  readonly newPermalinks = new Map<string, string>();
  readonly references: (FileReference & { file: string })[] = [];
  readonly report: ImportReport;

  constructor(readonly options: ImportOptions) {
    this.site = path.resolve(options.site);
    this.reader = new SiteReader(this.site);
    this.demo = new DemoContent(options.includeDemo ?? false, options.demoData);
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
      refused: [],
      demo: this.demo.report,
    };
  }

  // ---- reading --------------------------------------------------------------

  private readonly sources = new Map<string, SourceFile | null>();
  private readonly texts = new Map<string, string>();

  /** A site file split into front matter and body; a YAML error is reported once, with its line. */
  read(file: string): SourceFile | null {
    if (!this.sources.has(file)) {
      const text = this.reader.text(file);
      if (text !== null) this.texts.set(file, text);
      this.sources.set(file, text === null ? null : parseSourceFile(text, path.join(this.site, file), this.log));
    }
    return this.sources.get(file)!;
  }

  /** The front matter of a file read with `read()`, exactly as written, `---` lines included (empty when there is none). */
  frontMatterText(file: string, source: SourceFile): string {
    const text = this.texts.get(file) ?? '';
    const prefix = text.slice(0, text.length - source.body.length);
    return prefix ? prefix.replace(/\n*$/, '\n') : '';
  }

  /** A site file's bytes (null when missing, or a link out of the site). */
  bytes(file: string): Buffer | null {
    return this.reader.bytes(file);
  }

  private data: Record<string, unknown> | undefined;

  /** `site.data`: every data file of `_data/` (YAML or JSON; a folder is a map of its files), as Jekyll reads them; a file that cannot be read is left out. */
  siteData(): Record<string, unknown> {
    if (this.data) return this.data;
    const read = (folder: string): Record<string, unknown> => {
      const data: Record<string, unknown> = {};
      for (const entry of this.reader.list(folder)) {
        const file = `${folder}/${entry.name}`;
        if (entry.kind === 'dir') data[entry.name] = read(file);
        else if (/\.(ya?ml|json)$/.test(entry.name)) {
          try {
            data[entry.name.replace(/\.\w+$/, '')] = YAML.parse(this.reader.text(file) ?? '');
          } catch {
            // A broken data file: whatever reads it reports it (the CV, the socials); a block over it is not run.
          }
        }
      }
      return data;
    };
    this.data = read('_data');
    return this.data;
  }

  /** Whether a file is in a language of a multilingual site that the import does not carry (it is listed as not imported). */
  otherLanguage(file: string): boolean {
    if (!this.languages) return false;
    const data = MARKDOWN.test(file) ? (this.read(file)?.data ?? {}) : {};
    if (!this.languages.isOther(file, data)) return false;
    this.skip(file, `in ${this.languages.languageOf(file, data)}: Folio carries one language, the site's default_lang (${this.languages.main})`);
    return true;
  }

  /**
   * The files of a collection's folder (`_posts`, `_news`, `_teachings`,
   * `_books`, ...) that the import takes: those Jekyll builds, in the
   * language a multilingual site is carried in. The others are listed as not
   * imported, with why: what Jekyll skips, and each file of another language
   * (`_teachings/pt-br/`, or `lang: pt-br` in its front matter), each once.
   * Every collection the import takes files from goes through here.
   */
  collectionFiles(folder: string): string[] {
    const { files, skipped } = this.jekyll.walk(folder);
    skipped.forEach((s) => this.skip(s.file, s.reason));
    return files.filter((file) => !this.otherLanguage(file));
  }

  /** Whether a site file is al-folio's demo material that the import leaves out (listed in the report's demo note). */
  isDemo(file: string): boolean {
    return this.demo.leaveOut(file, this.reader.bytes(file));
  }

  /** `_data/<name>.yml`, when the site has it (and it is not al-folio's demo file). */
  readData(name: string) {
    const file = `_data/${name}.yml`;
    if (this.isDemo(file)) return null;
    const text = this.reader.text(file);
    return text === null ? null : parseYaml(text, path.join(this.site, file), this.log);
  }

  skip(file: string, reason: string) {
    this.report.skipped.push({ file, reason });
  }

  note(file: string, line: number, message: string) {
    this.report.notes.push({ file, line, message });
  }

  leftover(file: string, line: number, message: string, text = '') {
    this.report.leftovers.push({ file, line, text, message });
  }

  counted(kind: string, n = 1) {
    this.report.files.set(kind, (this.report.files.get(kind) ?? 0) + n);
  }

  /** A collection's folder (`_news/`) is read only when _config.yml declares the collection. */
  collection(name: string): boolean {
    const declared = Object.hasOwn((this.config.collections ?? {}) as object, name);
    if (!declared && this.reader.isDirectory(`_${name}`)) this.skip(`_${name}/`, `Jekyll skips it: \`collections\` in _config.yml does not declare ${name}`);
    return declared;
  }

  /**
   * The Markdown files of a collection Jekyll would build, read, with their
   * name in content/<counter>/: what is no Markdown or has `published: false`
   * is reported as skipped, and a file whose front matter cannot be read is
   * copied unconverted (and reported).
   */
  *publishedMarkdown(folder: string, counter: string, nameOf: (file: string) => string): Generator<{ file: string; source: SourceFile; name: string }> {
    for (const file of this.collectionFiles(folder)) {
      if (!MARKDOWN.test(file)) {
        this.skip(file, 'not a Markdown file');
        continue;
      }
      if (this.isDemo(file)) continue;
      if (this.reader.text(file)?.trim() === '') {
        this.skip(file, 'an empty file: Jekyll makes no page of it');
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

  /** A file whose front matter is not valid YAML: copied as it is, for the author (the report has the line). */
  copyUnconverted(file: string, target: string, counter: string) {
    this.counted(counter);
    const bytes = this.reader.bytes(file);
    if (!bytes) return;
    this.converted.set(file, target.replace(MARKDOWN, '') + '.md');
    this.emit(target.replace(MARKDOWN, '') + '.md', bytes, null);
  }

  /** A front-matter key naming a site file (`profile.image`, `thumbnail`, `cv_pdf`, a project's `img`): the file is copied. */
  frontMatterFiles(file: string, source: SourceFile, keys: string[], base: string) {
    let value: unknown = source.data;
    for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'string' || !value || /^[a-z]+:|^\/\//i.test(value)) return;
    const prefix = this.baseurl.replace(/^\//, '');
    // al-folio reads a bare name in `base` (`prof_pic.jpg` in assets/img/); some sites write the path from the root.
    const candidates = (value.startsWith('/') ? [value.slice(1)] : [base + value, value]).map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c));
    const relative = candidates.find((c) => this.jekyll.exists(c)) ?? candidates[0]!;
    this.references.push({ file, line: source.lineOf(keys), path: relative });
  }

  // ---- writing ---------------------------------------------------------------

  emit(target: string, data: string | Buffer, kind: string | null) {
    if (this.outputs.has(target)) {
      this.leftover(target, 1, `two site files become ${target}: only the first was imported`);
      return;
    }
    this.outputs.set(target, { path: target, data });
    if (kind) this.counted(kind);
  }
}

export function permalinkOf(source: SourceFile | null): string | undefined {
  const p = source?.data.permalink;
  return typeof p === 'string' ? (p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`) : undefined;
}

/** YAML 1.1's false, as Jekyll reads it (`published: no`). */
export function isFalse(value: unknown): boolean {
  return typeof value === 'string' && /^(n|no|false|off)$/i.test(value.trim());
}

/** `_pages/teaching/fall.md` → `teaching-fall`. */
export function flatName(file: string, prefix: string): string {
  return file
    .replace(prefix, '')
    .replace(MARKDOWN, '')
    .split('/')
    .join('-');
}
