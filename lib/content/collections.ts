import fs from 'node:fs';
import path from 'node:path';
import { parseBibliography } from '../bibliography/parse';
import type { Publication } from '../bibliography/types';
import { publicFile } from '../routing/public-file';
import { markupIn, sanitizeHtml, type SafeHtml } from '../sanitize/sanitize';
import { judgeSegment } from '../routing/addresses';
import { routes } from '../routing/urls';
import { displayTitle } from '../text';
import { smartHtml, smartText } from '../text/typography';
import { frontMatterImage, localFile } from './assets';
import { LIMITS, readContentText } from './limits';
import { migrateSettings } from './migrations';
import { themeProblems } from './theme-settings';
import type { CvFiles } from './cv';
import { parseContentDate, type ContentDate } from './fields';
import { bibliographyOptions } from './publication-data';
import type { IssueLog } from '../issues';
import { courseSchema, newsSchema, pageSchema, postSchema, projectSchema, siteSchema } from './schemas';
import type { PageData } from './schemas';
import { markdownToHtml } from '../bibliography/latex';
import { AL_FOLIO_DEMO_REPO_ID, AL_FOLIO_REPO } from '../services/giscus';
import type { SourceFile } from './source-file';
import { tableOfContents } from './toc';
import type { Course, Document, LocalImage, NavChild, NewsItem, Page, Post, Project, Site } from './types';
import { validate, type PlacedData } from './validate';
import { parseYaml } from './yaml';

/**
 * One reader per kind of content: site.yml, and each file of pages/, blog/,
 * news/, projects/ and teaching/, validated against its schema (schemas.ts) and made
 * the typed data of types.ts. Each returns null when the file cannot be
 * used, its problems logged with their lines.
 */

export const CONTENT_EXTENSIONS = /\.mdx?$/;
const POST_FILE_NAME = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)\.mdx?$/;

/** A file read: its parts, and the document made of its body. */
export type Read = { source: SourceFile; doc: Document };

/** content/site.yml, and where each key is written (for checks that read it with other files). */
export function readSite(file: string, log: IssueLog, publicDir?: string): { site: Site; lineOf: PlacedData['lineOf'] } | null {
  if (!fs.existsSync(file)) {
    log.error(file, 1, 'site settings are missing', 'create content/site.yml with at least `title:` and `name:`');
    return null;
  }
  const text = readContentText(file, log, LIMITS.dataBytes);
  const yaml = text === null ? null : parseYaml(text, file, log);
  if (!yaml) return null;
  const source = migrateSettings('site.yml', { ...yaml, path: file }, log);
  const site = validate(siteSchema, source.data, source, log);
  if (site && publicDir !== undefined) themeProblems(site.theme, source.data.theme, source, publicDir, log);
  if (site?.giscus && (site.giscus.repoId === AL_FOLIO_DEMO_REPO_ID || site.giscus.repo === AL_FOLIO_REPO)) {
    const key = site.giscus.repoId === AL_FOLIO_DEMO_REPO_ID ? 'repo_id' : 'repo';
    log.warn(file, source.lineOf(['giscus', key]), `\`giscus.${key}\` is al-folio's own (${AL_FOLIO_REPO}), copied from its template: your readers' comments would go to al-folio's discussions`, 'make your own on https://giscus.app for your repository, and copy its repo, repo_id, category and category_id here', source.columnOf(['giscus', key]));
  }
  return site && { site: { ...site, footer_text: safeHtml(site.footer_text, ['footer_text'], source, log) }, lineOf: source.lineOf };
}

/**
 * HTML written in front matter (al-folio allows it in `subtitle`,
 * `more_info`, `footer_text`, a page's `description`), through the one
 * sanitizer: what it removes is an error on the key's line.
 */
function safeHtml(html: string | undefined, key: string[], source: PlacedData, log: IssueLog): SafeHtml | undefined {
  if (!html) return undefined;
  // Prose, as a body is: typographer's quotes and dashes (lib/text/typography.ts).
  return smartHtml(sanitizeHtml(html, (removal) => log.error(source.path, source.lineOf(key), `\`${key.join('.')}\`: ${removal.message}`, removal.fix, source.columnOf(key))));
}

/**
 * A field Folio shows as text (a post's `title` and `description`): a tag in
 * it would show as written on the page, and feed readers read some of these
 * as HTML, so it is an error on the key's line.
 */
function plainText(text: string | undefined, key: string, source: PlacedData, log: IssueLog): void {
  const markup = text && markupIn(text);
  if (markup) log.error(source.path, source.lineOf([key]), `\`${key}\` is plain text: \`${markup}\` in it would show as written, and feed readers would read it as HTML`, 'write it without HTML tags (`<`, `>` and `&` alone are fine)', source.columnOf([key]));
}

