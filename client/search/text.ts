/**
 * Words as search sees them, the same for the index, the query and the
 * highlighting: accents folded (`Café` is `cafe`), case ignored, and Chinese
 * and Japanese, written without spaces, taken one character at a time.
 */

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** One CJK character, or a run of other letters and digits (with their accents). */
const WORD = new RegExp(String.raw`[${CJK}]|(?:(?![${CJK}])[\p{L}\p{N}\p{M}])+`, 'gu');
/** Accents (combining diacritical marks); kana's voicing marks are letters of their own and stay. */
const ACCENTS = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  // NFC puts back together what NFD took apart and is not an accent (Hangul syllables, デ).
  return text.normalize('NFD').replace(ACCENTS, '').normalize('NFC').toLowerCase();
}

export function tokenize(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The words of `text` with where they start, as written (for marking them in the original). */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}
