import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { readBibliography } from '../bibliography/parse';
import { citedKeys } from '../bibliography/remark-cite';
import type { Publication } from '../bibliography/types';
import { sanitizeHtml, type SafeHtml } from '../sanitize/sanitize';
import { newsPath, projectPagePath, routes } from '../routing/urls';
import { permalinkProblems } from '../routing/permalinks';
import { displayTitle } from '../text';
import { mergeTermSpellings } from './taxonomy';
import { imageSource } from '../images/source';
import { IssueLog } from './issues';
import { parseYaml, readSourceFile, type KeyPlaces, type SourceFile } from './source-file';
import { parseContentDate, type ContentDate } from './fields';
import { derivedFields, saveDerivedFields, type Derived } from './derive';
import { tableOfContents, type Toc } from './toc';
import { CvFiles, type Cv } from './cv';
import { linkPublications, readCoauthors, readVenues } from './publication-data';
import { newsSchema, pageSchema, PAGE_LAYOUTS, postSchema, projectSchema, siteSchema, type PageData, type SiteData } from './schemas';
import { publicFile } from '../routing/public-file';

export type Site = SiteData & { footer_text?: SafeHtml };

/** What every rendered document carries: where it came from, and its body to compile. */
export type Document = {
  /** Path relative to the project root, for messages. */
  file: string;
  source: Pick<SourceFile, 'path' | 'format' | 'body' | 'bodyLine' | 'lineOf'>;
  /** The public/ its images and files are in (the site's, unless it was read from another project). */
  publicDir?: string;
  /** Whether the body has math, so the page links KaTeX's stylesheet. */
  math: boolean;
  /** Keys cited with <Cite id="...">, in the order of first citation (the numbers of the reference list). */
  citations: string[];
  /** Everything else known of the body, from one parse of it (lib/content/derive.ts): headings, text, excerpt, reading time. */
  derived: Derived;
};

export type LocalImage = { src: string; width: number; height: number };

export type Page = Document & {
  slug: string;
  permalink: string;
  layout: PageData['layout'];
  title: string;
  description?: SafeHtml;
  subtitle?: SafeHtml;
  nav: boolean;
  navOrder?: number;
  profile?: { align: 'left' | 'right'; image?: LocalImage; circular: boolean; moreInfo?: SafeHtml };
  /** The about page's lists as the page sets them; unset, the site's defaults apply (see `aboutNews`). */
  announcements?: ListSwitch;
  latestPosts?: ListSwitch;
  selectedPapers: boolean;
  social: boolean;
  toc?: Toc;
  /** `layout: cv`: its data (content/cv.yml or content/resume.json), and the PDF to download. */
  cv?: Cv;
  cvPdf?: string;
  /** A projects page's defaults for `<Projects />`: `display_categories` and `horizontal`. */
  projects: { categories?: string[]; horizontal: boolean };
  /** The page has moved (`redirect:`): a path of the site (`/` for `redirect: true`) or an address. */
  redirect?: string;
};

export type ListSwitch = { enabled: boolean; limit?: number };

export type Post = Document & {
  slug: string;
  permalink: string;
  title: string;
  date: ContentDate;
  description?: string;
  tags: string[];
  categories: string[];
  thumbnail?: LocalImage;
  draft: boolean;
  featured: boolean;
  /** Whether related posts follow the text (`related_posts: false` turns them off). */
  relatedPosts: boolean;
  /** `last_modified_at`: when the post last changed. */
  updated?: ContentDate;
  readingMinutes: number;
  toc?: Toc;
  /** The post lives elsewhere (`redirect:`): a path of the site or an address. */
  redirect?: string;
};

export type NewsItem = Document & { slug: string; date: ContentDate; inline: boolean; title?: string };

/** One of al-folio's `_projects`: a card on the projects page, and a page of its own at `/projects/<slug>/` unless it has `redirect`. */
export type Project = Document & {
  slug: string;
  title: string;
  description?: SafeHtml;
  image?: LocalImage;
  /** al-folio's order: 1 first; projects without one come last. */
  importance?: number;
  category?: string;
  /** Where the card leads instead of a page of its own: an address or a path of the site. */
  redirect?: string;
  /** `user/repo` on GitHub. */
  github?: string;
  toc?: Toc;
};

