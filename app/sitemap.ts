import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { sitemapRoutes } from '@/lib/seo/public-routes';
import { absoluteUrl } from '@/lib/seo/url';

// Written at build, in every output (a static export needs it said).
export const dynamic = 'force-static';

/** Every public page, post, tag and news page (but those that moved), with the date it last changed where one is known. */
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent();
  return sitemapRoutes(content).map((route) => ({ url: absoluteUrl(content, route.path), lastModified: route.lastModified }));
}
