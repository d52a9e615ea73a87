import { Feed, type Author, type Category } from 'feed';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { aboutPage, type Content, type ExternalPost, type Post } from '../content';
import { htmlToText } from '../text';
import { sanitizeTree, textHtml } from '../sanitize/sanitize';
import { publishedPosts, siteFeeds } from './public-routes';
import { absoluteUrl, siteUrl } from './url';
import { termSlug } from '../content/taxonomy';
import { FEEDS, routes, type TermKind } from '../routing/urls';

/**
 * The blog's feeds: RSS 2.0 (/feed.xml), Atom (/atom.xml) and JSON Feed 1.1
 * (/feed.json), each with every published post in full. Bodies go through
 * the site's own MDX pipeline (lib/mdx.ts), rendered to static HTML with
 * feed-friendly components (components/FeedBody.tsx).
 */

// XML 1.0 forbids these control characters anywhere, even in CDATA.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for the XML feeds: no forbidden characters, and no `]]>` to end a CDATA section early. */
function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '').replace(/]]>/g, ']]&gt;');
}

const URL_PROPERTIES = ['href', 'src', 'poster'] as const;

/**
 * A post's rendered HTML as a feed entry: through the one sanitizer again
 * (the page's tree was sanitized when compiled; this pass covers the feed's
 * own components, and drops React's image preload hints), with site-relative
 * `href`, `src` and `poster` made absolute, as feed readers need.
 */
export function feedEntryHtml(markup: string, base: string): string {
  const tree = sanitizeTree(fromHtml(markup, { fragment: true }));
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = base + value;
    }
  });
  // Void elements closed (`<img />`), as readers that parse entries as XHTML need.
  return toHtml(tree, { characterReferences: { useNamedReferences: true }, closeSelfClosing: true, tightSelfClosing: true });
}

/**
 * A post's body as the markup a feed reader gets, rendered with the feeds'
 * own components (components/FeedBody.tsx). The route that serves a feed
 * passes it in: the content layer knows no components.
 */
export type FeedBody = (post: Post) => Promise<string>;

const rendered = new Map<string, Promise<string>>();

/** A post's body as HTML, with absolute links; each post rendered once per process for the three feeds. */
export function postHtml(post: Post, base: string, body: FeedBody): Promise<string> {
  const key = `${base}\n${post.file}`;
  let html = rendered.get(key);
  if (!html) {
    html = body(post).then(
      (markup) => feedEntryHtml(markup, base),
      (error: Error) => {
        throw new Error(`The feeds could not render ${post.file}: ${error.message}`, { cause: error });
      },
    );
    rendered.set(key, html);
  }
  return html;
}

/** A thumbnail's media type, from the type its bytes say (image-size's names), never its file name. */
const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', heif: 'image/heif', svg: 'image/svg+xml' };

type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * A title or a description, which Folio shows as text, in the form each
 * format reads: readers render RSS's `<title>` and `<description>` and
 * Atom's `type="html"` entries as HTML, so there the text is escaped (`<`
 * shows as `<`, never becomes a tag); JSON Feed's `title` and `summary` are
 * plain text.
 */
const asText = (text: string, format: FeedFormat) => (format === 'json' ? text : xmlSafe(textHtml(text)));

function categories(content: Content, post: Post, forAtom: boolean): Category[] {
  const category = (kind: TermKind) => (name: string) => ({
    // Atom puts names in attributes, where the feed library escapes `&` and `"` but not `<`.
    name: forAtom ? name.replace(/</g, '‹') : name,
    term: forAtom ? name.replace(/</g, '‹') : name,
    domain: absoluteUrl(content, routes.term(kind, termSlug(name))),
    scheme: absoluteUrl(content, routes.terms(kind)),
  });
  return [...post.tags.map(category('tag')), ...post.categories.map(category('category'))];
}

/**
 * How many posts a feed carries, with their full text. Readers poll for what
 * is new (jekyll-feed carries 10); a feed of every post would compile every
 * body again at each build and grow without bound.
 */
export const FEED_POSTS = 20;

