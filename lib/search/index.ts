import zlib from 'node:zlib';
import { filterPublications } from '../bibliography/select';
import { hasList, type Content } from '../content';
import { isOwnedRoute, newsPath, routes } from '../routing/urls';
import { termLabel } from '../content/taxonomy';
import type { SearchDoc, SearchIndex } from './types';

export type { SearchDoc, SearchIndex } from './types';

/**
 * The most the index may weigh, gzipped, as a visitor downloads it when the
 * search opens: 300 KB for code and index together, less about 20 KB of code.
 * A site of a hundred long posts fits whole; past that, bodies are cut.
 */
export const INDEX_BUDGET = 280 * 1024;

/** An inline news item has no title: its first words stand for one. */
const NEWS_TITLE_LENGTH = 80;

/**
 * Everything a visitor can find, as plain data: posts (drafts never), pages,
 * news, and publications, each linked to its entry on the page that lists it.
 */
export function searchDocs(content: Content): SearchDoc[] {
  const listedOn = publicationPages(content);
  const docs: SearchDoc[] = [];
  // A page or post that moved (`redirect:`) is not found: its new place is.
  for (const page of content.pages) {
    if (page.redirect) continue;
    // A page that titles a list the site does not have (`/blog/` without posts) is not shown.
    if (isOwnedRoute(page.permalink) && !hasList(content, page.permalink)) continue;
    docs.push({ kind: 'page', url: page.permalink, title: page.title, text: page.derived.text, description: page.description });
  }
  for (const post of content.posts) {
    if (post.draft || post.redirect) continue;
    docs.push({
      kind: 'post',
      url: post.permalink,
      title: post.title,
      text: post.derived.text,
      description: post.description,
      // As the pages show them: a tag as its address (`#diffusion-models`), a category as written.
      tags: [...post.tags.map((t) => termLabel('tag', t)), ...post.categories.map((c) => termLabel('category', c))],
      date: post.date.day,
    });
  }
  // Posts published elsewhere lead there (an address, not a path of the site).
  for (const post of content.externalPosts) {
    docs.push({ kind: 'post', url: post.url, title: post.title, text: post.description ?? '', description: `On ${post.from}`, date: post.date.day });
  }
  for (const course of content.courses) {
    const facts = [course.courseId, course.term && `${course.term} ${course.year}`, course.instructor].filter(Boolean).join(' · ');
    const schedule = course.schedule.map((entry) => entry.topic).filter(Boolean).join('. ');
    docs.push({ kind: 'course', url: routes.course(course.slug), title: course.title, text: [course.derived.text, schedule].filter(Boolean).join('\n'), description: [facts, course.description].filter(Boolean).join(' — ') || undefined });
  }
  for (const item of content.news) {
    const text = item.derived.text;
    const url = newsPath(item) ?? routes.newsAnchor(item.slug);
    docs.push({ kind: 'news', url, title: item.title ?? firstWords(text, NEWS_TITLE_LENGTH), text, date: item.date.day });
  }
  for (const p of content.publications) {
    const page = listedOn.get(p.key);
    if (!page) continue;
    docs.push({
      kind: 'publication',
      url: `${page}#${encodeURIComponent(p.key)}`,
      title: p.title.text,
      text: p.abstract?.text ?? '',
      authors: p.authors.map((a) => a.name),
      venue: p.venue?.text,
      year: p.year,
    });
  }
  return docs;
}

/**
 * Where each publication is listed: the page whose `<Publications>` shows it,
 * the fullest list first (an unfiltered list wins over `selected="true"`).
 */
function publicationPages(content: Content): Map<string, string> {
  const lists = content.pages.flatMap((page) =>
    page.derived.components
      .filter((c) => c.name === 'Publications')
      .map((c) => ({ url: page.permalink, keys: filterPublications(content.publications, c.attributes).map((p) => p.key) })),
  );
  const listedOn = new Map<string, string>();
  for (const list of lists.sort((a, b) => b.keys.length - a.keys.length)) {
    for (const key of list.keys) if (!listedOn.has(key)) listedOn.set(key, list.url);
  }
  return listedOn;
}

/**
 * The index as the browser receives it. When the documents weigh more than
 * `budget` gzipped bytes, every body is cut to the longest length that fits
 * (shorter bodies stay whole): a search still finds every title, tag, author
 * and description, and the first part of each text.
 */
export function buildSearchIndex(docs: SearchDoc[], budget = INDEX_BUDGET): SearchIndex {
  if (gzippedSize({ docs }) <= budget) return { docs };
  let fits = 0;
  let tooLong = Math.max(...docs.map((d) => d.text.length));
  while (tooLong - fits > 64) {
    const cut = Math.floor((fits + tooLong) / 2);
    if (gzippedSize({ docs: cutBodies(docs, cut), cut }) <= budget) fits = cut;
    else tooLong = cut;
  }
  return { docs: cutBodies(docs, fits), cut: fits };
}

function gzippedSize(index: SearchIndex): number {
  return zlib.gzipSync(JSON.stringify(index)).length;
}

function cutBodies(docs: SearchDoc[], cut: number): SearchDoc[] {
  return docs.map((d) => (d.text.length > cut ? { ...d, text: firstWords(d.text, cut) } : d));
}

/** At most `length` characters of `text`, ending at a word; an ellipsis says text was left out. */
function firstWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, length)).trimEnd()}…`;
}
