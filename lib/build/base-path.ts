/**
 * al-folio's `baseurl`: empty (or `/`) for a site at the root of its domain,
 * `/repo` for one served from a sub-path (a GitHub project page). Read as
 * `''` or `/repo`: no trailing slash, so paths are `baseurl + '/blog/'`.
 * Null when it is no sub-path. The settings read it before any content is
 * read (Next's configuration takes it); site.yml's schema reads it the same way.
 */
export function normalizeBaseurl(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\/+$/, '');
  return text === '' || /^(\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+$/.test(text) ? text : null;
}
