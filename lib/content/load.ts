import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import readingTime from 'reading-time';
import type { z } from 'zod';
import { readBibliography } from '../bibliography/parse';
import { citationsIn, citedKeys } from '../bibliography/remark-cite';
import type { Publication } from '../bibliography/types';
import { sanitizeHtml, type SafeHtml } from '../sanitize/sanitize';
import { mergeTermSpellings } from '../taxonomy';
import { IssueLog } from './issues';
import { parseYaml, readSourceFile, type SourceFile } from './source-file';
import { parseContentDate, type ContentDate } from './fields';
import { tableOfContents, type Toc } from './toc';
import { newsSchema, pageSchema, PAGE_LAYOUTS, postSchema, siteSchema, type PageData, type SiteData } from './schemas';

export type Site = SiteData & { footer_text?: SafeHtml };

/** What every rendered document carries: where it came from, and its body to compile. */
export type Document = {
  /** Path relative to the project root, for messages. */
  file: string;
  source: Pick<SourceFile, 'path' | 'format' | 'body' | 'bodyLine' | 'lineOf'>;
  /** Whether the body has `$...$` or `$$...$$` math, so the page links KaTeX's stylesheet. */
  math: boolean;
  /** Keys cited with <Cite id="...">, in the order of first citation (the numbers of the reference list). */
  citations: string[];
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
  announcements: { enabled: boolean; limit?: number };
  latestPosts: { enabled: boolean; limit?: number };
  selectedPapers: boolean;
  social: boolean;
  toc?: Toc;
};

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
};

export type NewsItem = Document & { slug: string; date: ContentDate; inline: boolean; title?: string };

export type Content = {
  root: string;
  site: Site;
  pages: Page[];
  /** Newest first. Drafts only outside production builds. */
  posts: Post[];
  /** Newest first. */
  news: NewsItem[];
  /** content/publications.bib, newest first. */
  publications: Publication[];
};

export type LoadOptions = {
  /** The folder the author edits; `content/` unless FOLIO_CONTENT_DIR says otherwise. */
  contentDir: string;
  /** Where `public/` is, for checking images. */
  publicDir: string;
  includeDrafts: boolean;
  /** Messages name files relative to this folder (the project root). */
  root: string;
};

const CONTENT_EXTENSIONS = /\.mdx?$/;
// remark-math's `$$...$$` and `$...$` (no space inside the dollars); a false positive only costs a stylesheet.
const MATH = /\$\$[\s\S]+?\$\$|\$[^\s$][^$\n]*?\$/;
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
  const read = (file: string) => {
    const source = readSourceFile(file, log);
    if (source) documents.push(document(source, log));
    return source;
  };
  const site = readSite(path.join(options.contentDir, 'site.yml'), log);
  const pages = listFiles(path.join(options.contentDir, 'pages'))
    .map((file) => readPage(file, read(file), log, options.publicDir))
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

  checkPermalinks(pages, allPosts, news, log);
  const publications = readBibliography(path.join(options.contentDir, 'publications.bib'), log, options.publicDir);
  if (!site) return { content: null, log, documents };
  return { content: { root, site, pages, posts, news, publications }, log, documents };
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
  const source = { path: file, lineOf: yaml.lineOf };
  const site = validate(siteSchema, yaml.data, source, log);
  return site && { ...site, footer_text: safeHtml(site.footer_text, ['footer_text'], source, log) };
}

/**
 * HTML written in front matter (al-folio allows it in `subtitle`,
 * `more_info`, `footer_text`, a page's `description`), through the one
 * sanitizer: what it removes is an error on the key's line.
 */
function safeHtml(html: string | undefined, key: string[], source: { path: string; lineOf: (keys: ReadonlyArray<string | number>) => number }, log: IssueLog): SafeHtml | undefined {
  if (!html) return undefined;
  return sanitizeHtml(html, (removal) => log.error(source.path, source.lineOf(key), `\`${key.join('.')}\`: ${removal.message}`, removal.fix));
}

