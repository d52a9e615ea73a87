import type { Definition, Image, Link } from 'mdast';
import type { BodyText } from './body-text';
import { resolveOutputs } from './liquid';

/**
 * Links and the addresses in a body: Liquid resolved (`{{ site.baseurl }}`),
 * the al-folio site's baseurl stripped (Folio serves the site at its root
 * and adds its own base path), spaces encoded, and each file of the site a
 * link names noted, so the import copies it to public/.
 */

/** A link's destination: Liquid resolved, the baseurl stripped, local files noted. MDX has no `<url>` autolinks. */
export function convertLink(b: BodyText, node: Link | Image | Definition) {
  const start = b.start(node);
  const end = b.end(node);
  const source = b.text.slice(start, end);
  if (node.type === 'link' && source.startsWith('<')) {
    const label = source.slice(1, -1);
    if (b.options.mdx) b.edits.replace(start, end, `[${label}](${node.url})`);
    return;
  }
  let urlStart: number;
  if (node.type === 'definition') {
    const m = /^\s*\[[^\]]*\]:\s*/.exec(source);
    if (!m) return;
    urlStart = start + m[0].length;
  } else {
    const labelEnd = node.type === 'link' && node.children.length > 0 ? b.end(node.children.at(-1)!) : start;
    const open = b.text.indexOf('](', labelEnd);
    if (open < 0 || open >= end) return;
    urlStart = open + 2;
    while (/[ \t\n]/.test(b.text[urlStart] ?? '')) urlStart++;
  }
  const destination = /^<[^>\n]*>|^(?:[^\s()]|\((?:[^\s()])*\))+/.exec(b.text.slice(urlStart, end));
  if (!destination) return;
  const written = destination[0];
  const angle = written.startsWith('<');
  const url = angle ? written.slice(1, -1) : written;
  const expanded = b.expandAll(url, 'url', urlStart);
  const resolved = resolveUrl(b, expanded, urlStart) ?? expanded;
  if (resolved === url) return;
  b.edits.replace(urlStart, urlStart + written.length, angle || /\s/.test(resolved) ? `<${resolved}>` : resolved);
}

/**
 * A URL as written in content: Liquid expanded, the baseurl stripped,
 * spaces encoded; a local file is noted for copying to public/. Null when
 * Liquid in it cannot be resolved.
 */
export function resolveUrl(b: BodyText, value: string, at: number): string | null {
  let url = value;
  if (url.includes('{{') || url.includes('{%')) {
    const resolved = resolveOutputs(url, b.scope);
    if (!resolved.resolved) return null;
    url = resolved.value;
  }
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const base = b.options.baseurl.replace(/\/+$/, '');
  if (base && (url === base || url.startsWith(base + '/'))) {
    url = url.slice(base.length) || '/';
    b.count('link without baseurl');
  }
  const suffixAt = url.search(/[?#]/);
  const [pathPart, suffix] = suffixAt < 0 ? [url, ''] : [url.slice(0, suffixAt), url.slice(suffixAt)];
  const decoded = safeDecode(pathPart);
  if (/\.[A-Za-z0-9]+$/.test(decoded)) b.references.push({ path: decoded.replace(/^\//, ''), line: b.line(at) });
  return encodeURI(decoded) + suffix;
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
