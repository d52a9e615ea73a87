import { renderFeedBody } from '@/components/FeedBody';
import { getContent } from '@/lib/content';
import { feedResponse, atomFeed } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  const content = getContent();
  return feedResponse(content, '/atom.xml', () => atomFeed(content, renderFeedBody));
}
