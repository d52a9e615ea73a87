import { createHash } from 'node:crypto';
import { getContent } from '@/lib/content';
import { buildSearchIndex, searchDocs } from '@/lib/search';

/** What the search dialog searches, made from the content at build (on every request in `next dev`). */
export const dynamic = 'force-static';

export function GET() {
  const json = JSON.stringify(buildSearchIndex(searchDocs(getContent())));
  return new Response(json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // The dialog asks again on each page's first opening; an unchanged index answers 304 where the server can.
      'Cache-Control': 'no-cache',
      ETag: `"${createHash('sha256').update(json).digest('hex').slice(0, 16)}"`,
    },
  });
}
