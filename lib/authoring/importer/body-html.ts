import type { Html, Parent } from 'mdast';
import { figurePlaceholder, figureRow } from './body-figures';
import { resolveUrl } from './body-links';
import { PH_OPEN, type BodyText } from './body-text';
import { captionOnly, figureRows } from './figures';
import { htmlPieces, htmlStartTag, jsxStartTag, type HtmlAttribute } from './html-jsx';

/**
 * HTML in a body: al-folio's Bootstrap rows of figures become <Figures>, and
 * every other tag stays, rewritten as JSX for MDX, with Liquid expanded and
 * links resolved in its attributes; comments are dropped.
 */

export function convertHtml(b: BodyText, node: Html, parent: Parent | undefined, index: number) {
  const start = b.start(node);
  const end = b.end(node);
  const source = b.text.slice(start, end);
  const rows: [number, number][] = [];
  for (const row of figureRows(source, (text) => figurePlaceholder(b, text))) {
    let caption = row.caption && { start: start + row.caption.innerStart, end: start + row.caption.innerEnd };
    let rowEnd = start + row.end;
    // The caption may come after a blank line, as the next HTML block.
    const next = parent?.children[index + 1];
    if (!caption && /^\s*$/.test(source.slice(row.end)) && next?.type === 'html') {
      const only = captionOnly(b.text.slice(b.start(next), b.end(next)));
      if (only) {
        caption = { start: b.start(next) + only.innerStart, end: b.start(next) + only.innerEnd };
        rowEnd = b.end(next);
      }
    }
    const jsx = figureRow(b, row, start, caption);
    if (jsx === null) continue;
    if (rowEnd > end) {
      b.edits.replace(start + row.start, end, jsx);
      b.edits.replace(b.start(next!), rowEnd, '');
    } else b.edits.replace(start + row.start, rowEnd, jsx);
    rows.push([start + row.start, rowEnd]);
  }
  htmlMarkup(b, start, end, rows);
}

/** Tags rewritten (for MDX, as JSX), comments dropped, Liquid expanded in text and attributes. */
function htmlMarkup(b: BodyText, start: number, end: number, skip: [number, number][]) {
  const source = b.text.slice(start, end);
  const mdx = b.options.mdx;
  let text = start;
  let rawText = false;
  const outside = (s: number, e: number) => !skip.some(([a, b]) => s < b && e > a);
  const gap = (s: number, e: number) => {
    if (s < e && outside(s, e) && !rawText) b.textRun(s, e);
  };
  for (const piece of htmlPieces(source)) {
    const s = start + piece.start;
    const e = start + piece.end;
    gap(text, s);
    text = e;
    if (!outside(s, e)) continue;
    if (piece.kind === 'comment') {
      b.count('HTML comment dropped');
      // Liquid inside a comment renders into the comment: it goes with it.
      for (const span of b.spans) if (span.at >= s && span.end <= e) b.expanded.add(span.index);
      b.edits.replace(s, e, '');
    } else if (piece.kind === 'end') {
      rawText = false;
      if (piece.name.toLowerCase() === 'svg') b.svg = Math.max(0, b.svg - 1);
      if (mdx && b.svg === 0 && piece.name !== piece.name.toLowerCase()) b.edits.replace(s, e, `</${piece.name.toLowerCase()}>`);
    } else {
      const lower = piece.name.toLowerCase();
      if (lower === 'svg' && !piece.selfClosing) b.svg++;
      rawText = ['script', 'style'].includes(lower) && !piece.selfClosing;
      const value = (attr: HtmlAttribute) => attributeValue(b, attr, s);
      if (mdx) {
        const { text: tag, problems } = jsxStartTag(piece, b.svg > 0, value);
        for (const problem of problems) b.leftover(s, b.text.slice(s, e), problem.message);
        b.edits.replace(s, e, tag);
      } else {
        const tag = htmlStartTag(source, piece, value);
        if (tag !== source.slice(piece.start, piece.end)) b.edits.replace(s, e, tag);
      }
    }
  }
  gap(text, end);
}

/** An attribute's value as it should be written: Liquid resolved, a link's baseurl stripped. */
function attributeValue(b: BodyText, attr: HtmlAttribute, at: number): string | null {
  if (attr.raw === null) return null;
  let value = attr.raw.includes(PH_OPEN) ? b.expandAll(attr.raw, 'attr', at) : attr.raw;
  if (['src', 'href', 'poster', 'data'].includes(attr.name.toLowerCase())) value = resolveUrl(b, value, at) ?? value;
  return value;
}
