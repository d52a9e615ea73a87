/**
 * Folio's script, on every page: small enhancements of pages that work
 * without it. Whatever weighs more loads on first use, from beside this file
 * (so a base path needs nothing), with this file's `?v=` version.
 */
import { enhanceComments } from './comments';
import { enhanceConsent } from './consent';
import { enhanceCopyButtons } from './copy';
import { drawDiagrams } from './mermaid';
import type { OpenSearch } from './search';
import { highlightTableOfContents } from './toc';
import { enhanceYouTube } from './youtube';
import './theme';
import './menu';
import './zoom';

const version = new URL(import.meta.url).search;
const moduleUrl = (name: string) => new URL(`./${name}${version}`, import.meta.url).href;

enhanceCopyButtons();
highlightTableOfContents();
enhanceYouTube();
enhanceComments();
enhanceConsent();
drawDiagrams((name) => new URL(`./folio-mermaid/${name}`, import.meta.url).href);

// ---------- Search: Ctrl+K (⌘K), `/`, or a [data-folio-search] link opens the dialog ----------

let search: Promise<{ openSearch: OpenSearch }> | undefined;
const onSearchPage = document.querySelector('[data-folio-search-page]') !== null;

function openSearch(query?: string) {
  const returnFocus = document.activeElement;
  search ??= import(moduleUrl('folio-search.js'));
  search.then(
    (module) => module.openSearch({ query, returnFocus }),
    () => {
      // Offline, or a new build replaced the module: the search page (which says what else to try) loads afresh.
      search = undefined;
      if (!onSearchPage) location.assign(new URL('./search/', import.meta.url).href);
    },
  );
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const commandK = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !typing(event.target);
  if (commandK || slash) {
    event.preventDefault();
    openSearch();
  }
});

addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('[data-folio-search]');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openSearch();
});

// The search page (/search/?q=...) opens the dialog at once.
if (onSearchPage) openSearch(new URLSearchParams(location.search).get('q') ?? '');
