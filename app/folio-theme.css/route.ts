import { getContent } from '@/lib/content';
import { siteStylesheet } from '@/lib/content/stylesheet';

/** The site's own styles (site.yml's theme, content/styles.css), linked after Folio's on every page; prerendered at build. */
export const dynamic = 'force-static';

export function GET() {
  const { site, styles } = getContent();
  return new Response(siteStylesheet(site, styles).css, {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      // Pages ask for it with `?v=<its hash>`: a change is a new URL.
      'Cache-Control': process.env.NODE_ENV === 'production' ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
