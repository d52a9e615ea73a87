import { getContent } from '@/lib/content';
import { rssFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await rssFeed(getContent()), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
