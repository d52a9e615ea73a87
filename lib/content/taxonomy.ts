import type { Content, Post } from './types';
import type { IssueLog } from '../issues';
import { perIndex } from './memo';
import { LIMITS } from './limits';
import { judgeSegment } from '../routing/addresses';

/**
 * Tags and categories: one page per term, whatever its script. A term's URL
 * segment is Jekyll's `slugify` (al-folio's tag links): lowercase, Unicode
 * letters and digits kept, every other run of characters made one hyphen.
 * `Café au lait` is `café-au-lait`, `拡散` stays `拡散`; hrefs carry it
 * percent-encoded, and the prerendered file is named by the decoded form.
 */

import type { TermKind } from '../routing/urls';

export type Term = { kind: TermKind; name: string; slug: string; posts: Post[] };

const KEYS = { tag: 'tags', category: 'categories' } as const satisfies Record<TermKind, keyof Post>;

export function termSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A term as the site shows it. A tag reads as its address does
 * (`diffusion_models` shows `#diffusion-models`, at /blog/tag/diffusion-models/);
 * a category as written.
 */
export function termLabel(kind: TermKind, name: string): string {
  return kind === 'tag' ? `#${termSlug(name)}` : name;
}

const termsOf = {
  tag: perIndex((content: Pick<Content, 'posts'>) => collectTerms(content, 'tag')),
  category: perIndex((content: Pick<Content, 'posts'>) => collectTerms(content, 'category')),
};

/** Every term of a kind with its posts (newest first), by name. Computed once per content index. */
export function terms(content: Pick<Content, 'posts'>, kind: TermKind): Term[] {
  return termsOf[kind](content);
}

function collectTerms(content: Pick<Content, 'posts'>, kind: TermKind): Term[] {
  const bySlug = new Map<string, Term>();
  for (const post of content.posts) {
    for (const name of post[KEYS[kind]]) {
      const slug = termSlug(name);
      const term = bySlug.get(slug) ?? { kind, name, slug, posts: [] };
      term.posts.push(post);
      bySlug.set(slug, term);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function termAt(content: Pick<Content, 'posts'>, kind: TermKind, slug: string): Term | undefined {
  return terms(content, kind).find((t) => t.slug === slug);
}

export function termPageCount(term: Term, perPage: number): number {
  return Math.max(1, Math.ceil(term.posts.length / perPage));
}

export function termPage(term: Term, n: number, perPage: number): Post[] {
  return term.posts.slice((n - 1) * perPage, n * perPage);
}

/** Route params for a kind's pages: page 1 at the term's URL, later pages under `page/n/`. */
export function termParams(content: Content, kind: TermKind) {
  const perPage = content.site.blog.per_page;
  return terms(content, kind).map((term) => ({ term, pages: termPageCount(term, perPage) }));
}

/**
 * Up to `max` posts that share the most tags and categories with `post`,
 * newer first among equals; none when the post says `related_posts: false`.
 */
export function relatedPosts(content: Pick<Content, 'posts'>, post: Post, max = 3): Post[] {
  if (!post.relatedPosts) return [];
  const keys = termKeys(content);
  const mine = keys.get(post) ?? postTermKeys(post);
  if (mine.size === 0) return [];
  // The `max` best so far, best first: most terms shared, then newest, then first in the list. Every post page
  // ranks all the others, so only those that can still place are kept (sorting them all was quadratic in posts).
  const best: { other: Post; shared: number }[] = [];
  const before = (a: { other: Post; shared: number }, b: { other: Post; shared: number }) => a.shared > b.shared || (a.shared === b.shared && a.other.date.iso > b.other.date.iso);
  for (const other of content.posts) {
    if (other === post) continue;
    let shared = 0;
    for (const key of keys.get(other)!) if (mine.has(key)) shared++;
    if (shared === 0) continue;
    const entry = { other, shared };
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!)) at--;
    if (at < max) best.splice(at, 0, entry);
    if (best.length > max) best.pop();
  }
  return best.map((r) => r.other);
}

function postTermKeys(post: Post): Set<string> {
  return new Set([...post.tags.map((t) => `t:${termSlug(t)}`), ...post.categories.map((c) => `c:${termSlug(c)}`)]);
}

/** Each post's tags and categories as slugs, once per content index: every post page compares its own with all the others. */
const termKeys = perIndex((content: Pick<Content, 'posts'>) => new Map(content.posts.map((p) => [p, postTermKeys(p)])));

/** Posts grouped by year, newest year first (the posts keep their order). */
export function postsByYear(posts: Post[]): { year: number; posts: Post[] }[] {
  const years = new Map<number, Post[]>();
  for (const post of posts) years.set(post.date.year, [...(years.get(post.date.year) ?? []), post]);
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, posts: list }));
}

