import fs from 'node:fs';
import path from 'node:path';
import { defaultTreeAdapter, html as HTML, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { BuildCache, cacheKey } from '../../lib/build/cache';

/**
 * One page of the static export, made a plain document: Next writes every
 * page with its runtime (React, the router) and the page's content a second
 * time as an RSC payload; Folio's pages need neither (navigation is plain
 * links, interaction is Folio's own script). The page is parsed with a real
 * HTML parser, Next's scripts are taken out and the Content-Security-Policy
 * is put in. A script this does not recognise stops the export: a Next
 * upgrade that changes its markup is caught here, not shipped broken.
 *
 * Pages are parsed without source positions: nothing here reports a line,
 * and parse5 is about 40% faster so (the export of 1000 posts may take at
 * most 15% longer than their build: issue 12). This module is what the
 * export's worker threads load (./page-worker.ts): everything it needs is
 * passed in (the options, the cache's folder), none of it read from settings.
 */

export type PageOptions = {
  /** The base path (`''` or `/repo`), which Next put in front of its assets. */
  basePath: string;
  /** The exact text of each inline script a page may keep (Folio's theme script). */
  inlineScripts: readonly string[];
  /** The policy for the <meta> tag. */
  csp: string;
  /** The policy of a page with giscus comments (it allows giscus' origin); absent when no page has them. */
  cspWithComments?: string;
  /** The exact addresses of the analytics provider's scripts a page may load (lib/services/analytics.ts). */
  externalScripts?: readonly string[];
};

/** Next's inline scripts: the RSC payload, Turbopack's chunk loader, React's streaming helpers. */
const NEXT_INLINE = [/^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/, /^self\.__next_f\.push\(/, /^\(globalThis\["TURBOPACK"\]/, /^\$R[CSXT]\s*=/, /^requestAnimationFrame\(function\(\)\{\$RT=/];

/** Next's marker for its fonts' size adjustment, as it writes it (processPage removes it wherever it is). */
const SIZE_ADJUST = '<meta name="next-size-adjust" content=""/>';

export class UnknownScriptError extends Error {}

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** An attribute's value (parse5 lowercases HTML attribute names), or undefined when the element has none. */
const attribute = (node: Element, name: string) => node.attrs.find((attr) => attr.name === name)?.value;

/** An element's text: a script's content (its text nodes). */
const textOf = (node: Element) => node.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : '')).join('');

/**
 * One exported page, without Next's runtime and with the site's policy. Throws UnknownScriptError on a script it cannot place.
 * The page is edited on parse5's own tree and written out by parse5's serializer (the HTML standard's serialization:
 * `&amp;`, `defer=""`): turning it into another tree and back took two thirds of the time again.
 */
export function processPage(html: string, file: string, { basePath, inlineScripts, csp, cspWithComments, externalScripts = [] }: PageOptions): string {
  const document = parse(html);
  const nextAsset = (url: string) => url.startsWith(`${basePath}/_next/`);
  const folioScript = (url: string) => /^[^?#]*\/folio\.js(\?|$)/.test(url) && url.startsWith(`${basePath}/`);
  let head: Element | undefined;
  let comments = false;
  /** Whether the element goes (throws on a script it cannot place). */
  const removed = (node: Element): boolean => {
    if (node.tagName === 'head') head ??= node;
    if (attribute(node, 'data-folio-comments') !== undefined) comments = true;
    if (node.tagName === 'script') {
      const src = attribute(node, 'src');
      if (src !== undefined) {
        if (nextAsset(src)) return true;
        if (folioScript(src) || externalScripts.includes(src)) return false;
        throw new UnknownScriptError(`${file}: a <script src="${src}"> that is neither Next's nor Folio's`);
      }
      if (attribute(node, 'type') === 'application/ld+json') return false;
      const text = textOf(node).trim();
      if (inlineScripts.some((allowed) => allowed.trim() === text)) return false;
      if (NEXT_INLINE.some((pattern) => pattern.test(text))) return true;
      throw new UnknownScriptError(`${file}: an inline <script> Folio's export does not know: \`${text.slice(0, 100)}\``);
    }
    // A marker for Next's client runtime (fonts with size-adjust), which the export does not ship. Next puts it
    // before or after the page's metadata as the render's timing falls: the same page, made twice, would differ.
    if (node.tagName === 'meta' && attribute(node, 'name') === 'next-size-adjust') return true;
    // The policy `next start` narrows a page to (components/PageShell.tsx): the export writes each page's own, below.
    if (node.tagName === 'meta' && (attribute(node, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy') return true;
    if (node.tagName === 'link') {
      const rel = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attribute(node, 'href') ?? '';
      if (rel.includes('modulepreload') || (rel.includes('preload') && attribute(node, 'as') === 'script')) return true;
      // React's render-blocking hint for its own streaming (`<link rel="expect" href="#_R_">`).
      if (rel.includes('expect')) return true;
      if (nextAsset(href) && href.endsWith('.js')) return true;
    }
    return false;
  };
  // Every element in document order, a removed one with what is inside it (a <template>'s content is not the page's).
  const walk = (parent: ParentNode) => {
    const children = parent.childNodes;
    for (let index = 0; index < children.length; ) {
      const child = children[index]!;
      if (!defaultTreeAdapter.isElementNode(child)) index += 1;
      else if (removed(child)) children.splice(index, 1);
      else {
        walk(child);
        index += 1;
      }
    }
  };
  walk(document);
  if (!head) throw new UnknownScriptError(`${file}: no <head>`);
  const policy = comments && cspWithComments ? cspWithComments : csp;
  const meta = defaultTreeAdapter.createElement('meta', HTML.NS.HTML, [
    { name: 'http-equiv', value: 'Content-Security-Policy' },
    { name: 'content', value: policy },
  ]);
  const first = head.childNodes[0];
  if (first) defaultTreeAdapter.insertBefore(head, meta, first);
  else defaultTreeAdapter.appendChild(head, meta);
  return serialize(document);
}

/**
 * What of a page processPage's output depends on, for the cache's key: the
 * page without what processPage removes and keeps nothing of, Next's inline
 * scripts (the RSC payload) and its size-adjust marker, whose text and place
 * vary with the order the render happened to take (a cold build, compiling
 * the posts, and a warm one place them differently: the same page would miss);
 * the build's id, elsewhere, replaced. A script with attributes, or with a `<`
 * in it, stays in the key (a miss at worst).
 */
export function keyText(html: string, buildId: string): string {
  return strippedKeyText(withoutNextInline(html), buildId);
}

/** keyText of a page whose inline scripts withoutNextInline has already taken out. */
function strippedKeyText(stripped: string, buildId: string): string {
  return stripped.replaceAll(SIZE_ADJUST, '').replaceAll(buildId, '\0');
}

/**
 * The page without Next's inline scripts that processPage would take out:
 * those with no attribute and no `<` in them (Next escapes it in its
 * payload), found as text, before the parser reads them. They are about two
 * thirds of a page's bytes: the page is processed in about half the time,
 * to the same result. Any other script is left for processPage to judge.
 */
function withoutNextInline(html: string): string {
  return html.replace(/<script>([^<]*)<\/script>/g, (script, text: string) => (NEXT_INLINE.some((pattern) => pattern.test(text.trim())) ? '' : script));
}

/** Where processed pages are kept between exports (lib/build/cache.ts), and the id of the build they come from. */
export type PageCache = { dir: string; buildId: string };

/**
 * Each file (relative to `dir`) processed in place, by processPage; with a
 * cache, a page processed before is not processed again (found by keyText).
 * Next writes its build's id into every page (in the scripts processPage
 * removes): a page is kept only when the processed page does not hold it.
 */
export function processFiles(dir: string, files: readonly string[], options: PageOptions, kept?: PageCache): void {
  const cache = kept && new BuildCache(kept.dir);
  for (const relative of files) {
    const target = path.join(dir, relative);
    const html = withoutNextInline(fs.readFileSync(target, 'utf8'));
    if (!cache || !kept) {
      fs.writeFileSync(target, processPage(html, relative, options));
      continue;
    }
    const key = cacheKey(strippedKeyText(html, kept.buildId), JSON.stringify(options));
    const found = cache.read('export-page', key);
    if (found) {
      cache.count('export-page', 'hits', 0);
      fs.writeFileSync(target, found);
      continue;
    }
    const started = performance.now();
    const page = processPage(html, relative, options);
    cache.count('export-page', 'misses', performance.now() - started);
    if (!page.includes(kept.buildId)) cache.write('export-page', key, Buffer.from(page));
    fs.writeFileSync(target, page);
  }
}

/** A share of the export's work (paths relative to its folder): the pages to process, and files to remove. */
export type ExportWork = { pages: string[]; remove: string[] };

/** The work done on this thread. */
export function doWork(dir: string, { pages, remove }: ExportWork, options: PageOptions, cache?: PageCache): void {
  processFiles(dir, pages, options, cache);
  for (const file of remove) fs.rmSync(path.join(dir, file), { force: true });
}