/** al-folio's `dropdown: true` with its `children`; `children` alone is ignored, as al-folio does, with a warning. */
function submenu(data: Pick<PageData, 'dropdown' | 'children'>, source: PlacedData, log: IssueLog): NavChild[] | undefined {
  if (!data.dropdown) {
    if (data.children?.length) log.warn(source.path, source.lineOf(['children']), '`children` is read only with `dropdown: true`: the header shows this page as a plain link', 'add `dropdown: true` to make it a submenu, or remove `children`', source.columnOf(['children']));
    return undefined;
  }
  if (!data.children?.length) {
    log.error(source.path, source.lineOf(['dropdown']), '`dropdown: true` without `children`: the submenu would be empty', 'list its items: `children: [{title: Talks, permalink: /talks/}, {title: divider}, ...]`, or remove `dropdown`', source.columnOf(['dropdown']));
    return undefined;
  }
  return data.children.map((child) => (child.permalink ? { title: displayTitle(smartText(child.title)), href: child.permalink } : { divider: true as const }));
}

export function readPage(file: string, read: Read | null, log: IssueLog, publicDir: string, cvFiles: CvFiles): Page | null {
  if (!read) return null;
  const { doc } = read;
  const source = migrateSettings('pages', read.source, log);
  const data = validate(pageSchema, source.data, source, log);
  if (!data) return null;
  const slug = path.basename(file).replace(CONTENT_EXTENSIONS, '');
  // Without a `permalink`, the file's name is the page's address.
  if (!data.permalink && !nameMakesAddress(file, slug, log, { written: true })) return null;
  let image: LocalImage | undefined;
  if (data.profile?.image) {
    // An image that cannot be shown gives way to the monogram (the missing file is an error, logged).
    image = frontMatterImage(data.profile.image, ['profile', 'image'], file, source, log, publicDir, 'a monogram of your initials');
  }
  const cv = data.layout === 'cv' ? cvFiles.forPage(data.cv_format ?? undefined, source) : undefined;
  // A CV's sections are headings of the page, after those of its text.
  const headings = cv ? [...doc.derived.headings, ...cv.sections.map((s) => ({ depth: 2 as const, text: s.title, id: s.id }))] : doc.derived.headings;
  return {
    ...doc,
    slug,
    permalink: data.permalink ?? `/${slug}/`,
    layout: data.layout,
    title: displayTitle(smartText(data.title)),
    description: safeHtml(data.description, ['description'], source, log),
    subtitle: safeHtml(data.subtitle, ['subtitle'], source, log),
    nav: data.nav,
    navOrder: data.nav_order,
    dropdown: submenu(data, source, log),
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
    giscusComments: data.giscus_comments,
    redirectFrom: data.redirect_from,
  };
}

export function readPost(file: string, read: Read | null, log: IssueLog, publicDir: string, site: Site | null = null): Post | null {
  if (!read) return null;
  const { doc } = read;
  const source = migrateSettings('blog', read.source, log);
  const data = validate(postSchema, source.data, source, log);
  if (!data) return null;
  plainText(data.title, 'title', source, log);
  plainText(data.description, 'description', source, log);
  if (!withinTermLimit(data.tags, 'tags', source, log) || !withinTermLimit(data.categories, 'categories', source, log)) return null;
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
    title: smartText(data.title),
    date,
    description: smartText(data.description),
    tags: data.tags,
    categories: data.categories,
    thumbnail: data.thumbnail ? frontMatterImage(data.thumbnail, ['thumbnail'], file, source, log, publicDir, 'no thumbnail') : undefined,
    draft,
    featured: data.featured,
    relatedPosts: data.related_posts,
    updated: data.last_modified_at,
    readingMinutes: doc.derived.readingMinutes,
    toc: tableOfContents(data.toc, doc.derived.headings),
    redirect: data.redirect,
    bibliography: data.bibliography ? postBibliography(data.bibliography, file, source, log, publicDir, site) : undefined,
    giscusComments: data.giscus_comments,
    redirectFrom: data.redirect_from,
  };
}

/** A post's own BibTeX file (`bibliography: talk.bib`, in public/assets/bibliography/ as al-folio keeps it): its entries, each problem on its line. */
function postBibliography(name: string, file: string, source: SourceFile, log: IssueLog, publicDir: string, site: Site | null): Publication[] | undefined {
  const sitePath = localFile(name, ['bibliography'], '/assets/bibliography/', file, source, log, publicDir);
  const bib = sitePath && !/^https?:/.test(sitePath) ? publicFile(sitePath, publicDir) : null;
  if (sitePath && !bib) log.error(file, source.lineOf(['bibliography']), `bibliography \`${name}\` is not a file of the site`, 'download it into public/assets/bibliography/ and write its file name');
  const text = bib ? readContentText(bib, log, LIMITS.dataBytes) : null;
  return bib && text !== null ? parseBibliography(text, bib, log, bibliographyOptions(publicDir, site)) : undefined;
}

