import { fold, words } from './text';

/** A piece of text, marked when it is a word the query matched. */
export type Segment = { text: string; mark: boolean };

/** `text` in pieces, the words in `matched` (folded, as the index holds them) marked. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { word, start, end } of words(text)) {
    if (!matched.has(fold(word))) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    // Neighbouring marked words (two CJK characters) become one mark.
    const last = segments.at(-1);
    if (last?.mark && start === at) last.text += word;
    else segments.push({ text: word, mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * About `length` characters of `text` around its first matched word, cut at
 * words, with an ellipsis where text was left out; the start of the text when
 * no word matched.
 */
export function excerpt(text: string, matched: ReadonlySet<string>, length = 180): Segment[] {
  const all = words(text);
  const first = all.find((w) => matched.has(fold(w.word)));
  let start = 0;
  if (first && first.end > length * 0.8) {
    // Some context before the match, starting at a word.
    const from = first.start - Math.round(length / 3);
    start = all.find((w) => w.start >= from)?.start ?? first.start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    // End at a space, unless the text has none near (Chinese and Japanese).
    const cut = text.lastIndexOf(' ', end);
    if (cut > start + length * 0.6) end = cut;
  }
  const window = text.slice(start, end).trim();
  const segments = highlight(window, matched);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length && !window.endsWith('…')) segments.push({ text: ' …', mark: false });
  return segments;
}