export type Content = {
  root: string;
  site: Site;
  pages: Page[];
  /** Newest first. Drafts only outside production builds. */
  posts: Post[];
  /** Newest first. */
  news: NewsItem[];
  /** content/publications.bib, newest first; badges and authors linked from content/venues.yml and content/coauthors.yml. */
  publications: Publication[];
  /** content/projects/, by `importance`, then title. */
  projects: Project[];
};

export type LoadOptions = {
  /** The folder the author edits; `content/` unless FOLIO_CONTENT_DIR says otherwise. */
  contentDir: string;
  /** Where `public/` is, for checking images. */
  publicDir: string;
  includeDrafts: boolean;
  /** Messages name files relative to this folder (the project root). */
  root: string;
  /** Where a build keeps what it derived from each body, for its other processes (lib/content/derive.ts). */
  derivedCache?: string;
};

const CONTENT_EXTENSIONS = /\.mdx?$/;
const POST_FILE_NAME = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)\.mdx?$/;

/**
 * Reads and validates all of content/. Never throws for content problems:
 * they go to the log, with file and line, and the caller decides.
 */
export function readContent(options: LoadOptions): { content: Content | null; log: IssueLog; documents: Document[] } {
  const root = options.root;
  const log = new IssueLog(root);
  // Every body that could be read, valid front matter or not, so the check can compile it too.
  const documents: Document[] = [];
  const read = (file: string): Read | null => {
    const source = readSourceFile(file, log);
    if (!source) return null;
    const doc = document(source, log, options.publicDir, options.derivedCache);
    documents.push(doc);
    return { source, doc };
  };
  const site = readSite(path.join(options.contentDir, 'site.yml'), log);
  const cvFiles = new CvFiles(options.contentDir, log);
  const pages = listFiles(path.join(options.contentDir, 'pages'))
    .map((file) => readPage(file, read(file), log, options.publicDir, cvFiles))
    .filter((p): p is Page => p !== null);
  const allPosts = listFiles(path.join(options.contentDir, 'blog'))
    .map((file) => readPost(file, read(file), log, options.publicDir))
    .filter((p): p is Post => p !== null)
    .sort(newestFirst);
  mergeTermSpellings(allPosts, log);
  const news = listFiles(path.join(options.contentDir, 'news'))
    .map((file) => readNews(file, read(file), log))
    .filter((n): n is NewsItem => n !== null)
    .sort(newestFirst);
  const posts = options.includeDrafts ? allPosts : allPosts.filter((p) => !p.draft);
  const projects = listFiles(path.join(options.contentDir, 'projects'))
    .map((file) => readProject(file, read(file), log, options.publicDir))
    .filter((p): p is Project => p !== null)
    .sort(byImportance);
  cvFiles.checkAll();

  claimPermalinks(pages, allPosts, news, projects, log);
  saveDerivedFields();
  const publications = linkPublications(readBibliography(path.join(options.contentDir, 'publications.bib'), log, options.publicDir), {
    venues: readVenues(path.join(options.contentDir, 'venues.yml'), log),
    coauthors: readCoauthors(path.join(options.contentDir, 'coauthors.yml'), log),
  });
  if (!site) return { content: null, log, documents };
  return { content: { root, site, pages, posts, news, publications, projects }, log, documents };
}

function newestFirst(a: { date: ContentDate }, b: { date: ContentDate }) {
  return b.date.iso.localeCompare(a.date.iso);
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => CONTENT_EXTENSIONS.test(name) && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name));
}

function readSite(file: string, log: IssueLog): Site | null {
  if (!fs.existsSync(file)) {
    log.error(file, 1, 'site settings are missing', 'create content/site.yml with at least `title:` and `name:`');
    return null;
  }
  const yaml = parseYaml(fs.readFileSync(file, 'utf8'), file, log);
  if (!yaml) return null;
  const source = { ...yaml, path: file };
  const site = validate(siteSchema, yaml.data, source, log);
  return site && { ...site, footer_text: safeHtml(site.footer_text, ['footer_text'], source, log) };
}

/**
 * HTML written in front matter (al-folio allows it in `subtitle`,
 * `more_info`, `footer_text`, a page's `description`), through the one
 * sanitizer: what it removes is an error on the key's line.
 */
function safeHtml(html: string | undefined, key: string[], source: PlacedData, log: IssueLog): SafeHtml | undefined {
  if (!html) return undefined;
  return sanitizeHtml(html, (removal) => log.error(source.path, source.lineOf(key), `\`${key.join('.')}\`: ${removal.message}`, removal.fix, source.columnOf(key)));
}

