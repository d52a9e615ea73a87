import type { IconDefinition } from '@fortawesome/fontawesome-common-types';
import { faMagnifyingGlass } from '@fortawesome/free-solid-svg-icons/faMagnifyingGlass';
import { faXmark } from '@fortawesome/free-solid-svg-icons/faXmark';
import type { SearchDoc } from '../../lib/search/types';
import { queryTerms, type Hit, type Kind, type ResultGroup, type Search } from './engine';
import { excerpt, highlight, type Segment } from './highlight';
import { resultHref } from './href';
import { fold, words } from './text';

type Child = Node | string | null | undefined | false;

/** A DOM element with attributes and children: the dialog is built once, results on each keystroke. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function icon({ icon: [width, height, , , path] }: IconDefinition): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'currentColor');
  for (const d of Array.isArray(path) ? path : [path]) {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('d', d);
    svg.append(p);
  }
  return svg;
}

function marked(segments: Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) fragment.append(s.mark ? h('mark', {}, s.text) : s.text);
  return fragment;
}

const LIST_ID = 'folio-search-results';

const NOUNS: Record<Kind, [string, string]> = {
  post: ['post', 'posts'],
  publication: ['publication', 'publications'],
  page: ['page', 'pages'],
  course: ['course', 'courses'],
  news: ['news item', 'news items'],
};

/** "1 post, 5 publications, 3 pages and 2 news items": what there is to find. */
export function contents(counts: Record<Kind, number>): string {
  const parts = (Object.keys(NOUNS) as Kind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${NOUNS[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing yet');
}
const MAX_AUTHORS = 3;

/**
 * A modal dialog with a combobox: the field keeps the focus while the arrow
 * keys move through the results (`aria-activedescendant`), Enter opens one,
 * Escape closes and returns the focus where it was. Each result is a link,
 * so a click, a middle click, a long press or Tab do what they do on links.
 */
export class SearchDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;
  private readonly note: HTMLElement;
  private readonly status: HTMLElement;
  private readonly dates: Intl.DateTimeFormat;
  private options: HTMLAnchorElement[] = [];
  private active = -1;
  private search?: Search;
  private returnFocus?: Element | null;
  private leaving = false;
  private announcing?: number;

  constructor(
    private readonly root: URL,
    lang?: string,
  ) {
    this.dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    this.input = h('input', {
      class: 'fs-input',
      type: 'text',
      role: 'combobox',
      'aria-label': 'Search the site',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': LIST_ID,
      placeholder: 'Search the site',
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
      enterkeyhint: 'go',
    });
    const close = h('button', { class: 'fs-close', type: 'button', 'aria-label': 'Close search' }, icon(faXmark));
    this.list = h('div', { id: LIST_ID, role: 'listbox', 'aria-label': 'Results' });
    this.list.hidden = true;
    this.note = h('p', { class: 'fs-note' });
    this.status = h('p', { class: 'fs-sr', role: 'status' });
    const keys = (key: string, what: string) => h('span', {}, h('kbd', {}, key), what);
    this.dialog = h(
      'dialog',
      { class: 'folio-search', 'aria-label': 'Search' },
      h('div', { class: 'fs-bar' }, icon(faMagnifyingGlass), this.input, close),
      h('div', { class: 'fs-body' }, this.list, this.note),
      h('div', { class: 'fs-foot', 'aria-hidden': 'true' }, keys('↑↓', 'to move'), keys('↵', 'to open'), keys('esc', 'to close')),
      this.status,
    );
    document.body.append(this.dialog);

    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    close.addEventListener('click', () => this.dialog.close());
    // A click on the backdrop (the dialog box itself, outside its content) closes.
    this.dialog.addEventListener('click', (event) => event.target === this.dialog && this.dialog.close());
    this.dialog.addEventListener('close', () => this.onClose());
    this.list.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) this.leave();
    });
    // Tab also reaches the results (they are links); there the arrow keys move from one to the next.
    this.list.addEventListener('focusin', (event) => this.select(this.options.indexOf(event.target as HTMLAnchorElement), false));
    this.list.addEventListener('keydown', (event) => {
      const at = this.options.indexOf(event.target as HTMLAnchorElement);
      if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      const count = this.options.length;
      this.select((at + (event.key === 'ArrowDown' ? 1 : -1) + count) % count, true);
      this.options[this.active]!.focus();
    });
    this.list.addEventListener('pointermove', (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('[role=option]') : null;
      if (option) this.select(this.options.indexOf(option), false);
    });
  }

  open({ query, returnFocus, engine }: { query?: string; returnFocus?: Element | null; engine: Promise<Search> }) {
    if (!this.dialog.open) {
      this.returnFocus = returnFocus;
      this.leaving = false;
      this.dialog.showModal();
    }
    if (query !== undefined) this.input.value = query;
    this.input.focus();
    this.input.select();
    if (this.search) return this.update();
    this.showNote('Loading the search index…');
    engine.then(
      (search) => {
        this.search = search;
        this.update();
      },
      () => this.showNote('The search index could not be loaded. Check the connection and open the search again.', true),
    );
  }

  /** A result was chosen: the page changes (or scrolls to an anchor), so the focus is not put back. */
  private leave() {
    this.leaving = true;
    this.dialog.close();
  }

  private onClose() {
    window.clearTimeout(this.announcing);
    const target = this.returnFocus;
    if (!this.leaving && target instanceof HTMLElement && target.isConnected) target.focus();
  }

  private onKey(event: KeyboardEvent) {
    if (event.isComposing) return;
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.select((this.active + step + count) % count, true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.options[this.active]?.click();
    }
  }

  private select(index: number, scroll: boolean) {
    if (index === this.active || index < 0) return;
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index]!;
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  private showNote(text: string, announce = false) {
    this.note.textContent = text;
    this.note.hidden = !text;
    if (announce) this.announce(text);
  }

  /** The result count for screen readers, once typing pauses. */
  private announce(text: string) {
    window.clearTimeout(this.announcing);
    this.announcing = window.setTimeout(() => (this.status.textContent = text), 350);
  }

  private update() {
    if (!this.search) return;
    const query = this.input.value.trim();
    const groups = query ? this.search.query(query) : [];
    this.render(groups);
    const shown = groups.reduce((n, g) => n + g.hits.length, 0);
    const total = groups.reduce((n, g) => n + g.total, 0);
    if (!query) {
      this.showNote(`Type to search ${contents(this.search.counts)}.`);
      this.announce('');
    } else if (queryTerms(query).length === 0) {
      this.showNote('Keep typing…');
      this.announce('');
    } else if (shown === 0) {
      this.showNote(`No results for “${query}”.`, true);
    } else {
      this.showNote('');
      this.announce(shown === total ? `${total} result${total === 1 ? '' : 's'}` : `${total} results, the best ${shown} shown`);
    }
  }

  private render(groups: ResultGroup[]) {
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.replaceChildren(
      ...groups.map((group) => {
        const labelId = `fs-group-${group.kind}`;
        return h(
          'div',
          { class: 'fs-group', role: 'group', 'aria-labelledby': labelId },
          h('div', { class: 'fs-group-label', id: labelId }, group.label),
          ...group.hits.map((hit) => this.option(hit)),
        );
      }),
    );
    this.list.hidden = this.options.length === 0;
    this.input.setAttribute('aria-expanded', String(this.options.length > 0));
    if (this.options.length > 0) this.select(0, false);
    this.list.parentElement!.scrollTop = 0;
  }

  private option(hit: Hit): HTMLAnchorElement {
    const { doc, matched } = hit;
    const id = `fs-option-${this.options.length}`;
    const meta = this.meta(doc, matched);
    const more = this.excerpt(doc, matched);
    // Named by its title; the rest is its description, read after a pause.
    const option = h(
      'a',
      {
        id,
        role: 'option',
        // Only results with a site path are indexed (index.ts); this is their one way to a link.
        href: resultHref(doc.url, this.root),
        'aria-selected': 'false',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': [meta && `${id}-meta`, more && `${id}-more`].filter(Boolean).join(' ') || undefined,
        class: 'fs-option',
      },
      h('span', { class: 'fs-title', id: `${id}-title` }, marked(highlight(doc.title, matched))),
      meta && Object.assign(meta, { id: `${id}-meta` }),
      more && Object.assign(more, { id: `${id}-more` }),
    );
    this.options.push(option);
    return option;
  }

  private meta(doc: SearchDoc, matched: Set<string>): HTMLElement | null {
    const parts: (string | DocumentFragment)[] = [];
    if (doc.authors?.length) {
      const shown = doc.authors.slice(0, MAX_AUTHORS).join(', ') + (doc.authors.length > MAX_AUTHORS ? ', et al.' : '');
      parts.push(marked(highlight(shown, matched)));
    }
    if (doc.venue) parts.push(marked(highlight(doc.venue, matched)));
    if (doc.year) parts.push(String(doc.year));
    if (doc.date) parts.push(this.dates.format(new Date(`${doc.date}T00:00:00Z`)));
    const tags = doc.tags?.filter((t) => words(t).some((w) => matched.has(fold(w.word))));
    // Tags as every page shows them (`#diffusion-models`), categories as written: the index holds them so.
    if (tags?.length) parts.push(marked(highlight(tags.join(' '), matched)));
    if (parts.length === 0) return null;
    const meta = h('span', { class: 'fs-meta' });
    // The separator goes with the part after it (a no-break space): a wrapped line never ends with one.
    parts.forEach((part, i) => meta.append(...(i > 0 ? [' ·\u00a0'] : []), part));
    return meta;
  }

  /**
   * Where the query matched the text, else the description (a publication
   * shows its abstract only when it matched). An inline news item, whose
   * title is its first words, repeats them only to show a match beyond them.
   */
  private excerpt(doc: SearchDoc, matched: Set<string>): HTMLElement | null {
    const matches = (text: string) => words(text).some((w) => matched.has(fold(w.word)));
    const lead = doc.title.replace(/…$/, '');
    if (doc.text.startsWith(lead) && !matches(doc.text.slice(lead.length))) return null;
    const inText = matches(doc.text);
    const source = inText || (doc.kind !== 'publication' && !doc.description) ? doc.text : doc.kind === 'publication' ? '' : doc.description!;
    return source ? h('span', { class: 'fs-excerpt' }, marked(excerpt(source, matched))) : null;
  }
}
