/**
 * A search result's link: its site path (`/blog/2024/post/`, `/research/#key`)
 * under the site's root, a base path included, and nothing else. The path is
 * read as relative to the root (`./blog/...`), so no part of it can be taken
 * for a scheme: `/javascript:alert(1)//` stays a page of this site. A path
 * that could lead elsewhere (`//host/`, `/\host`, a control character) or
 * lands outside the root is no link: the result is left out.
 */
export function resultHref(path: string, root: URL): string | undefined {
  if (!path.startsWith('/') || /^\/[/\\]/.test(path) || /[\u0000-\u001F\u007F\\]/.test(path)) return undefined;
  const url = new URL(`.${path}`, root);
  const under = url.origin === root.origin && url.protocol === root.protocol && url.pathname.startsWith(root.pathname);
  return under ? url.href : undefined;
}
