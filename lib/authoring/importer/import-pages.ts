import path from 'node:path';
import type { SourceFile } from '../../content/source-file';
import { PAGE_LAYOUTS } from '../../content/schemas';
import { isOwnedRoute, routes } from '../../routing/urls';
import { FrontMatter } from './front-matter';
import { flatName, isFalse, permalinkOf, type ImportRun } from './import-run';
import { convertFile } from './import-convert';
import { MARKDOWN } from './jekyll';
import { layoutOnlyKeys } from './layout-keys';
import { listingLayout } from './services';

/** Markdown pages: `_pages/**` and, as Jekyll builds them, Markdown files with front matter at the site root. */
export function listPages(run: ImportRun): string[] {
  // `_pages/` starts with `_`: Jekyll reads it only because al-folio's `include` lists it.
  const included = run.jekyll.whySkipped('_pages') === null;
  if (!included && run.reader.isDirectory('_pages')) run.skip('_pages/', 'Jekyll skips it: `include` in _config.yml does not list _pages');
  const { files, skipped } = included ? run.jekyll.walk('_pages') : { files: [], skipped: [] };
  skipped.forEach((s) => run.skip(s.file, s.reason));
  const pages = files.filter((f) => {
    if (MARKDOWN.test(f)) return true;
    run.skip(f, 'not a Markdown page: rewrite it as content/pages/*.mdx by hand');
    return false;
  });
  for (const { name: entry, kind } of run.reader.list('')) {
    if (!MARKDOWN.test(entry) || kind !== 'file') continue;
    // Without front matter Jekyll copies the file as it is: not a page.
    if (!/^---\s*$/.test(run.reader.text(entry)!.split('\n')[0] ?? '')) continue;
    const why = run.jekyll.whySkipped(entry);
    if (why) run.skip(entry, why);
    else pages.push(entry);
  }
  if (run.reader.isDirectory('_drafts')) run.skip('_drafts/', 'Jekyll builds drafts only with --drafts');
  return pages.filter((page) => !run.isDemo(page) && !run.otherLanguage(page));
}

/**
 * al-folio's blog index: the page at /blog/, or else the one whose Liquid
 * lists the posts page by page (`{% for post in paginator.posts %}`), at
 * whatever address the site gave it (`/journal/`).
 */
