/**
 * Paths as segments, in the forms Folio meets them. A permalink is written
 * decoded (`/über/`), an href percent-encoded (`/%C3%BCber/`), and Next hands
 * a route its segments encoded in production and decoded in `next dev`.
 * Every conversion between them is here.
 */

/** A path segment as written in a URL: `café` is `caf%C3%A9`. */
export function encodeSegment(text: string): string {
  return encodeURIComponent(text);
}

/** A route segment as Next hands it over: percent-encoded in production, decoded in `next dev`. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return segment;
  }
}

/** A permalink's segments, decoded: `/blog/tag/caf%C3%A9/` is `['blog', 'tag', 'café']`. */
export function permalinkSegments(permalink: string): string[] {
  return permalink.split('/').filter(Boolean).map(decodeURIComponent);
}

/** Decoded route segments as an encoded path: `['blog', 'tag', 'café']` is `/blog/tag/caf%C3%A9/`. */
export function segmentsPath(segments: string[]): string {
  return segments.length === 0 ? '/' : `/${segments.map(encodeSegment).join('/')}/`;
}

/** `/über/` as `/%C3%BCber/`: the one form paths are compared in. */
export function encodedPath(path: string): string {
  return segmentsPath(permalinkSegments(path));
}

/** A site path as the content check compares links: decoded, and with a trailing slash unless it names a file (`/feed.xml`). */
export function routeKey(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded.endsWith('/') || /\.[A-Za-z0-9]+$/.test(decoded) ? decoded : `${decoded}/`;
}

/** A catch-all route's segments, as Next hands them, as the permalink they name: `['%C3%BCber']` is `/über/`. */
export function paramsPermalink(segments: string[]): string {
  return `/${segments.map(decodeURIComponent).join('/')}/`;
}
