import { renderFeedBody } from '@/components/FeedBody';
import { getContent } from '@/lib/content';
import { rssFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await rssFeed(getContent(), renderFeedBody), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
