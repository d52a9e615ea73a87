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
