/**
 * The search dialog, loaded by folio.js the first time a visitor opens it,
 * with the index beside it (`search-index.json`, made by the build).
 */
import type { SearchIndex } from '../../lib/search/types';
import css from './dialog.css';
import { SearchDialog } from './dialog';
import { createSearch, type Search } from './engine';
import { resultHref } from './href';

export type OpenSearch = (options: { query?: string; returnFocus?: Element | null }) => void;

/** The site's root: this module is served from it, like every page's links (a base path included). */
const siteRoot = new URL('./', import.meta.url);

let dialog: SearchDialog | undefined;
let engine: Promise<Search> | undefined;

async function loadEngine(): Promise<Search> {
  // Cached as the server says (app/search-index.json/route.ts): a few minutes, then revalidated.
  const response = await fetch(new URL('search-index.json', siteRoot));
  if (!response.ok) throw new Error(`search-index.json: HTTP ${response.status}`);
  const index = (await response.json()) as SearchIndex;
  // A result is a link to a page of this site, or it is not shown (href.ts).
  return createSearch({ ...index, docs: index.docs.filter((doc) => resultHref(doc.url, siteRoot) !== undefined) });
}

export const openSearch: OpenSearch = ({ query, returnFocus }) => {
  if (!dialog) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    dialog = new SearchDialog(siteRoot, document.documentElement.lang || undefined);
  }
  engine ??= loadEngine();
  dialog.open({ query, returnFocus, engine });
  // A failed load is said in the dialog; the next opening tries again.
  engine.catch(() => (engine = undefined));
};