/** A file's path, and where each key of its data is written. */
export type PlacedData = KeyPlaces & { path: string };

/** Applies a schema; each failure becomes an issue on the line of the key it is about. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: PlacedData,
  log: IssueLog,
): z.output<S> | null {
  // `reportInput` keeps the value on each issue: a key given with the wrong type is not "missing".
  let result = schema.safeParse(data, { reportInput: true });
  if (!result.success && readYesNoLetters(result.error.issues, data, source, log)) result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const name = keys.join('.');
    const line = source.lineOf(keys);
    // A missing key has no place of its own: it is reported where its parent is, at the line's start.
    const column = source.columnOf(keys);
    const params = (issue as { params?: { fix?: string } }).params;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && (issue as { input?: unknown }).input === undefined) {
      log.error(source.path, line, `\`${name}\` is missing`, `add \`${name}: ...\` to the ${describe(source.path)}`);
    } else if (issue.code === 'invalid_value' && name === 'layout') {
      log.error(source.path, line, `unknown layout \`${String((data as Record<string, unknown>).layout)}\``, `use one of: ${PAGE_LAYOUTS.join(', ')} (posts use \`post\`)`, column);
    } else {
      const guide = /(cv\.yml|resume\.json)$/.test(source.path) ? 'see "The CV" in README.md' : 'see the front-matter table in README.md';
      log.error(source.path, line, `\`${name}\`: ${issue.message}`, params?.fix ?? guide, column);
    }
  }
  return null;
}

/**
 * YAML 1.1's `y` and `n` (any case) are booleans where a key expects one:
 * `news: y` is true, as in YAML 1.1, while `name: N` stays a name (the YAML
 * layer reads `yes`, `no`, `on` and `off` already; see source-file.ts).
 * Returns whether any value was read so, after warning about each.
 */
function readYesNoLetters(issues: z.core.$ZodIssue[], data: unknown, source: PlacedData, log: IssueLog): boolean {
  let changed = false;
  for (const issue of issues) {
    const expectsBoolean = (issue.code === 'invalid_type' && issue.expected === 'boolean') || issue.code === 'invalid_union';
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data) as Record<string | number, unknown> | undefined;
    const key = keys.at(-1);
    const value = key === undefined ? undefined : parent?.[key];
    if (!expectsBoolean || typeof value !== 'string' || !/^[yn]$/i.test(value)) continue;
    parent![key!] = /^y$/i.test(value);
    log.warn(source.path, source.lineOf(keys), `\`${keys.join('.')}: ${value}\` is read as ${parent![key!]}, as YAML 1.1 reads it`, `write \`${parent![key!]}\`: other YAML readers take \`${value}\` as text`);
    changed = true;
  }
  return changed;
}

function describe(file: string) {
  return /\.(ya?ml|json)$/.test(file) ? 'file' : 'front matter (between the two --- lines)';
}

function document(source: SourceFile, log: IssueLog, publicDir: string, derivedCache?: string): Document {
  const derived = derivedFields(source.body, source.format, derivedCache);
  return {
    file: log.relative(source.path),
    source: { path: source.path, format: source.format, body: source.body, bodyLine: source.bodyLine, lineOf: source.lineOf },
    publicDir,
    math: derived.math,
    citations: citedKeys(derived.citations),
    derived,
  };
}

/** A file read: its parts, and the document made of its body. */
type Read = { source: SourceFile; doc: Document };

