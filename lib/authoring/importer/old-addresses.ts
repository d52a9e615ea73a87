import path from 'node:path';
import YAML from 'yaml';
import { termSlug } from '../../content/taxonomy';
import { oldAddressRoute } from '../../routing/old-address-routes';
import { routes } from '../../routing/urls';
import { isFalse, type ImportRun } from './import-run';
import { documentUrl, pageUrl, postDay, postUrl, slugify } from './jekyll-urls';
import { MARKDOWN } from './jekyll';

/**
 * Every address the al-folio site had keeps answering after the move
 * (issue 21): links from papers, CVs and search engines still arrive. From
 * the site's files and Jekyll's permalink rules (jekyll-urls.ts) the import
 * knows the address of each page, post, news item, project and document of
 * another collection, of the blog's later pages and its archives; where
 * Folio serves the same thing elsewhere, content/redirects.yml sends the
 * old address on (lib/content/old-addresses.ts serves it). Files Jekyll
 * copied as they are (PDFs, images, data under assets/ and elsewhere) are
 * copied to the same paths in public/, unless al-folio's own demo files
 * nobody links to; content/resume.json answers at /assets/json/resume.json
 * by itself (app/assets/json/).
 */

type Entry = { from: string; to: string; why: string };

/** A decoded path with its trailing slash (a file's address stays as it is). */
function normal(url: string): string {
  const decoded = (() => {
    try {
      return decodeURI(url);
    } catch {
      return url;
    }
  })();
  return decoded.endsWith('/') || /\.[A-Za-z0-9]+$/.test(decoded) ? decoded : `${decoded}/`;
}

/** What Jekyll would not publish: `published: false`, or a post dated in the future. */
function unpublished(run: ImportRun, file: string, data: Record<string, unknown>): boolean {
  if (data.published === false || isFalse(data.published)) return true;
  const day = file.startsWith('_posts/') ? postDay(file, data) : null;
  return day !== null && new Date(`${day}T00:00:00Z`) > run.now;
}

/**
 * Where the converted file now lives, in Folio's routes (as lib/content/
 * collections.ts reads it), and the address Folio answers for it itself:
 * its page's, or for an inline news item and a project that leads
 * elsewhere, the address Folio keeps for them (lib/content/old-addresses.ts).
 */
function folioPlace(target: string, data: Record<string, unknown>): { place: string; own: string } | null {
  const name = path.basename(target).replace(/\.mdx?$/, '');
  const dated = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(name);
  const same = (place: string) => ({ place, own: place });
  if (target.startsWith('content/pages/')) return same(typeof data.permalink === 'string' && data.permalink.trim() ? normal(data.permalink.trim()) : `/${name}/`);
  if (target.startsWith('content/blog/')) {
    const day = postDay(target, data);
    return day && dated ? same(decodeURI(routes.post(day.slice(0, 4), dated[2]!.toLowerCase()))) : null;
  }
  if (target.startsWith('content/news/')) {
    const slug = (dated ? dated[2]! : name).toLowerCase();
    const inline = data.inline === true || (typeof data.inline === 'string' && data.inline.trim() !== '' && !isFalse(data.inline));
    return { place: inline ? routes.newsAnchor(slug) : decodeURI(routes.newsItem(slug)), own: decodeURI(routes.newsItem(slug)) };
  }
  if (target.startsWith('content/projects/')) {
    const redirect = typeof data.redirect === 'string' ? data.redirect.trim() : '';
    return { place: redirect || decodeURI(routes.project(name)), own: decodeURI(routes.project(name)) };
  }
  return null;
}

/** The al-folio address of a converted file. */
function alFolioAddress(run: ImportRun, file: string, data: Record<string, unknown>): string | null {
  if (file.startsWith('_posts/')) return postUrl(file, data, run.config);
  const collection = /^_([^/]+)\//.exec(file)?.[1];
  if (collection && collection !== 'pages') return documentUrl(collection, file, data, run.config);
  return pageUrl(file, data, run.config);
}

