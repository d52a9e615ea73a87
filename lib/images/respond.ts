import { buildCache } from '../build/process-cache';
import { ContentError } from '../issues';
import { encodeCached } from './encode';
import type { GeneratedImage } from './index';
import { MIME_TYPES } from './plan';

/**
 * One generated image file as the build writes it. A source sharp cannot
 * read fails the build with every place that shows it, as the content
 * check reports it.
 */
export async function imageResponse(image: GeneratedImage): Promise<Response> {
  let body: Buffer;
  try {
    body = await encodeCached(image.source, image.width, image.format, buildCache());
  } catch (error) {
    throw new ContentError(image.uses.map((use) => unreadableIssue(use, image.source.src, error as Error)));
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': MIME_TYPES[image.format],
      // The name carries the hash of the source and the settings: a changed image is a new address.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}

export function unreadableIssue(use: { file: string; line: number }, src: string, error: Error) {
  return {
    severity: 'error' as const,
    file: use.file,
    line: use.line,
    column: 1,
    message: `the image \`${src}\` cannot be read: ${error.message}`,
    fix: `save it again as PNG, JPEG, WebP, AVIF or GIF (public${decodeURI(src)})`,
  };
}

/** An image cut short or damaged (a download that stopped, a file a tool broke): shown as far as it can be read, as browsers show it. */
export function damagedIssue(use: { file: string; line: number }, src: string) {
  return {
    severity: 'warning' as const,
    file: use.file,
    line: use.line,
    column: 1,
    message: `the image \`${src}\` is cut short or damaged: the page shows as much of it as can be read, as a browser does`,
    fix: `save it again from the original, or export it again (public${decodeURI(src)})`,
  };
}
