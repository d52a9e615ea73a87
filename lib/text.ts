import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * The plain text of an HTML fragment, as a reader sees it: tags gone,
 * every character reference decoded (`Caf&eacute;` is "Café"), letters
 * composed (NFC, so "García" is found however it was typed), and white
 * space collapsed. For metadata, feeds, labels and search.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.normalize('NFC').replace(/\s+/g, ' ').trim();
  return toText(fromHtml(html, { fragment: true })).normalize('NFC').replace(/\s+/g, ' ').trim();
}