/** The documents of the site's converted pages, posts, news items and projects whose address changed. */
function documents(run: ImportRun, found: Entry[]) {
  for (const [file, target] of run.converted) {
    const source = run.read(file);
    if (!source || unpublished(run, file, source.data)) continue;
    const collection = /^_([^/]+)\//.exec(file)?.[1];
    if (collection && collection !== 'pages' && collection !== 'posts' && !outputs(run, collection)) continue;
    // A multilingual site (jekyll-polyglot): the default language's file answered without its folder,
    // and under each other language's prefix (`/pt-br/...`) too, which now leads to the default language's page.
    const old = alFolioAddress(run, run.languages ? run.languages.withoutFolder(file) : file, source.data);
    const moved = run.newPermalinks.get(file);
    const folio = folioPlace(target, moved ? { ...source.data, permalink: moved } : source.data);
    if (!old || !folio) continue;
    found.push(...languageAddresses(run, old, folio.place, file));
    if (normal(old) === folio.place || normal(old) === folio.own) continue;
    found.push({ from: normal(old), to: folio.place, why: file });
  }
}

/**
 * A multilingual site (jekyll-polyglot) answered a default-language file's
 * address under each other language's prefix too (`/pt-br/...`): it now
 * leads where the default language's address does. A file in another
 * language is not carried (import-run.ts), and has no address of its own here.
 */
function languageAddresses(run: ImportRun, old: string, to: string, file: string): Entry[] {
  return (run.languages?.others ?? []).map((lang) => ({ from: normal(`/${lang}${old}`), to, why: `${file} (its ${lang} address; Folio carries the default language)` }));
}

/** Whether Jekyll wrote pages for a collection (`output: true`). */
function outputs(run: ImportRun, collection: string): boolean {
  const settings = ((run.config.collections ?? {}) as Record<string, { output?: unknown } | null>)[collection];
  return settings?.output === true;
}

