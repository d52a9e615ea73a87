import { renderFeedBody } from '@/components/FeedBody';
import { getContent } from '@/lib/content';
import { jsonFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await jsonFeed(getContent(), renderFeedBody), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