/** The feed of the site's newest published posts, newest first. */
export async function siteFeed(content: Content, body: FeedBody, format: FeedFormat): Promise<Feed> {
  const base = siteUrl(content);
  const { site } = content;
  const posts = publishedPosts(content).slice(0, FEED_POSTS);
  const author: Author = { name: site.name, link: absoluteUrl(content, aboutPage(content)?.permalink ?? '/') };
  const updated = [...posts.map((p) => (p.updated ?? p.date).iso), ...content.externalPosts.map((p) => p.date.iso)].sort().at(-1);
  const links = Object.fromEntries(FEEDS.map((f) => [f.name === 'RSS' ? 'rss' : f.name === 'Atom' ? 'atom' : 'json', absoluteUrl(content, f.path)]));
  const feed = new Feed({
    id: `${base}/`,
    // RSS's channel title and description are read as HTML too; Atom's feed title and subtitle are text elements.
    title: format === 'atom' ? xmlSafe(site.title) : asText(site.title, format),
    description: (format === 'atom' ? xmlSafe(htmlToText(site.description)) : asText(htmlToText(site.description), format)) || undefined,
    link: absoluteUrl(content, routes.blog()),
    language: site.lang,
    updated: updated ? new Date(updated) : new Date(0),
    generator: 'Folio',
    feedLinks: links,
    author,
    copyright: xmlSafe(`© ${site.name}`),
  });
  // The blog's own posts and those published elsewhere, newest first, as the blog lists them.
  const entries: (Post | ExternalPost)[] = [...posts, ...content.externalPosts].sort((a, b) => b.date.iso.localeCompare(a.date.iso)).slice(0, FEED_POSTS);
  for (const post of entries) {
    if ('from' in post) {
      // A post published elsewhere links there, with its summary and where it was published.
      const summary = [post.description, `Published on ${post.from}.`].filter(Boolean).join(' ');
      feed.addItem({ title: asText(post.title, format), id: post.url, link: post.url, date: new Date(post.date.iso), published: new Date(post.date.iso), description: asText(summary, format), content: xmlSafe(`<p>${textHtml(summary)}</p>`), author: [author] });
      continue;
    }
    const url = absoluteUrl(content, post.permalink);
    const image = post.thumbnail && { url: absoluteUrl(content, post.thumbnail.src), type: IMAGE_TYPES[post.thumbnail.type] };
    feed.addItem({
      title: asText(post.title, format),
      id: url,
      link: url,
      date: new Date((post.updated ?? post.date).iso),
      published: new Date(post.date.iso),
      description: post.description ? asText(post.description, format) : undefined,
      content: xmlSafe(await postHtml(post, base, body)),
      author: [author],
      category: categories(content, post, format === 'atom'),
      ...(image && { image }),
    });
  }
  return feed;
}

export async function rssFeed(content: Content, body: FeedBody): Promise<string> {
  return (await siteFeed(content, body, 'rss')).rss2();
}

export async function atomFeed(content: Content, body: FeedBody): Promise<string> {
  return (await siteFeed(content, body, 'atom')).atom1();
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeedItem = Record<string, unknown> & { author?: JsonFeedAuthor };

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). The feed library writes
 * version 1; 1.1 names the version, adds `language` and lists `authors`.
 */
export async function jsonFeed(content: Content, body: FeedBody): Promise<string> {
  const v1 = JSON.parse((await siteFeed(content, body, 'json')).json1()) as Record<string, unknown> & { author?: JsonFeedAuthor; items: JsonFeedItem[] };
  const { author, items, ...rest } = v1;
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: content.site.lang,
      ...(author && { authors: [author] }),
      items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor && { authors: [itemAuthor] }) })),
    },
    null,
    2,
  );
}

/**
 * A feed route's answer: the feed in its content type, or a 404 when the
 * blog has no published post to carry (siteFeeds): a site without posts has
 * no feeds, and no page links to one.
 */
export async function feedResponse(content: Content, path: (typeof FEEDS)[number]['path'], feed: () => Promise<string>): Promise<Response> {
  const found = siteFeeds(content).find((f) => f.path === path);
  if (!found) return new Response('Not found: this site has no posts, so no feed.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(await feed(), { headers: { 'Content-Type': `${found.type}; charset=utf-8` } });
}
