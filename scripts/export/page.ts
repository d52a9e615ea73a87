import fs from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { parse } from 'parse5';
import { SKIP, visit } from 'unist-util-visit';
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

const classes = (node: Element, name: string) => {
  const value = node.properties[name];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** One exported page, without Next's runtime and with the site's policy. Throws UnknownScriptError on a script it cannot place. */
export function processPage(html: string, file: string, { basePath, inlineScripts, csp, cspWithComments, externalScripts = [] }: PageOptions): string {
  const tree = fromParse5(parse(html)) as Root;
  const nextAsset = (url: string) => url.startsWith(`${basePath}/_next/`);
  const folioScript = (url: string) => /^[^?#]*\/folio\.js(\?|$)/.test(url) && url.startsWith(`${basePath}/`);
  let head: Element | undefined;
  let comments = false;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'head') head ??= node;
    if (node.properties.dataFolioComments !== undefined) comments = true;
    const remove = (): [typeof SKIP, number] => {
      (parent as { children: ElementContent[] }).children.splice(index!, 1);
      return [SKIP, index!];
    };
    if (node.tagName === 'script') {
      const src = node.properties.src;
      if (typeof src === 'string') {
        if (nextAsset(src)) return remove();
        if (folioScript(src) || externalScripts.includes(src)) return;
        throw new UnknownScriptError(`${file}: a <script src="${src}"> that is neither Next's nor Folio's`);
      }
      if (node.properties.type === 'application/ld+json') return;
      const text = toString(node).trim();
      if (inlineScripts.some((allowed) => allowed.trim() === text)) return;
      if (NEXT_INLINE.some((pattern) => pattern.test(text))) return remove();
      throw new UnknownScriptError(`${file}: an inline <script> Folio's export does not know: \`${text.slice(0, 100)}\``);
    }
    // A marker for Next's client runtime (fonts with size-adjust), which the export does not ship. Next puts it
    // before or after the page's metadata as the render's timing falls: the same page, made twice, would differ.
    if (node.tagName === 'meta' && node.properties.name === 'next-size-adjust') return remove();
    // The policy `next start` narrows a page to (components/PageShell.tsx): the export writes each page's own, below.
    if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') return remove();
    if (node.tagName === 'link') {
      const rel = classes(node, 'rel');
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      if (rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script')) return remove();
      // React's render-blocking hint for its own streaming (`<link rel="expect" href="#_R_">`).
      if (rel.includes('expect')) return remove();
      if (nextAsset(href) && href.endsWith('.js')) return remove();
    }
  });
  if (!head) throw new UnknownScriptError(`${file}: no <head>`);
  const policy = comments && cspWithComments ? cspWithComments : csp;
  head.children.unshift({ type: 'element', tagName: 'meta', properties: { httpEquiv: ['Content-Security-Policy'], content: policy }, children: [] });
  return '<!DOCTYPE html>' + toHtml(tree, { allowDangerousHtml: false }).replace(/^<!doctype html>/i, '');
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