/** Applies a schema; each failure becomes an issue on the line of the key it is about. */
function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: { path: string; lineOf: (keys: ReadonlyArray<string | number>) => number },
  log: IssueLog,
): z.output<S> | null {
  let result = schema.safeParse(data);
  if (!result.success && readYesNoLetters(result.error.issues, data, source, log)) result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const name = keys.join('.');
    const line = source.lineOf(keys);
    const params = (issue as { params?: { fix?: string } }).params;
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
      log.error(source.path, line, `\`${name}\` is missing`, `add \`${name}: ...\` to the ${describe(source.path)}`);
    } else if (issue.code === 'invalid_value' && name === 'layout') {
      log.error(source.path, line, `unknown layout \`${String((data as Record<string, unknown>).layout)}\``, `use one of: ${PAGE_LAYOUTS.join(', ')} (posts use \`post\`)`);
    } else {
      log.error(source.path, line, `\`${name}\`: ${issue.message}`, params?.fix ?? `see the front-matter table in README.md`);
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
function readYesNoLetters(issues: z.core.$ZodIssue[], data: unknown, source: { path: string; lineOf: (keys: ReadonlyArray<string | number>) => number }, log: IssueLog): boolean {
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
  return file.endsWith('.yml') ? 'file' : 'front matter (between the two --- lines)';
}

function document(source: SourceFile, log: IssueLog): Document {
  return {
    file: log.relative(source.path),
    source: { path: source.path, format: source.format, body: source.body, bodyLine: source.bodyLine, lineOf: source.lineOf },
    math: MATH.test(source.body),
    citations: citedKeys(citationsIn(source.body, source.format)),
  };
}

function readPage(file: string, source: SourceFile | null, log: IssueLog, publicDir: string): Page | null {
  if (!source) return null;
  const data = validate(pageSchema, source.data, source, log);
  if (!data) return null;
  const slug = path.basename(file).replace(CONTENT_EXTENSIONS, '');
  const enabled = (s?: { enabled: boolean; limit?: number }) => s ?? { enabled: false };
  let image: LocalImage | undefined;
  if (data.profile?.image) {
    image = frontMatterImage(data.profile.image, ['profile', 'image'], file, source, log, publicDir);
    if (!image) return null;
  }
  return {
    ...document(source, log),
    slug,
    permalink: data.permalink ?? `/${slug}/`,
    layout: data.layout,
    title: data.title,
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
    announcements: enabled(data.announcements ?? data.news),
    latestPosts: enabled(data.latest_posts),
    selectedPapers: data.selected_papers,
    social: data.social,
    toc: tableOfContents(data.toc, source.body),
  };
}

/**
 * al-folio names images relative to `assets/img/`; a path with a leading slash
 * is relative to `public/`. Returns null when the file is not there.
 */
export function localImage(name: string, base: string, publicDir: string): LocalImage | null {
  const src = name.startsWith('/') ? name : base + name;
  const file = path.join(publicDir, decodeURI(src));
  if (!file.startsWith(publicDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  try {
    const { width, height } = imageSize(fs.readFileSync(file));
    return { src: encodeURI(decodeURI(src)), width, height };
  } catch {
    return null;
  }
}

function readPost(file: string, source: SourceFile | null, log: IssueLog, publicDir: string): Post | null {
  if (!source) return null;
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
    ...document(source, log),
    slug,
    permalink: `/blog/${date.year}/${slug}/`,
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
    readingMinutes: Math.max(1, Math.round(readingTime(source.body).minutes)),
    toc: tableOfContents(data.toc, source.body),
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

function readNews(file: string, source: SourceFile | null, log: IssueLog): NewsItem | null {
  if (!source) return null;
  const data = validate(newsSchema, source.data, source, log);
  if (!data) return null;
  const dated = datedName(file, data.date, log, 'the news item has no date', 'add `date: YYYY-MM-DD` to the front matter');
  if (!dated) return null;
  if (!data.inline && !data.title) {
    log.error(file, 1, 'a news item that is not `inline: true` needs a `title`', 'add `title: ...` or `inline: true`');
    return null;
  }
  return { ...document(source, log), ...dated, inline: data.inline, title: data.title };
}

/** Blog routes Folio owns; a page may claim `/blog/` only to title the blog index. */
const BLOG_ROUTE = /^\/blog\/(page\/\d+\/|\d{4}\/[^/]+\/|tags\/|archive\/|(tag|category)\/.+)$/;

function checkPermalinks(pages: Page[], posts: Post[], news: NewsItem[], log: IssueLog) {
  const claims = new Map<string, string>();
  const claim = (permalink: string, file: string, line: number) => {
    const other = claims.get(permalink);
    if (other) {
      log.error(file, line, `permalink ${permalink} is already used by ${other}`, 'give one of the two files another `permalink`');
    } else claims.set(permalink, log.relative(file));
  };
  for (const page of pages) {
    const line = page.source.lineOf(['permalink']);
    if (page.permalink === '/blog/' && page.layout !== 'blog') {
      log.error(page.source.path, line, 'permalink /blog/ is the blog index', 'use `layout: blog` to title the blog index, or another permalink');
    } else if (page.layout === 'blog' && page.permalink !== '/blog/') {
      log.error(page.source.path, line, '`layout: blog` titles the blog index at /blog/', 'set `permalink: /blog/`');
    } else if (BLOG_ROUTE.test(page.permalink)) {
      log.error(page.source.path, line, `permalink ${page.permalink} is a blog route`, 'choose a permalink outside /blog/');
    } else if (page.permalink.startsWith('/news/')) {
      log.error(page.source.path, line, `permalink ${page.permalink} is a news route`, 'choose a permalink outside /news/');
    }
    claim(page.permalink, page.source.path, line);
  }
  for (const post of posts) claim(post.permalink, post.source.path, 1);
  for (const item of news) if (!item.inline) claim(`/news/${item.slug}/`, item.source.path, 1);
}
