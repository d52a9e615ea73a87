import { getContent } from '@/lib/content';
import { generatedImages } from '@/lib/content/image-uses';
import { imageResponse } from '@/lib/images/respond';
import { NO_PAGE, staticParams } from '@/lib/routing/static-params';

/**
 * Every image file the site's pages name (lib/images/): each source at the
 * widths its places need, as AVIF, WebP and its own format, encoded by sharp
 * while the build prerenders, so `next start` and a static export serve
 * files and no image server runs.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams([...generatedImages(getContent()).keys()].map((file) => ({ file })), { file: NO_PAGE });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const image = generatedImages(getContent()).get((await params).file);
  if (!image) return new Response('Not found', { status: 404 });
  return imageResponse(image);
}