/** Documents of collections Folio has no pages for (`_teachings/`, `_books/`): to the page that listed them, else home. */
function otherCollections(run: ImportRun, found: Entry[]) {
  const names = Object.keys((run.config.collections ?? {}) as object).filter((c) => !['posts', 'news', 'projects', 'pages'].includes(c) && outputs(run, c));
  const pages = [...run.converted].filter(([file]) => !/^_(posts|news|projects)\//.test(file)).map(([file, target]) => ({ file, source: run.read(file), target }));
  for (const name of names) {
    const singular = name.replace(/s$/, '');
    const list =
      pages.find((p) => p.source && [`/${name}/`, `/${singular}/`].includes(folioPlace(p.target, p.source.data)?.place ?? '')) ??
      pages.find((p) => p.source && new RegExp(`site\\.${name}\\b|${singular}s?\\.liquid`).test(p.source.body));
    const to = (list?.source && folioPlace(list.target, list.source.data)?.place) || '/';
    for (const file of run.jekyll.walk(`_${name}`).files.filter((f) => MARKDOWN.test(f))) {
      const source = run.read(file);
      if (!source || unpublished(run, file, source.data) || run.languages?.isOther(file, source.data)) continue;
      const from = normal(documentUrl(name, run.languages?.withoutFolder(file) ?? file, source.data, run.config));
      // Courses are carried (content/teaching/): one Folio serves at the address al-folio gave it needs no redirect.
      const course = name === 'teachings' && run.outputs.has(`content/teaching/${path.basename(file)}`);
      if (course) {
        const own = decodeURI(routes.course(path.basename(file).replace(MARKDOWN, '')));
        if (from !== own) found.push({ from, to: own, why: file });
        found.push(...languageAddresses(run, from, own, file));
        continue;
      }
      found.push({ from, to, why: `${file} (the ${name} collection is not carried)` }, ...languageAddresses(run, from, to, file));
    }
  }
}

/** The blog's later pages and jekyll-archives' year, tag and category pages, where Folio's are elsewhere. */
function generatedPages(run: ImportRun, found: Entry[]) {
  const posts = [...run.converted].filter(([file]) => file.startsWith('_posts/')).map(([file]) => ({ file, source: run.read(file) }));
  const published = posts.filter((p) => p.source && !unpublished(run, p.file, p.source.data));
  const site = YAML.parse(String(run.outputs.get('content/site.yml')?.data ?? '')) as { blog?: { per_page?: number } } | null;
  const folioPages = Math.ceil(published.length / (site?.blog?.per_page ?? 5));
  const plugins = [...list(run.config.plugins), ...list(run.config.gems)];
  const perPage = Number(run.config.paginate);
  if (plugins.includes('jekyll-paginate') && perPage > 0) {
    const pathTemplate = typeof run.config.paginate_path === 'string' ? run.config.paginate_path : '/page:num/';
    for (let n = 2; n <= Math.ceil(published.length / perPage); n++) {
      found.push({ from: normal(pathTemplate.replace(':num', String(n))), to: n <= folioPages ? routes.blog(n) : routes.blogIndex, why: `_config.yml \`paginate_path\` (page ${n} of the blog)` });
    }
  }
  const archives = (run.config['jekyll-archives'] ?? {}) as { enabled?: unknown; permalinks?: Record<string, unknown>; posts?: { enabled?: unknown; permalinks?: Record<string, unknown> } };
  const settings = archives.posts ?? archives;
  const enabled = settings.enabled === 'all' ? ['year', 'tags', 'categories'] : list(settings.enabled);
  const permalink = (kind: string, fallback: string) => String(settings.permalinks?.[kind] ?? settings.permalinks?.[kind.replace(/s$/, '')] ?? fallback);
  const seen = new Set<string>();
  const add = (from: string, to: string, why: string) => !seen.has(from) && seen.add(from) && found.push({ from: normal(from), to, why });
  for (const { source, file } of published) {
    const data = source!.data;
    const day = postDay(file, data);
    if (enabled.includes('year') && day) add(permalink('year', '/:year/').replace(':year', day.slice(0, 4)), routes.year(day.slice(0, 4)), 'jekyll-archives: the posts of a year');
    for (const [kind, key, fallback] of [['tags', 'tags', '/tag/:name/'], ['categories', 'categories', '/category/:name/']] as const) {
      if (!enabled.includes(kind)) continue;
      for (const term of list(data[key])) add(permalink(kind, fallback).replace(':type', kind.replace(/s$/, '').replace('categorie', 'category')).replace(':name', slugify(term)), decodeURI(routes.term(kind === 'tags' ? 'tag' : 'category', termSlug(term))), `jekyll-archives: the posts of a ${kind === 'tags' ? 'tag' : 'category'}`);
    }
  }
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** Files Jekyll copies as they are and a visitor may have a link to: documents, images, data, media. */
const KEPT_FILE = /\.(pdf|png|jpe?g|gif|webp|avif|svg|ico|bib|json|csv|tsv|txt|zip|gz|tgz|ppt|pptx|key|doc|docx|odt|odp|xls|xlsx|tex|ipynb|mp4|webm|mov|m4v|mp3|wav|ogg|m4a|geojson)$/i;

/** Every such file of the site, at the same path in public/: what the content links to is there already. */
function carryFiles(run: ImportRun) {
  const { files } = run.jekyll.walk('');
  for (const file of files) {
    if (!KEPT_FILE.test(file) || run.outputs.has(`public/${file}`)) continue;
    // content/resume.json answers at this address (app/assets/json/).
    if (file === 'assets/json/resume.json' && run.outputs.has('content/resume.json')) continue;
    // Through the site's reader (a link out of the site is refused), al-folio's demo files left behind as everywhere.
    const bytes = run.bytes(file);
    if (!bytes || run.isDemo(file)) continue;
    run.emit(`public/${file}`, bytes, 'files');
  }
}

/** Finds the old addresses, writes content/redirects.yml, and carries the site's files. */
export function keepOldAddresses(run: ImportRun) {
  const found: Entry[] = [];
  documents(run, found);
  otherCollections(run, found);
  generatedPages(run, found);
  carryFiles(run);
  const kept = new Map<string, Entry>();
  for (const entry of found) {
    if (kept.has(entry.from) || entry.from === entry.to) continue;
    if (!oldAddressRoute(entry.from)) continue;
    kept.set(entry.from, entry);
  }
  if (kept.size === 0) return;
  const lines = [...kept.values()].map((e) => `${YAML.stringify({ [e.from]: e.to }, { lineWidth: 0 }).trim()}  # ${e.why}`);
  const text = `# The addresses your al-folio site had that lead elsewhere on this one: a visitor (or a search engine)\n# who comes by one is sent on to where it lives now. Written by \`npm run import:al-folio\`; yours to edit\n# (see "Pages that moved" in README.md).\n${lines.join('\n')}\n`;
  run.emit('content/redirects.yml', text, null);
}
