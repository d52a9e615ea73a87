import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { ExternalPostRecord, ExternalSource } from '../content/external-posts';
import { htmlToText } from '../text';
import type { Problem } from './github';

/**
 * The posts of `external_sources`, as al-folio's external-posts plugin reads
 * them: a feed's entries (RSS or Atom: title, link, date, summary), and for
 * a single post, its page's `<title>` and description (the date is the one
 * site.yml gives). A source that cannot be fetched or read keeps its posts
 * from the old snapshot.
 */

export type ExternalOptions = { fetch?: typeof fetch; now?: () => number };

export type ExternalResult = { records: ExternalPostRecord[]; fetched: number; failed: Problem[] };

/** A summary is a line or two in the blog's list. */
const SUMMARY_LENGTH = 300;

function summary(html: string | null | undefined): string | undefined {
  if (!html) return undefined;
  const text = htmlToText(html);
  if (text.length <= SUMMARY_LENGTH) return text || undefined;
  const cut = text.slice(0, SUMMARY_LENGTH + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`;
}

async function download(url: string, accept: string, fetchImpl: typeof fetch): Promise<string> {
  const response = await fetchImpl(url, { headers: { accept, 'user-agent': 'folio-refresh' }, redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response.text();
}

function feedPosts(xml: string, source: string, fetchedAt: string): ExternalPostRecord[] {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new Error(`not an RSS or Atom feed (${(error as Error).message})`);
  }
  return feed.items.flatMap((item) => {
    const url = item.url ?? (item.id && /^https?:\/\//.test(item.id) ? item.id : null);
    const date = item.published ?? item.updated;
    if (!item.title || !url || !date) return [];
    return [{ source, title: htmlToText(item.title), url, date: date.toISOString(), description: summary(item.description ?? item.content), fetched_at: fetchedAt }];
  });
}

function pagePost(html: string, source: string, url: string, day: string, fetchedAt: string): ExternalPostRecord {
  let title = '';
  let description: string | undefined;
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'title' && !title) title = toString(node).trim();
    const name = String(node.properties.name ?? node.properties.property ?? '').toLowerCase();
    if (node.tagName === 'meta' && (name === 'description' || (name === 'og:description' && !description))) description = String(node.properties.content ?? '') || description;
  });
  if (!title) throw new Error(`${url} has no <title>`);
  return { source, title: htmlToText(title), url, date: day, description: summary(description), fetched_at: fetchedAt };
}

export async function refreshExternalPosts(sources: ExternalSource[], old: ExternalPostRecord[], { fetch: fetchImpl = fetch, now = Date.now }: ExternalOptions = {}): Promise<ExternalResult> {
  const fetchedAt = new Date(now()).toISOString();
  const records: ExternalPostRecord[] = [];
  const failed: Problem[] = [];
  let fetched = 0;
  for (const source of sources) {
    if ('feed' in source) {
      try {
        const posts = feedPosts(await download(source.feed, 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8', fetchImpl), source.name, fetchedAt);
        records.push(...posts);
        fetched += posts.length;
      } catch (error) {
        failed.push({ name: source.name, message: `${source.feed}: ${(error as Error).message}` });
        records.push(...old.filter((r) => r.source === source.name));
      }
      continue;
    }
    for (const post of source.posts) {
      try {
        records.push(pagePost(await download(post.url, 'text/html', fetchImpl), source.name, post.url, post.date.day, fetchedAt));
        fetched += 1;
      } catch (error) {
        failed.push({ name: source.name, message: (error as Error).message.startsWith(post.url) ? (error as Error).message : `${post.url}: ${(error as Error).message}` });
        records.push(...old.filter((r) => r.source === source.name && r.url === post.url));
      }
    }
  }
  return { records, fetched, failed };
}
