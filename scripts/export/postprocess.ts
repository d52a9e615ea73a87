import fs from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { NO_PAGE } from '../../lib/static-params';

/**
 * The static export, made a set of documents: Next writes every page with
 * its runtime (React, the router) and the page's content a second time as
 * an RSC payload; Folio's pages need neither (navigation is plain links,
 * interaction is Folio's own script). Each page is parsed with a real HTML
 * parser, Next's scripts are taken out, the Content-Security-Policy is put
 * in, and the files only the runtime would fetch are removed.
 *
 * A script this does not recognise stops the export: a Next upgrade that
 * changes its markup is caught here, not shipped broken.
 */

export type PageOptions = {
  /** The base path (`''` or `/repo`), which Next put in front of its assets. */
  basePath: string;
  /** The exact text of each inline script a page may keep (Folio's theme script). */
  inlineScripts: readonly string[];
  /** The policy for the <meta> tag. */
  csp: string;
};

/** Next's inline scripts: the RSC payload, Turbopack's chunk loader, React's streaming helpers. */
const NEXT_INLINE = [/^\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(/, /^self\.__next_f\.push\(/, /^\(globalThis\["TURBOPACK"\]/, /^\$R[CSXT]\s*=/, /^requestAnimationFrame\(function\(\)\{\$RT=/];

export class UnknownScriptError extends Error {}

const classes = (node: Element, name: string) => {
  const value = node.properties[name];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** One exported page, without Next's runtime and with the site's policy. Throws UnknownScriptError on a script it cannot place. */
export function processPage(html: string, file: string, { basePath, inlineScripts, csp }: PageOptions): string {
  const tree = fromHtml(html) as Root;
  const nextAsset = (url: string) => url.startsWith(`${basePath}/_next/`);
  const folioScript = (url: string) => /^[^?#]*\/folio\.js(\?|$)/.test(url) && url.startsWith(`${basePath}/`);
  let head: Element | undefined;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'head') head ??= node;
    const remove = (): [typeof SKIP, number] => {
      (parent as { children: ElementContent[] }).children.splice(index!, 1);
      return [SKIP, index!];
    };
    if (node.tagName === 'script') {
      const src = node.properties.src;
      if (typeof src === 'string') {
        if (nextAsset(src)) return remove();
        if (folioScript(src)) return;
        throw new UnknownScriptError(`${file}: a <script src="${src}"> that is neither Next's nor Folio's`);
      }
      if (node.properties.type === 'application/ld+json') return;
      const text = toString(node).trim();
      if (inlineScripts.some((allowed) => allowed.trim() === text)) return;
      if (NEXT_INLINE.some((pattern) => pattern.test(text))) return remove();
      throw new UnknownScriptError(`${file}: an inline <script> Folio's export does not know: \`${text.slice(0, 100)}\``);
    }
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
  head.children.unshift({ type: 'element', tagName: 'meta', properties: { httpEquiv: ['Content-Security-Policy'], content: csp }, children: [] });
  return '<!DOCTYPE html>' + toHtml(tree, { allowDangerousHtml: false }).replace(/^<!doctype html>/i, '');
}

export type ExportReport = { pages: number; removedFiles: number };

/**
 * Every page of an exported site, processed (processPage); then what only
 * the runtime would fetch goes: its JavaScript, the RSC payload files
 * beside each page, and the placeholder pages of empty routes (lib/static-params.ts).
 */
export function processExport(dir: string, options: PageOptions): ExportReport {
  let pages = 0;
  let removedFiles = 0;
  const rm = (target: string) => {
    fs.rmSync(target, { recursive: true, force: true });
    removedFiles += 1;
  };
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        // Placeholders of empty routes, and Next's own not-found route (the site's is 404.html).
        if (entry.name === NO_PAGE || (folder === dir && entry.name === '_not-found')) rm(target);
        else walk(target);
        continue;
      }
      // Next's RSC payload, beside every page: `index.txt` and `__next.<segment>.txt`.
      if (/^__next\..*\.txt$/.test(entry.name) || (entry.name === 'index.txt' && fs.existsSync(path.join(folder, 'index.html')))) rm(target);
      else if (entry.name.endsWith('.html')) {
        const relative = path.relative(dir, target);
        fs.writeFileSync(target, processPage(fs.readFileSync(target, 'utf8'), relative, options));
        pages += 1;
      }
    }
  };
  walk(dir);
  // The runtime's code, and its build manifests; the site's CSS and fonts under _next/ stay.
  const next = path.join(dir, '_next');
  const removeScripts = (folder: string) => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) removeScripts(target);
      else if (entry.name.endsWith('.js')) rm(target);
    }
  };
  removeScripts(next);
  // Folders left empty.
  const prune = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) prune(path.join(folder, entry.name));
    if (folder !== dir && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
  };
  prune(dir);
  return { pages, removedFiles };
}