function readPage(file: string, read: Read | null, log: IssueLog, publicDir: string, cvFiles: CvFiles): Page | null {
  if (!read) return null;
  const { source, doc } = read;
  const data = validate(pageSchema, source.data, source, log);
  if (!data) return null;
  const slug = path.basename(file).replace(CONTENT_EXTENSIONS, '');
  let image: LocalImage | undefined;
  if (data.profile?.image) {
    image = frontMatterImage(data.profile.image, ['profile', 'image'], file, source, log, publicDir);
    if (!image) return null;
  }
  const cv = data.layout === 'cv' ? cvFiles.forPage(data.cv_format ?? undefined, source) : undefined;
  // A CV's sections are headings of the page, after those of its text.
  const headings = cv ? [...doc.derived.headings, ...cv.sections.map((s) => ({ depth: 2 as const, text: s.title, id: s.id }))] : doc.derived.headings;
  return {
    ...doc,
    slug,
    permalink: data.permalink ?? `/${slug}/`,
    layout: data.layout,
    title: displayTitle(data.title),
    description: safeHtml(data.description, ['description'], source, log),
    subtitle: safeHtml(data.subtitle, ['subtitle'], source, log),
    nav: data.nav,
    navOrder: data.nav_order,
    profile: data.profile && {
      align: data.profile.align,
      image,
      circular: data.profile.image_circular,
      moreInfo: safeHtml(data.profile.more_info, ['profile', 'more_info'], source, log),
    },
    announcements: data.announcements ?? data.news,
    latestPosts: data.latest_posts,
    selectedPapers: data.selected_papers,
    social: data.social,
    toc: tableOfContents(data.toc, headings),
    cv,
    cvPdf: data.cv_pdf ? localFile(data.cv_pdf, ['cv_pdf'], '/assets/pdf/', file, source, log, publicDir) : undefined,
    projects: { categories: data.display_categories, horizontal: data.horizontal },
    redirect: data.redirect,
  };
}

/**
 * A file named in front matter (`cv_pdf`), as al-folio names them: an
 * address, a path from public/ (`/assets/pdf/cv.pdf`), a path from the site
 * root without its slash, or a bare name in `base`. Logs the key's line when
 * the file is not there.
 */
