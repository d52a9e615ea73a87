import { getContent, permalinkSegments } from '@/lib/content';
import { publicRouteAt, publicRoutes, segmentsPath } from '@/lib/seo/routes';
import { shareImage } from '@/lib/seo/share-image';
import { decodeSegment } from '@/lib/taxonomy';

/**
 * A share image for every public page, drawn at build: `/og/<page path>/image.png`
 * (`/og/image.png` for `/`). Posts with a `thumbnail` share that instead.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return publicRoutes(getContent())
    .filter((route) => !route.thumbnail)
    .map((route) => ({ path: [...permalinkSegments(route.path), 'image.png'] }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const content = getContent();
  const path = segmentsPath((await params).path.slice(0, -1).map(decodeSegment));
  const route = publicRouteAt(content, path);
  if (!route) return new Response('Not found', { status: 404 });
  return shareImage(content, route);
}
