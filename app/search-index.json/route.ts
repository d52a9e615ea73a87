import { createHash } from 'node:crypto';
import { cacheKey } from '@/lib/build/cache';
import { buildCache } from '@/lib/build/process-cache';
import { getContent } from '@/lib/content';
import { buildSearchIndex, searchDocs } from '@/lib/search';

/** What the search dialog searches, made from the content at build (on every request in `next dev`). */
export const dynamic = 'force-static';

export async function GET() {
  const docs = searchDocs(getContent());
  const make = () => JSON.stringify(buildSearchIndex(docs));
  // Fitting a large site's index to its budget compresses it many times over: a build does it when a document changed.
  const cache = buildCache();
  const json = cache ? (await cache.remember('search-index', cacheKey(JSON.stringify(docs)), async () => Buffer.from(make()))).toString('utf8') : make();
  return new Response(json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // Reused for five minutes, then asked for again (a static host answers 304 while it is unchanged;
      // `next start` sends it whole): a new post shows in search at most five minutes after a deploy.
      // `next dev` sends the index as it is now, on every request.
      'Cache-Control': process.env.NODE_ENV === 'production' ? 'public, max-age=300' : 'no-cache',
      ETag: `"${createHash('sha256').update(json).digest('hex').slice(0, 16)}"`,
    },
  });
}