/** A post's tags (or categories), each a page of the site: at most LIMITS.termsPerPost. */
function withinTermLimit(terms: string[], key: 'tags' | 'categories', source: PlacedData, log: IssueLog): boolean {
  if (terms.length <= LIMITS.termsPerPost) return true;
  log.error(source.path, source.lineOf([key]), `the post has ${terms.length.toLocaleString('en')} ${key}: a post may have ${LIMITS.termsPerPost} at most (each has a page of its own)`, `keep the ${key} that say what the post is about`, source.columnOf([key]));
  return false;
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
  const slug = (match ? match[2]! : name.replace(CONTENT_EXTENSIONS, '')).toLowerCase();
  return nameMakesAddress(file, slug, log) ? { date, slug } : null;
}

/**
 * A file whose name is a part of its page's address (a post's, a news
 * item's, a project's, a page's without `permalink`) must name a folder
 * (lib/routing/addresses.ts): not `.` or `..`, no control character, not
 * too long. A page's address is written as it reads, so a `%` in its name
 * would be read as the start of an escape. False, with an error, when not.
 */
function nameMakesAddress(file: string, slug: string, log: IssueLog, { written = false } = {}): boolean {
  const problem = judgeSegment(slug, 'the address part made of the file\'s name');
  if (problem) log.error(file, 1, problem.message, 'rename the file');
  else if (written && slug.includes('%')) log.error(file, 1, `the address made of the file's name, \`/${slug}/\`, holds a \`%\`, which starts an escape in an address`, 'rename the file without %, or set `permalink:`');
  else return true;
  return false;
}

export function readNews(file: string, read: Read | null, log: IssueLog): NewsItem | null {
  if (!read) return null;
  const { doc } = read;
  const source = migrateSettings('news', read.source, log);
  const data = validate(newsSchema, source.data, source, log);
  if (!data) return null;
  const dated = datedName(file, data.date, log, 'the news item has no date', 'add `date: YYYY-MM-DD` to the front matter');
  if (!dated) return null;
  if (!data.inline && !data.title) {
    log.error(file, 1, 'a news item that is not `inline: true` needs a `title`', 'add `title: ...` or `inline: true`');
    return null;
  }
  return { ...doc, ...dated, inline: data.inline, title: smartText(data.title), redirectFrom: data.redirect_from };
}

export function readProject(file: string, read: Read | null, log: IssueLog, publicDir: string): Project | null {
  if (!read) return null;
  const { doc } = read;
  const source = migrateSettings('projects', read.source, log);
  const data = validate(projectSchema, source.data, source, log);
  if (!data) return null;
  const slug = path.basename(file).replace(CONTENT_EXTENSIONS, '');
  if (!data.redirect && !nameMakesAddress(file, slug, log)) return null;
  return {
    ...doc,
    slug,
    // As a page's: al-folio's starter titles its projects in lower case (`project 1`) and capitalises them in CSS.
    title: displayTitle(smartText(data.title)),
    description: safeHtml(data.description, ['description'], source, log),
    image: data.img ? frontMatterImage(data.img, ['img'], file, source, log, publicDir, 'the card without an image') : undefined,
    importance: data.importance ?? undefined,
    category: data.category,
    redirect: data.redirect ?? undefined,
    github: data.github?.replace(/^https?:\/\/github\.com\//, '').replace(/\/$/, '') ?? undefined,
    toc: tableOfContents(data.toc, doc.derived.headings),
    giscusComments: data.giscus_comments,
    redirectFrom: data.redirect_from,
  };
}

/** al-folio sorts projects by `importance` (1 first); Folio breaks ties, and places projects without one, by title. */
export function byImportance(a: Project, b: Project) {
  return (a.importance ?? Infinity) - (b.importance ?? Infinity) || a.title.localeCompare(b.title);
}

export function readCourse(file: string, read: Read | null, log: IssueLog): Course | null {
  if (!read) return null;
  const { doc } = read;
  const source = migrateSettings('teaching', read.source, log);
  const data = validate(courseSchema, source.data, source, log);
  if (!data) return null;
  return {
    ...doc,
    slug: path.basename(file).replace(CONTENT_EXTENSIONS, ''),
    title: displayTitle(data.title),
    description: safeHtml(data.description, ['description'], source, log),
    instructor: data.instructor,
    year: data.year,
    term: data.term,
    location: data.location,
    time: data.time,
    courseId: data.course_id,
    schedule: data.schedule.map((entry, i) => ({
      week: entry.week,
      date: entry.date,
      topic: entry.topic,
      // al-folio's `markdownify`; what the sanitizer removes is an error on the line.
      description: entry.description
        ? markdownToHtml(entry.description, { inline: true, report: (removal) => log.error(file, source.lineOf(['schedule', i, 'description']), `\`schedule.${i}.description\`: ${removal.message}`, removal.fix) })
        : undefined,
      materials: entry.materials.map((m) => ({ name: m.name, url: m.url ?? undefined })),
    })),
    toc: tableOfContents(data.toc, doc.derived.headings),
    giscusComments: data.giscus_comments,
  };
}
