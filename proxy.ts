import { NextResponse, type NextRequest } from 'next/server';

/**
 * Every page is a static document: only GET and HEAD make sense. Anything
 * else, and a path that is not valid percent-encoded UTF-8, gets a 4xx here
 * instead of reaching the renderer.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400 });
  }
  return NextResponse.next();
}
