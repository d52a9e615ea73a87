import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import { getContent } from '@/lib/content';
import { publicRouteAt, shareImageRoutes } from '@/lib/seo/public-routes';
import { shareImage } from '@/lib/seo/share-image';
import { decodeSegment, permalinkSegments, segmentsPath } from '@/lib/routing/segments';

/**
 * A share image for every public page, drawn at build: `/og/<page path>/image.png`
 * (`/og/image.png` for `/`). Posts with a `thumbnail` share that instead,
 * and later pages of a list share their first page's.
 *
 * The `(share)` group changes no URL. `next build` hands its workers the
 * pages in the order of their route folders, the first half to one worker:
 * under an `app/og/` folder the cheap images came after every post, so one worker
 * drew all the posts while the other waited. Sorted before `blog/`, each
 * worker gets half of both on a first build (1000 posts: pages prerendered in
 * 60 s, not 71). The prerender queue (scripts/prerender-queue.cjs) now hands
 * the pages to whichever worker is free, whatever their order; the group
 * keeps the better order for a Next.js the queue cannot take hold in.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    shareImageRoutes(getContent()).map((route) => ({ path: [...permalinkSegments(route.path), 'image.png'] })),
    { path: [NO_PAGE, 'image.png'] },
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const content = getContent();
  const path = segmentsPath((await params).path.slice(0, -1).map(decodeSegment));
  const route = publicRouteAt(content, path);
  if (!route) return new Response('Not found', { status: 404 });
  return shareImage(content, route);
}
