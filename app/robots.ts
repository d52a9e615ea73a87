import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { routes } from '@/lib/routing/urls';
import { absoluteUrl } from '@/lib/seo/url';

// Written at build, in every output (a static export needs it said).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const content = getContent();
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(content, routes.sitemap) };
}