/**
 * Every tag and category has a page of its own (and its later pages, and a
 * share image): a site has LIMITS.termPages of them at most. Past it, the
 * first post (oldest first) that adds one more is told, on its line.
 */
export function termPageProblems(posts: Post[], log: IssueLog): void {
  const slugs = new Set<string>();
  for (const post of [...posts].sort((a, b) => a.date.iso.localeCompare(b.date.iso))) {
    for (const [kind, key] of [['tag', 'tags'], ['category', 'categories']] as const) {
      for (const [index, name] of post[key].entries()) {
        slugs.add(`${kind}:${termSlug(name)}`);
        if (slugs.size <= LIMITS.termPages) continue;
        log.error(post.source.path, post.source.lineOf([key, index]), `${kind} \`${name}\` would be the site's ${(LIMITS.termPages + 1).toLocaleString('en')}th tag or category: a site may have ${LIMITS.termPages.toLocaleString('en')} (each has a page of its own)`, 'use fewer, broader tags and categories');
        return;
      }
    }
  }
}

type Spelling = { name: string; post: Post; index: number };

/**
 * Tags (and categories) that differ only in case, spacing or punctuation
 * are one term: every post gets the spelling most posts use (the oldest
 * post's among equals), and each other spelling is a warning on its line.
 * A term with no letter or digit cannot have a page: it is dropped, with a warning.
 */
export function mergeTermSpellings(posts: Post[], log: IssueLog): void {
  for (const kind of ['tag', 'category'] as const) {
    const key = KEYS[kind];
    const spellings = new Map<string, Spelling[]>();
    for (const post of posts) {
      post[key].forEach((name, index) => {
        const slug = termSlug(name);
        if (!slug) {
          log.warn(post.source.path, post.source.lineOf([key, index]), `${kind} \`${name}\` has no letter or digit, so it has no page and is left out`, `use a word, e.g. \`${kind === 'tag' ? 'notes' : 'research'}\``);
          return;
        }
        // Its page's address (lib/routing/addresses.ts): a name a folder can have.
        const problem = judgeSegment(slug, `the address part of ${kind} \`${name.slice(0, 40)}\``);
        if (problem) {
          log.error(post.source.path, post.source.lineOf([key, index]), problem.message, `use a shorter ${kind}`);
          return;
        }
        spellings.set(slug, [...(spellings.get(slug) ?? []), { name, post, index }]);
      });
    }
    const canonical = new Map<string, string>();
    for (const [slug, uses] of spellings) {
      const counts = new Map<string, number>();
      for (const use of uses) counts.set(use.name, (counts.get(use.name) ?? 0) + 1);
      const oldestFirst = [...uses].sort((a, b) => a.post.date.iso.localeCompare(b.post.date.iso));
      const name = oldestFirst.reduce((best, use) => ((counts.get(use.name) ?? 0) > (counts.get(best) ?? 0) ? use.name : best), oldestFirst[0]!.name);
      canonical.set(slug, name);
      const first = oldestFirst.find((u) => u.name === name)!;
      for (const use of uses) {
        if (use.name === name) continue;
        log.warn(
          use.post.source.path,
          use.post.source.lineOf([key, use.index]),
          `${kind} \`${use.name}\` is the same ${kind} as \`${name}\` (${log.relative(first.post.source.path)}); both are shown as \`${name}\``,
          `write the ${kind} the same way in every post`,
        );
      }
    }
    for (const post of posts) {
      post[key] = [...new Set(post[key].map((name) => canonical.get(termSlug(name))).filter((n): n is string => n !== undefined))];
    }
  }
}