export function findBlogIndex(run: ImportRun, pages: string[]): string | undefined {
  const read = pages.map((file) => ({ file, source: run.read(file) }));
  return (
    read.find(({ source }) => permalinkOf(source) === routes.blogIndex)?.file ??
    read.find(({ source }) => source && /\{%-?\s*for\s+[\w-]+\s+in\s+paginator\.posts\b/.test(source.body))?.file
  );
}

export function importPage(run: ImportRun, file: string, cvFormats: ('rendercv' | 'jsonresume')[], blogIndex?: string) {
  const source = run.read(file);
  const name = flatName(run.languages?.withoutFolder(file) ?? file, '_pages/');
  if (!source) return run.copyUnconverted(file, `content/pages/${name}`, 'pages');
  const permalink = permalinkOf(source);
  if (source.data.published === false || isFalse(source.data.published)) return run.skip(file, '`published: false`: Jekyll does not build it');
  if (permalink === '/404.html' || permalink === '/404/' || /^404\./.test(path.basename(file))) {
    return run.skip(file, 'the 404 page: Folio has its own (app/not-found.tsx)');
  }
  const frontMatter = new FrontMatter(run.frontMatterText(file, source));
  if (source.data.dropdown === true) submenu(run, file, source, frontMatter);
  if (file === blogIndex) {
    // al-folio's blog page is a Liquid template that lists the posts; Folio's blog index does that.
    if (source.data.layout !== 'blog') frontMatter.set('layout', 'blog');
    run.note(file, source.lineOf(['layout']), 'the blog index: `layout: blog` (Folio lists the posts itself; the Liquid template was left out)');
    if (permalink !== routes.blogIndex) {
      frontMatter.set('permalink', routes.blogIndex);
      run.note(file, source.lineOf(['permalink']), `the blog index was at ${permalink ?? 'its default address'}: Folio's is ${routes.blogIndex}, which this page titles now (\`permalink: ${routes.blogIndex}\`); its title and nav entry stay`);
    }
    run.counted('pages');
    // Its old address leads to the blog (lib/authoring/importer/old-addresses.ts).
    run.newPermalinks.set(file, routes.blogIndex);
    run.converted.set(file, `content/pages/${name}.md`);
    return run.emit(`content/pages/${name}.md`, frontMatter.toString(), null);
  }
  if (permalink && isOwnedRoute(permalink))
    run.note(file, source.lineOf(['permalink']), `titles Folio's ${permalink} page (its title, description and text go above the list Folio makes)`);

  let layout = typeof source.data.layout === 'string' ? source.data.layout : undefined;
  if (layout !== undefined && !(PAGE_LAYOUTS as readonly string[]).includes(layout)) {
    const mapped = customLayout(run, layout, source);
    const whose = mapped.alFolio ? `al-folio's (Folio has no such layout; ${mapped.why})` : `the site's own (${mapped.why})`;
    run.note(file, source.lineOf(['layout']), `layout \`${layout}\` is ${whose}: imported as \`layout: ${mapped.layout}\``);
    frontMatter.set('layout', mapped.layout);
    layoutOnlyKeys(run, file, source, layout, 'page', mapped.layout);
    layout = mapped.layout;
  }
  if (typeof source.data.redirect === 'string' && source.data.redirect)
    run.leftover(file, source.lineOf(['redirect']), '`redirect:` pages are not supported: link to the address from another page instead');
  if (layout === 'cv') cvPage(run, file, source, frontMatter, cvFormats);
  if (layout === 'profiles' && Array.isArray(source.data.profiles))
    run.leftover(file, source.lineOf(['profiles']), '`layout: profiles`: Folio shows the page, not the people its `profiles:` list; write them into the text (a <Figure> and a paragraph each)');
  run.frontMatterFiles(file, source, ['profile', 'image'], 'assets/img/');
  run.frontMatterFiles(file, source, ['cv_pdf'], 'assets/pdf/');
  // al-folio's teaching and repositories templates: Folio's layout lists the courses or the cards (./services.ts).
  const listing = listingLayout(source.body);
  if (listing) {
    frontMatter.set('layout', listing.layout);
    run.note(file, source.lineOf(['layout']), `\`layout: ${listing.layout}\`: Folio lists the ${listing.layout === 'teaching' ? 'courses' : 'GitHub cards'} itself (al-folio's Liquid template was left out)`);
    layout = listing.layout;
  }
  convertFile(run, file, listing ? { ...source, body: listing.body } : source, 'page', `content/pages/${name}`, 'pages', { about: layout === 'about', layout: layout ?? 'page', permalink, frontMatter });
}

/** al-folio's page layouts Folio has no counterpart for (every release; the others are in PAGE_LAYOUTS). */
const AL_FOLIO_LAYOUTS = new Set(['book-shelf', 'book-review', 'teachings', 'course', 'archive-year', 'archive-tag', 'archive-category', 'post']);

/**
 * al-folio's header submenu (`dropdown: true`, `children`), carried as
 * written: Folio's header shows it. An item whose path leads to no page or
 * file of the imported site (al-folio's demo lists `/books/`) is left out
 * and reported, as the check would stop on it; a file it names is copied.
 * With no link left, the page is imported as a plain page.
 */
function submenu(run: ImportRun, file: string, source: SourceFile, frontMatter: FrontMatter) {
  const children = Array.isArray(source.data.children) ? (source.data.children as unknown[]) : [];
  const prefix = run.baseurl.replace(/^\//, '');
  const kept = children.filter((child, index) => {
    const { title, permalink } = (child ?? {}) as { title?: unknown; permalink?: unknown };
    if (title === 'divider' || typeof permalink !== 'string' || /^[a-z][a-z\d+.-]*:/i.test(permalink)) return true;
    let address = permalink.trim().replace(/\/index\.html$/, '/');
    if (prefix && address.startsWith(`/${prefix}/`)) address = address.slice(prefix.length + 1);
    const asPage = address.endsWith('/') || address.endsWith('.html') ? address : `${address}/`;
    if (run.pageAddresses.has(asPage)) return true;
    const relative = address.replace(/^\//, '');
    if (relative && run.jekyll.exists(relative) && run.reader.isFile(relative)) {
      run.references.push({ file, line: source.lineOf(['children', index, 'permalink']), path: relative });
      return true;
    }
    run.leftover(file, source.lineOf(['children', index, 'permalink']), `header submenu item \`${String(title)}\` (${permalink}) leads to no page of the imported site: left out of the submenu`);
    return false;
  });
  if (kept.length === children.length) return run.note(file, source.lineOf(['dropdown']), 'a header submenu (`dropdown: true`): Folio shows its `children` under the page\'s title');
  const links = kept.filter((c) => (c as { title?: unknown })?.title !== 'divider');
  if (links.length > 0) frontMatter.replace('children', kept);
  else {
    frontMatter.replace('children', undefined).set('dropdown', false);
    run.note(file, source.lineOf(['dropdown']), 'a header submenu with no item left: imported as a plain page');
  }
}

/**
 * A layout the site defines itself (`_layouts/home.liquid`, a copy of
 * al-folio's about): mapped by what it renders. A layout built on one of
 * al-folio's keeps that one; a page with a `profile` is the about page.
 */
function customLayout(run: ImportRun, layout: string, source: SourceFile): { layout: string; why: string; alFolio?: boolean } {
  const file = ['liquid', 'html'].map((ext) => `_layouts/${layout}.${ext}`).find((f) => run.jekyll.exists(f));
  // Not in _layouts/: one al-folio ships (v1 keeps them all in its theme gem), not the author's.
  if (!file && (AL_FOLIO_LAYOUTS.has(layout) || run.report.layout === 'v1'))
    return source.data.profile !== undefined ? { layout: 'about', why: 'the page has a profile', alFolio: true } : { layout: 'page', why: 'the page shows its text', alFolio: true };
  const text = (file && run.reader.text(file)) ?? '';
  const parent = /^---\s*\n[\s\S]*?^layout:\s*["']?([\w-]+)["']?\s*$[\s\S]*?^---/m.exec(text)?.[1];
  if (source.data.profile !== undefined || /\bpage\.profile\b/.test(text)) return { layout: 'about', why: 'it shows a profile' };
  if (parent && parent !== 'default' && (PAGE_LAYOUTS as readonly string[]).includes(parent)) return { layout: parent, why: `${file} builds on \`${parent}\`` };
  return { layout: 'page', why: file ? `${file} renders a page` : 'no such layout in _layouts/' };
}

/** A `layout: cv` page: the CV file al-folio would show is named when both exist. */
function cvPage(run: ImportRun, file: string, source: SourceFile, frontMatter: FrontMatter, formats: ('rendercv' | 'jsonresume')[]) {
  const format = source.data.cv_format;
  if (format === undefined && formats.length > 1) {
    // al-folio's cv layout prefers RenderCV when both are there.
    frontMatter.set('cv_format', formats[0]!);
    run.note(file, source.lineOf(['layout']), `the site has both CV files: \`cv_format: ${formats[0]}\` added, the one al-folio showed`);
  } else if (formats.length === 0) {
    run.leftover(file, source.lineOf(['layout']), 'a CV page, but the site has no CV data (_data/cv.yml or assets/json/resume.json): write content/cv.yml');
  }
}