function localFile(name: string, key: string[], base: string, file: string, source: SourceFile, log: IssueLog, publicDir: string): string | undefined {
  if (/^https?:\/\//.test(name)) return name;
  const candidates = name.startsWith('/') ? [name] : [`${base}${name}`, `/${name}`];
  for (const candidate of candidates) {
    if (publicFile(candidate, publicDir)) return encodeURI(decodeURI(candidate));
  }
  log.error(file, source.lineOf(key), `${key.join('.')} \`${name}\` does not exist`, `put the file at public${candidates[0]} or change \`${key.join('.')}\``);
  return undefined;
}

/**
 * al-folio names images relative to `assets/img/`; a path with a leading slash
 * is relative to `public/`. Returns null when the file is not there.
 */
export function localImage(name: string, base: string, publicDir: string): LocalImage | null {
  const src = name.startsWith('/') ? name : base + name;
  try {
    // The image pipeline's reading of the file (remembered): its size as shown, EXIF orientation applied.
    const image = imageSource(src, publicDir);
    return image && image.width > 0 ? { src: image.src, width: image.width, height: image.height } : null;
  } catch {
    return null;
  }
}

function readPost(file: string, read: Read | null, log: IssueLog, publicDir: string): Post | null {
  if (!read) return null;
  const { source, doc } = read;
  const data = validate(postSchema, source.data, source, log);
  if (!data) return null;
  const dated = datedName(file, data.date, log, 'the post has no date', 'name the file YYYY-MM-DD-slug.mdx or add `date: YYYY-MM-DD` to the front matter');
  if (!dated) return null;
  const { date, slug } = dated;
  const draft = data.draft || !data.published;
  if (!draft && Date.parse(date.iso) > Date.now()) {
    log.warn(file, source.lineOf(['date']), `the post is dated ${date.day}, in the future`, 'it is published all the same: set `draft: true` to hold it back, or correct the date');
  }
  return {
    ...doc,
    slug,
    permalink: routes.post(date.year, slug),
    title: data.title,
    date,
    description: data.description,
    tags: data.tags,
    categories: data.categories,
    thumbnail: data.thumbnail ? frontMatterImage(data.thumbnail, ['thumbnail'], file, source, log, publicDir) : undefined,
    draft,
    featured: data.featured,
    relatedPosts: data.related_posts,
    updated: data.last_modified_at,
    readingMinutes: doc.derived.readingMinutes,
    toc: tableOfContents(data.toc, doc.derived.headings),
    redirect: data.redirect,
  };
}

/**
 * An image named in front matter (`profile.image`, `thumbnail`), as al-folio
 * names them: a file name in assets/img/ (`me.jpg`), a path from the site
 * root without its slash (`assets/img/me.jpg`), or a path from public/
 * (`/assets/img/me.jpg`). Logs the key's line when the file is not there.
 */
function frontMatterImage(name: string, key: string[], file: string, source: SourceFile, log: IssueLog, publicDir: string): LocalImage | undefined {
  const candidates = name.startsWith('/') ? [name] : [`/assets/img/${name}`, `/${name}`];
  for (const candidate of candidates) {
    const image = localImage(candidate, '/', publicDir);
    if (image) return image;
  }
  const found = candidates.find((candidate) => fs.existsSync(path.join(publicDir, decodeURI(candidate))));
  if (found) {
    log.error(file, source.lineOf(key), `${key.join('.').replace('.', ' ')} \`${name}\` is not an image`, `save public${decodeURI(found)} as PNG, JPEG, WebP, AVIF or GIF`);
    return undefined;
  }
  const fix = /^https?:/.test(name)
    ? 'download the image into public/assets/img/ and write its file name'
    : `put the file at public${candidates[0]} or change \`${key.join('.')}\``;
  log.error(file, source.lineOf(key), `${key.join('.').replace('.', ' ')} \`${name}\` does not exist`, fix);
  return undefined;
}

/**
 * Jekyll names dated files `YYYY-MM-DD-slug.md`: the slug comes from the name,
 * the date from front matter or else from the name.
 */
function datedName(file: string, frontMatterDate: ContentDate | undefined, log: IssueLog, problem: string, fix: string) {
  const name = path.basename(file);
  const match = POST_FILE_NAME.exec(name);
  const date = frontMatterDate ?? (match ? parseContentDate(match[1]!) : null);
  if (!date) {
    log.error(file, 1, problem, fix);
    return null;
  }
  return { date, slug: (match ? match[2]! : name.replace(CONTENT_EXTENSIONS, '')).toLowerCase() };
}

function readNews(file: string, read: Read | null, log: IssueLog): NewsItem | null {
  if (!read) return null;
  const { source, doc } = read;
  const data = validate(newsSchema, source.data, source, log);
  if (!data) return null;
  const dated = datedName(file, data.date, log, 'the news item has no date', 'add `date: YYYY-MM-DD` to the front matter');
  if (!dated) return null;
  if (!data.inline && !data.title) {
    log.error(file, 1, 'a news item that is not `inline: true` needs a `title`', 'add `title: ...` or `inline: true`');
    return null;
  }
  return { ...doc, ...dated, inline: data.inline, title: data.title };
}

function readProject(file: string, read: Read | null, log: IssueLog, publicDir: string): Project | null {
  if (!read) return null;
  const { source, doc } = read;
  const data = validate(projectSchema, source.data, source, log);
  if (!data) return null;
  return {
    ...doc,
    slug: path.basename(file).replace(CONTENT_EXTENSIONS, ''),
    title: data.title,
    description: safeHtml(data.description, ['description'], source, log),
    image: data.img ? frontMatterImage(data.img, ['img'], file, source, log, publicDir) : undefined,
    importance: data.importance ?? undefined,
    category: data.category,
    redirect: data.redirect ?? undefined,
    github: data.github?.replace(/^https?:\/\/github\.com\//, '').replace(/\/$/, '') ?? undefined,
    toc: tableOfContents(data.toc, doc.derived.headings),
  };
}

/** al-folio sorts projects by `importance` (1 first); Folio breaks ties, and places projects without one, by title. */
function byImportance(a: Project, b: Project) {
  return (a.importance ?? Infinity) - (b.importance ?? Infinity) || a.title.localeCompare(b.title);
}

/** Every page's address is its own (lib/routing/permalinks.ts): the pages generated from content claim theirs first. */
function claimPermalinks(pages: Page[], posts: Post[], news: NewsItem[], projects: Project[], log: IssueLog) {
  const generated = [
    ...posts.map((post) => ({ permalink: post.permalink, file: post.source.path, line: 1 })),
    ...news.flatMap((item) => {
      const own = newsPath(item);
      return own ? [{ permalink: own, file: item.source.path, line: 1 }] : [];
    }),
    ...projects.flatMap((project) => {
      const own = projectPagePath(project);
      return own ? [{ permalink: own, file: project.source.path, line: 1 }] : [];
    }),
  ];
  const claims = pages.map((page) => ({ permalink: page.permalink, file: page.source.path, line: page.source.lineOf(['permalink']), layout: page.layout }));
  for (const problem of permalinkProblems(generated, claims, (file) => log.relative(file))) log.error(problem.file, problem.line, problem.message, problem.fix);
}
