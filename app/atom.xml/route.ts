import { renderFeedBody } from '@/components/FeedBody';
import { getContent } from '@/lib/content';
import { atomFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await atomFeed(getContent(), renderFeedBody), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
