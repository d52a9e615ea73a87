import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { absoluteUrl } from '@/lib/seo/url';

export default function robots(): MetadataRoute.Robots {
  const content = getContent();
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(content, '/sitemap.xml') };
}
