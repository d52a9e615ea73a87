import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * The plain text of an HTML fragment, as a reader sees it: tags gone,
 * every character reference decoded (`Caf&eacute;` is "Café"), letters
 * composed (NFC, so "García" is found however it was typed), and white
 * space collapsed. For metadata, feeds, labels and search.
 */
export function htmlToText(html: string): string {
  const text = /[<&]/.test(html) ? toText(fromHtml(html, { fragment: true })) : html;
  return composed(text).replace(/\s+/g, ' ').trim();
}

/**
 * Letters as one character each where Unicode has one (NFC). LaTeX accents
 * the dotless i and j (`{\'\i}`), which BibTeX decoders give as ı or ȷ plus
 * a combining accent: no composed form exists for those, so they become i
 * and j first, and `Garc{\'\i}a` is the "García" a visitor searches for.
 */
export function composed(text: string): string {
  return text.replace(/\u0131(?=\p{M})/gu, 'i').replace(/\u0237(?=\p{M})/gu, 'j').normalize('NFC');
}

/**
 * A page title as the site shows it, in the tab as in the heading and the
 * menu: al-folio writes its page titles in lower case (`blog`,
 * `publications`) and capitalises them in CSS; Folio capitalises a title
 * written all in lower case, and leaves any other as written (`iOS notes`).
 */
export function displayTitle(title: string): string {
  if (title !== title.toLowerCase()) return title;
  const words = title.replace(/\p{L}+/gu, (word) => INITIALISMS[word] ?? word);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words al-folio's titles write in lower case that read as capitals (its CV page is titled `cv`). */
const INITIALISMS: Record<string, string> = { cv: 'CV', faq: 'FAQ', phd: 'PhD' };

/**
 * A monogram of a name: the first letters of its first and last words
 * ("Lorenzo Olearo" is "LO", "Jan van der Berg" is "JB"), or of its one word.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const letter = (word?: string) => [...(word ?? '').normalize('NFC')].find((c) => /\p{L}/u.test(c))?.toUpperCase() ?? '';
  return words.length > 1 ? letter(words[0]) + letter(words.at(-1)) : letter(words[0]);
}
