import fs from 'node:fs';
import path from 'node:path';
import { citedKeys } from '../bibliography/remark-cite';
import { permalinkProblems } from '../routing/permalinks';
import { newsPath, projectPagePath, routes } from '../routing/urls';
import { byImportance, CONTENT_EXTENSIONS, readCourse, readNews, readPage, readPost, readProject, readSite, type Read } from './collections';
import { CvFiles } from './cv';
import { derivedFields } from './derive';
import type { ContentDate } from './fields';
import { IssueLog } from '../issues';
import { LIMITS } from './limits';
import { collectOldAddresses, readRedirects } from './old-addresses';
import { readPublications } from './publication-data';
import { readExternalPosts } from './external-posts';
import { readRepositories } from './repositories';
import { readSourceFile, type SourceFile } from './source-file';
import { readStylesheet } from './stylesheet';
import { symlinkProblems } from './symlinks';
import { mergeTermSpellings, termPageProblems } from './taxonomy';
import type { Content, Course, Document, LoadOptions, NewsItem, Page, Post, Project } from './types';

/**
 * Reads and validates all of content/. Never throws for content problems:
 * they go to the log, with file and line, and the caller decides.
 */
export function readContent(options: LoadOptions): { content: Content | null; log: IssueLog; documents: Document[] } {
  const root = options.root;
  const log = new IssueLog(root);
  // A link out of the project stops the reading before anything behind it is read (symlinks.ts).
  const folders = [options.contentDir, options.publicDir];
  if (symlinkProblems(folders, [root, ...folders], log) > 0) return { content: null, log, documents: [] };
  // Every body that could be read, valid front matter or not, so the check can compile it too.
  const documents: Document[] = [];
  const read = (file: string): Read | null => {
    const source = readSourceFile(file, log);
    if (!source) return null;
    if (isEmptyFile(source)) {
      // Jekyll makes no page of a file without front matter in a collection (al-folio sites keep empty `_projects/` files).
      log.warn(file, 1, 'the file is empty: it is skipped', 'write its front matter (between two --- lines) and its text, or delete the file');
      return null;
    }
    const doc = document(source, log, options.publicDir, options.derivedCache);
    if (doc.derived.tooLarge) {
      log.error(file, doc.derived.tooLarge.line + source.bodyLine - 1, `the body makes more than ${LIMITS.nodes.toLocaleString('en')} elements (paragraphs, links, emphasis, list items, table cells): Folio builds pages of up to ${LIMITS.nodes.toLocaleString('en')}, and this is the next`, 'split it into several pages or posts');
      return null;
    }
    documents.push(doc);
    return { source, doc };
  };
  const siteFile = path.join(options.contentDir, 'site.yml');
  const settings = readSite(siteFile, log, options.publicDir);
  const styles = readStylesheet(options.contentDir, log);
  const site = settings?.site;
  const cvFiles = new CvFiles(options.contentDir, log);
  const pages = listFiles(path.join(options.contentDir, 'pages'))
    .map((file) => readPage(file, read(file), log, options.publicDir, cvFiles))
    .filter((p): p is Page => p !== null);
  const allPosts = listFiles(path.join(options.contentDir, 'blog'))
    .map((file) => readPost(file, read(file), log, options.publicDir, site))
    .filter((p): p is Post => p !== null)
    .sort(newestFirst);
  mergeTermSpellings(allPosts, log);
  termPageProblems(allPosts, log);
  const news = listFiles(path.join(options.contentDir, 'news'))
    .map((file) => readNews(file, read(file), log))
    .filter((n): n is NewsItem => n !== null)
    .sort(newestFirst);
  const posts = options.includeDrafts ? allPosts : allPosts.filter((p) => !p.draft);
  const projects = listFiles(path.join(options.contentDir, 'projects'))
    .map((file) => readProject(file, read(file), log, options.publicDir))
    .filter((p): p is Project => p !== null)
    .sort(byImportance);
  const courses = listFiles(path.join(options.contentDir, 'teaching'))
    .map((file) => readCourse(file, read(file), log))
    .filter((c): c is Course => c !== null);
  cvFiles.checkAll();

  claimPermalinks(pages, allPosts, news, projects, courses, log);
  const publications = readPublications(options.contentDir, options.publicDir, site ?? null, log);
  const repositories = readRepositories(options.contentDir, log);
  const oldAddresses = collectOldAddresses({ pages, posts, news, projects }, readRedirects(path.join(options.contentDir, 'redirects.yml'), log));
  if (!settings || !site) return { content: null, log, documents };
  const externalPosts = readExternalPosts(options.contentDir, site.external_sources, siteFile, settings.lineOf, log);
  return { content: { root, site, pages, posts, news, publications, projects, courses, repositories, externalPosts, oldAddresses, styles: styles ?? undefined }, log, documents };
}

/** A file with nothing in it but white space (no front matter, no text). */
function isEmptyFile(source: SourceFile): boolean {
  return source.body.trim() === '' && Object.keys(source.data).length === 0 && fs.readFileSync(source.path, 'utf8').trim() === '';
}

function newestFirst(a: { date: ContentDate }, b: { date: ContentDate }) {
  return b.date.iso.localeCompare(a.date.iso);
}

/** The content files of a folder (`content/pages/`) the site reads: `.md` and `.mdx`, not `_name` or `.name`. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => CONTENT_EXTENSIONS.test(name) && !name.startsWith('_') && !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name));
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

/** Every page's address is its own (lib/routing/permalinks.ts): the pages generated from content claim theirs first. */
function claimPermalinks(pages: Page[], posts: Post[], news: NewsItem[], projects: Project[], courses: Course[], log: IssueLog) {
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
    ...courses.map((course) => ({ permalink: routes.course(course.slug), file: course.source.path, line: 1 })),
  ];
  const claims = pages.map((page) => ({ permalink: page.permalink, file: page.source.path, line: page.source.lineOf(['permalink']), layout: page.layout }));
  for (const problem of permalinkProblems(generated, claims, (file) => log.relative(file))) log.error(problem.file, problem.line, problem.message, problem.fix);
}
