import path from 'node:path';
import { z } from 'zod';
import type { IssueLog } from '../issues';
import { dateField, parseContentDate, type ContentDate } from './fields';
import { readDataFile } from './repositories';
import { validate } from './validate';

/**
 * al-folio's `external_sources` (in content/site.yml): posts the author
 * published elsewhere, listed in the blog and linking out. A source is a
 * feed (`name`, `rss_url`: RSS or Atom) or single posts (`name`, `posts:`
 * each with `url` and `published_date`). `npm run refresh` (lib/refresh/)
 * fetches them into content/data/external-posts.json; the build reads that
 * snapshot and never the network.
 */

const webAddress = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && !/\s/.test(value), { message: 'not a web address', params: { fix: 'write the full address, starting with https://' } });

const feedSource = z.looseObject({ name: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1)), rss_url: webAddress });
const postsSource = z.looseObject({
  name: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1)),
  posts: z.array(z.looseObject({ url: webAddress, published_date: dateField })).min(1, 'lists no post'),
});

export type ExternalSource = { name: string; feed: string } | { name: string; posts: { url: string; date: ContentDate }[] };

/**
 * One entry of `external_sources`. al-folio skips an entry it cannot read
 * without a word (a Substack feed written as `url:` never showed); Folio
 * says which key is wrong, on its line.
 */
export const externalSourceField = z.unknown().transform((value, ctx): ExternalSource => {
  const entry = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const shape = 'a source is `name` with `rss_url` for a feed, or `name` with `posts`, a list of `url` and `published_date`';
  if (!entry || (!('rss_url' in entry) && !('posts' in entry))) {
    const keys = entry ? Object.keys(entry).map((k) => `\`${k}\``).join(', ') : 'no keys';
    ctx.addIssue({ code: 'custom', message: `an external source with ${keys || 'no keys'} is not one al-folio or Folio can read`, params: { fix: shape } });
    return z.NEVER;
  }
  const schema = 'rss_url' in entry ? feedSource : postsSource;
  const result = schema.safeParse(entry);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const fix = (issue as { params?: { fix?: string } }).params?.fix ?? shape;
      const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input == null;
      ctx.addIssue({ code: 'custom', path: issue.path, message: missing ? 'missing or empty' : issue.message, params: { fix } });
    }
    return z.NEVER;
  }
  if (schema === feedSource) {
    const feed = result.data as z.output<typeof feedSource>;
    return { name: feed.name, feed: feed.rss_url };
  }
  const single = result.data as z.output<typeof postsSource>;
  return { name: single.name, posts: single.posts.map((p) => ({ url: p.url, date: p.published_date })) };
});

export const externalSourcesField = z
  .array(externalSourceField)
  .nullish()
  .transform((list) => list ?? []);

/** One post as the snapshot keeps it. */
export const externalPostSchema = z.looseObject({
  source: z.string(),
  title: z.string().min(1),
  url: z.string(),
  /** `YYYY-MM-DD` or an ISO instant. */
  date: z.string(),
  description: z.string().nullish(),
  fetched_at: z.string(),
});

export const externalPostsSnapshotSchema = z.looseObject({ posts: z.array(externalPostSchema).default([]) });

export type ExternalPostRecord = z.output<typeof externalPostSchema>;

/** Where the snapshot is, in content/. */
export const EXTERNAL_POSTS_SNAPSHOT = path.join('data', 'external-posts.json');

/** A post published elsewhere, listed in the blog: it links out, and says where (`from`). */
export type ExternalPost = { from: string; title: string; url: string; date: ContentDate; description?: string };

export function readExternalPostsSnapshot(contentDir: string, log: IssueLog): ExternalPostRecord[] {
  const file = path.join(contentDir, EXTERNAL_POSTS_SNAPSHOT);
  const yaml = readDataFile(file, log);
  const data = yaml && validate(externalPostsSnapshotSchema, yaml.data, { ...yaml, path: file }, log, { guide: 'run `npm run refresh` to write it again' });
  return data?.posts ?? [];
}

/**
 * The external posts of the sources site.yml names, from the snapshot,
 * newest first (a source no longer named is left out). A source the
 * snapshot has nothing of is a warning on its line.
 */
export function readExternalPosts(contentDir: string, sources: ExternalSource[], siteFile: string, lineOf: (keys: (string | number)[]) => number, log: IssueLog): ExternalPost[] {
  if (sources.length === 0) return [];
  const records = readExternalPostsSnapshot(contentDir, log);
  const snapshot = log.relative(path.join(contentDir, EXTERNAL_POSTS_SNAPSHOT));
  const posts: ExternalPost[] = [];
  sources.forEach((source, i) => {
    const own = records.filter((r) => r.source === source.name);
    if (own.length === 0) {
      log.warn(siteFile, lineOf(['external_sources', i]), `no posts of \`${source.name}\` in ${snapshot}: the blog does not list them yet`, `run \`npm run refresh\` and commit ${snapshot}`);
    }
    for (const record of own) {
      // A single post's date is the one site.yml gives; a feed's, the feed's.
      const given = 'posts' in source ? source.posts.find((p) => p.url === record.url)?.date : undefined;
      if ('posts' in source && !given) continue;
      const date = given ?? parseContentDate(record.date.slice(0, 10));
      if (!date) continue;
      posts.push({ from: source.name, title: record.title, url: record.url, date, description: record.description ?? undefined });
    }
  });
  return posts.sort((a, b) => b.date.iso.localeCompare(a.date.iso));
}
