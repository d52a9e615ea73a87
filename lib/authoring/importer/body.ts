import type { Code, Nodes, Parent } from 'mdast';
import { convertHtml } from './body-html';
import { convertCallout, convertLatex } from './body-kramdown';
import { convertLink } from './body-links';
import { expandToken } from './body-liquid';
import { BodyText, PLACEHOLDER, type BodyOptions, type BodyResult, type Context } from './body-text';
import { ATTRIBUTE_LIST } from './kramdown';
import { escapeMdx, fenceFor, parseMarkdown, tidy } from './markdown';
import { publicationsAttributes } from './publications';

export { escapeMdx, publicationsAttributes };
export type { BodyNote, BodyOptions, BodyResult, FileReference, Leftover, Replacement, SiteLinks } from './body-text';

/**
 * Converts the body of an al-folio page, post or news item into Folio
 * Markdown or MDX. Liquid runs first in Jekyll, so liquidjs reads it first;
 * each tag or output becomes a placeholder, and the Markdown tree (with
 * parse5 for the HTML in it) says where each one stands: in text, in code,
 * in a link or an attribute. The source is edited at the tree's positions,
 * so what is not converted stays as the author wrote it, and every leftover
 * carries the line of the al-folio file.
 */

export function convertBody(body: string, options: BodyOptions): BodyResult {
  return new BodyConverter(body, options).run();
}

/** Components that stand on a line of their own. */
const BLOCK_COMPONENTS = /^<(Figures?|Video|YouTube|Publications|Projects|Callout)\b/;

/** The walk over the body's Markdown tree: each node to the module that converts its kind (body-*.ts); code and text here. */
class BodyConverter extends BodyText {
  run(): BodyResult {
    this.walk(parseMarkdown(this.text));
    // Placeholders the walk did not reach (an image's alt text, a link title): as text.
    for (const span of this.spans) if (!this.edits.covered(span.at)) this.edits.replace(span.at, span.end, this.expand(span.index, 'text', span.at));
    this.tokens.forEach((token, i) => {
      if (!this.expanded.has(i)) this.leftover(this.spanOf(i).at, token.source, 'Liquid the importer did not convert');
    });
    const text = tidy(this.edits.slice());
    return { text, leftovers: this.leftovers, notes: this.notes, references: this.references, components: this.components, counts: this.counts };
  }

  walk(node: Nodes, parent?: Parent, index = 0) {
    // Consumed by a conversion that started earlier (a caption after its row, a callout's attribute list).
    if (node.type !== 'root' && this.edits.covered(this.start(node))) return;
    switch (node.type) {
      case 'code':
        return this.code(node);
      case 'inlineCode':
      case 'math':
      case 'inlineMath':
        return this.expandIn(this.start(node), this.end(node), 'code');
      case 'html':
        return convertHtml(this, node, parent, index);
      case 'text':
        return this.textRun(this.start(node), this.end(node));
      case 'link':
      case 'image':
      case 'definition':
        convertLink(this, node);
        break;
      case 'blockquote':
        if (convertCallout(this, node, parent, index)) return;
        break;
      case 'paragraph':
        if (convertLatex(this, node)) return;
        break;
    }
    if ('children' in node) node.children.forEach((child, i) => this.walk(child, node, i));
  }

  /** Code as written; Liquid in it is what Jekyll ran. MDX has no indented code: it is fenced. */
  private code(node: Code) {
    const start = this.start(node);
    const end = this.end(node);
    const source = this.text.slice(start, end);
    const indented = !/^\s*(`{3,}|~{3,})/.test(source);
    if (!this.options.mdx || !indented) return this.expandIn(start, end, 'code');
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const lines = this.text
      .slice(lineStart, end)
      .split('\n')
      .map((line, i) => this.expandAll(line.replace(/^( {4}|\t)/, ''), 'code', lineStart + i));
    this.count('indented code block');
    const fence = fenceFor(lines.join('\n'));
    this.edits.replace(lineStart, end, [fence, ...lines, fence].join('\n'));
  }

  /**
   * Text: Liquid expanded, kramdown attribute lists dropped, and for MDX the
   * braces and `<` that would start an expression or a tag escaped.
   */
  textRun(start: number, end: number) {
    const mdx = this.options.mdx;
    const pattern = new RegExp(`${PLACEHOLDER.source}|\\\\[\\s\\S]|${ATTRIBUTE_LIST.source}|[{}<]`, 'g');
    const source = this.text.slice(start, end);
    for (const m of source.matchAll(pattern)) {
      const at = start + m.index;
      const found = m[0];
      if (m[1] !== undefined) {
        const span = this.spans.find((s) => s.at === at)!;
        const alone = this.alone(span.at, span.end);
        let expanded = this.expand(span.index, 'text', at);
        let spanStart = span.at;
        let spanEnd = span.end;
        if (!alone && BLOCK_COMPONENTS.test(expanded)) {
          expanded = `\n${expanded}\n`;
          while (this.text[spanEnd] === ' ' && spanEnd < end) spanEnd++;
        }
        // Liquid kept as a comment before punctuation takes the space before it along: "its compound." not "its compound .".
        if (/^(\{\/\*|<!--)/.test(expanded) && this.text[span.at - 1] === ' ' && span.at - 1 >= start && /^[.,;:!?)]/.test(this.text[span.end] ?? '')) spanStart--;
        // A value that prints nothing takes a space along: "Thanks to  for" reads "Thanks to for".
        if (expanded === '' && this.text[span.at - 1] === ' ' && span.at - 1 >= start && /^[ .,;:!?)]/.test(this.text[span.end] ?? '')) spanStart--;
        this.edits.replace(spanStart, spanEnd, expanded);
      } else if (found.startsWith('\\')) {
        continue;
      } else if (found.length > 1) {
        if (this.consumed.some(([s, e]) => at >= s && at < e) || this.inLiteral(at)) continue;
        this.leftover(at, found, 'kramdown attribute list dropped: Folio has no equivalent (a callout is `{: .block-tip}` right after a blockquote)');
        // An attribute list alone on its line goes with its line.
        const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
        const lineEnd = this.text.indexOf('\n', at + found.length);
        const whole = /^\s*$/.test(this.text.slice(lineStart, at)) && /^\s*$/.test(this.text.slice(at + found.length, lineEnd < 0 ? this.text.length : lineEnd));
        this.edits.replace(whole && lineStart >= start ? lineStart : at, at + found.length, '');
      } else if (mdx) {
        this.edits.replace(at, at + 1, '\\' + found);
      } else if (found === '{' && this.inLiteral(at) && /[{%]/.test(this.text[at + 1] ?? '')) {
        // Raw text in Markdown: `\{{` shows `{{` and is not Liquid to the check.
        this.edits.replace(at, at + 1, '\\{');
      }
    }
  }

  /** Whether a placeholder stands alone on its line (after list or quote markers at most). */
  private alone(at: number, end: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = this.text.indexOf('\n', end);
    const before = this.text.slice(lineStart, at);
    const after = this.text.slice(end, lineEnd < 0 ? this.text.length : lineEnd);
    return /^\s*(?:(?:[-*+]|\d+[.)]|>)\s*)*$/.test(before) && /^\s*$/.test(after);
  }

  expand(index: number, context: Context, at: number): string {
    return expandToken(this, index, context, at);
  }
}
