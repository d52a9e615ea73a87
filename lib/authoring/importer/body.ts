import type { Blockquote, Code, Definition, Heading, Html, Image, Link, Nodes, Paragraph, Parent } from 'mdast';
import { location } from 'vfile-location';
import { Edits } from './edits';
import { captionOnly, FIGURE_INCLUDES, figureJsx, figureProps, figureRows, VIDEO_INCLUDES, videoProps, type FigureProps, type Row } from './figures';
import { attribute, htmlPieces, htmlStartTag, jsxStartTag, type HtmlAttribute } from './html-jsx';
import { ATTRIBUTE_LIST, CALLOUT_LINE, calloutEnding, latexEnvironment, unquote, type CalloutKind } from './kramdown';
import { liquidTokens, literalOutput, parseInclude, resolveOutputs, type LiquidScope, type LiquidToken } from './liquid';
import { convertTag, type TagContext } from './liquid-tags';
import { escapeMdx, fenceFor, parseMarkdown, tidy } from './markdown';
import { publicationsAttributes } from './publications';

export { escapeMdx, publicationsAttributes };

/**
 * Converts the body of an al-folio page, post or news item into Folio
 * Markdown or MDX. Liquid runs first in Jekyll, so liquidjs reads it first;
 * each tag or output becomes a placeholder, and the Markdown tree (with
 * parse5 for the HTML in it) says where each one stands: in text, in code,
 * in a link or an attribute. The source is edited at the tree's positions,
 * so what is not converted stays as the author wrote it, and every leftover
 * carries the line of the al-folio file.
 */

export type Leftover = { line: number; text: string; message: string };
/** A site file the converted body links to: its path from the site root, decoded (`assets/img/a b.jpg`). */
export type FileReference = { path: string; line: number };

/** A range of the body that a standard al-folio page fills with Liquid, already converted (see pages.ts). */
export type Replacement = {
  start: number;
  end: number;
  text: string;
  /** What the report counts it as: `projects list`, `CV include dropped`, ... */
  count: string;
  /** Components the text uses. */
  components?: string[];
};

export type BodyOptions = {
  /** Write MDX (components, JSX) rather than Markdown with inline HTML. */
  mdx: boolean;
  kind: 'page' | 'post' | 'news';
  /** The about page, whose layout shows the news. */
  about: boolean;
  /** The al-folio site's `baseurl` (`/al-folio`), stripped from links: Folio serves the site at its root. */
  baseurl: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** What `{{ site.x }}` is: _config.yml's values. */
  site?: Record<string, unknown>;
  /** What `{{ page.x }}` is: the file's front matter. */
  page?: Record<string, unknown>;
  replacements?: Replacement[];
};

export type BodyResult = {
  text: string;
  leftovers: Leftover[];
  references: FileReference[];
  /** MDX components used; any at all means the file must be `.mdx`. */
  components: Set<string>;
  /** What was converted, by kind: `figure`, `code block`, `citation`, ... */
  counts: Map<string, number>;
};

export function convertBody(body: string, options: BodyOptions): BodyResult {
  return new BodyConverter(body, options).run();
}

type Token = LiquidToken | ({ kind: 'replace' } & Replacement & { source: string });
type Context = 'text' | 'code' | 'url' | 'attr';

const PH_OPEN = '\uE000';
const PH_CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/** Components that stand on a line of their own. */
const BLOCK_COMPONENTS = /^<(Figures?|Video|YouTube|Publications|Projects|Callout)\b/;


class BodyConverter {
  private readonly tokens: Token[];
  /** The body with a placeholder for each Liquid token. */
  private readonly text: string;
  private readonly edits: Edits;
  /** Each placeholder: where it is in `text`, and the part of the body it stands for. */
  private readonly spans: { at: number; end: number; bodyStart: number; bodyEnd: number; index: number }[] = [];
  /** Where `{% raw %}` text is, in `text`: literal, its Liquid-looking braces shown as written. */
  private readonly literal: [number, number][] = [];
  private readonly toPoint: ReturnType<typeof location>['toPoint'];
  private readonly scope: LiquidScope;
  private readonly leftovers: Leftover[] = [];
  private readonly references: FileReference[] = [];
  private readonly components = new Set<string>();
  private readonly counts = new Map<string, number>();
  /** Tokens converted or reported; anything else would be a bug, reported rather than lost. */
  private readonly expanded = new Set<number>();
  /** How deep in an `<svg>` the HTML read so far is (its tags may be in several HTML nodes): SVG attribute names apply. */
  private svg = 0;
  /** Attribute lists that make a callout: not reported as dropped. */
  private readonly consumed: [number, number][] = [];

  constructor(
    private readonly body: string,
    private readonly options: BodyOptions,
  ) {
    this.toPoint = location(body).toPoint;
    this.scope = { site: options.site ?? {}, page: options.page ?? {} };
    this.tokens = withReplacements(liquidTokens(body), options.replacements ?? [], body);
    let text = '';
    let last = 0;
    const placeholder = (index: number, bodyStart: number, bodyEnd: number) => {
      const ph = `${PH_OPEN}${index}${PH_CLOSE}`;
      this.spans.push({ at: text.length, end: text.length + ph.length, bodyStart, bodyEnd, index });
      text += ph;
    };
    this.tokens.forEach((token, i) => {
      text += body.slice(last, token.start);
      if (token.kind === 'raw') {
        // The raw text stays in the Markdown: it is literal Liquid, not literal Markdown.
        placeholder(i, token.start, token.textStart);
        this.literal.push([text.length, text.length + token.text.length]);
        text += token.text;
        placeholder(i, token.textEnd, token.end);
      } else placeholder(i, token.start, token.end);
      last = token.end;
    });
    this.text = text + body.slice(last);
    this.edits = new Edits(this.text);
  }

  run(): BodyResult {
    this.walk(parseMarkdown(this.text));
    // Placeholders the walk did not reach (an image's alt text, a link title): as text.
    for (const span of this.spans) if (!this.edits.covered(span.at)) this.edits.replace(span.at, span.end, this.expand(span.index, 'text', span.at));
    this.tokens.forEach((token, i) => {
      if (!this.expanded.has(i)) this.leftover(this.spanOf(i).at, token.source, 'Liquid the importer did not convert');
    });
    const text = tidy(this.edits.slice());
    return { text, leftovers: this.leftovers, references: this.references, components: this.components, counts: this.counts };
  }

  // ---- positions and bookkeeping -----------------------------------------------

  /** The body offset of an offset in `text`. */
  private bodyOffset(at: number): number {
    let offset = at;
    for (const span of this.spans) {
      if (span.at > at) break;
      offset = at < span.end ? span.bodyStart : span.bodyEnd + (at - span.end);
    }
    return offset;
  }

  /** The file line of an offset in `text`. */
  private line(at: number): number {
    return this.options.bodyLine + (this.toPoint(this.bodyOffset(at))?.line ?? 1) - 1;
  }

  private spanOf(index: number) {
    return this.spans.find((s) => s.index === index)!;
  }

  private leftover(at: number, text: string, message: string) {
    this.leftovers.push({ line: this.line(at), text: text.trim().replace(/\s+/g, ' '), message });
  }

  private count(kind: string) {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  private use(component: string) {
    this.components.add(component);
  }

  private start(node: Nodes): number {
    return node.position!.start.offset!;
  }

  private end(node: Nodes): number {
    return node.position!.end.offset!;
  }

  private inLiteral(at: number): boolean {
    return this.literal.some(([s, e]) => at >= s && at < e);
  }

  // ---- the tree ----------------------------------------------------------------------

  private walk(node: Nodes, parent?: Parent, index = 0) {
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
        return this.html(node, parent, index);
      case 'text':
        return this.textRun(this.start(node), this.end(node));
      case 'link':
      case 'image':
      case 'definition':
        this.link(node);
        break;
      case 'blockquote':
        if (this.callout(node, parent, index)) return;
        break;
      case 'paragraph':
        if (this.latex(node)) return;
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

  /** Each placeholder in a range, expanded in one context. */
  private expandIn(start: number, end: number, context: Context) {
    for (const span of this.spans) if (span.at >= start && span.end <= end) this.edits.replace(span.at, span.end, this.expand(span.index, context, span.at));
  }

  /** Placeholders expanded in a piece of text that is not in `text` any more (a line of code being moved). */
  private expandAll(piece: string, context: Context, at: number): string {
    return piece.replace(PLACEHOLDER, (_, index: string) => this.expand(Number(index), context, at));
  }

  /**
   * Text: Liquid expanded, kramdown attribute lists dropped, and for MDX the
   * braces and `<` that would start an expression or a tag escaped.
   */
  private textRun(start: number, end: number) {
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

  // ---- links -------------------------------------------------------------------------

  /** A link's destination: Liquid resolved, the baseurl stripped, local files noted. MDX has no `<url>` autolinks. */
  private link(node: Link | Image | Definition) {
    const start = this.start(node);
    const end = this.end(node);
    const source = this.text.slice(start, end);
    if (node.type === 'link' && source.startsWith('<')) {
      const label = source.slice(1, -1);
      if (this.options.mdx) this.edits.replace(start, end, `[${label}](${node.url})`);
      return;
    }
    let urlStart: number;
    if (node.type === 'definition') {
      const m = /^\s*\[[^\]]*\]:\s*/.exec(source);
      if (!m) return;
      urlStart = start + m[0].length;
    } else {
      const labelEnd = node.type === 'link' && node.children.length > 0 ? this.end(node.children.at(-1)!) : start;
      const open = this.text.indexOf('](', labelEnd);
      if (open < 0 || open >= end) return;
      urlStart = open + 2;
      while (/[ \t\n]/.test(this.text[urlStart] ?? '')) urlStart++;
    }
    const destination = /^<[^>\n]*>|^(?:[^\s()]|\((?:[^\s()])*\))+/.exec(this.text.slice(urlStart, end));
    if (!destination) return;
    const written = destination[0];
    const angle = written.startsWith('<');
    const url = angle ? written.slice(1, -1) : written;
    const expanded = this.expandAll(url, 'url', urlStart);
    const resolved = this.resolveUrl(expanded, urlStart) ?? expanded;
    if (resolved === url) return;
    this.edits.replace(urlStart, urlStart + written.length, angle || /\s/.test(resolved) ? `<${resolved}>` : resolved);
  }

  /**
   * A URL as written in content: Liquid expanded, the baseurl stripped,
   * spaces encoded; a local file is noted for copying to public/. Null when
   * Liquid in it cannot be resolved.
   */
  private resolveUrl(value: string, at: number): string | null {
    let url = value;
    if (url.includes('{{') || url.includes('{%')) {
      const resolved = resolveOutputs(url, this.scope);
      if (!resolved.resolved) return null;
      url = resolved.value;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const base = this.options.baseurl.replace(/\/+$/, '');
    if (base && (url === base || url.startsWith(base + '/'))) {
      url = url.slice(base.length) || '/';
      this.count('link without baseurl');
    }
    const suffixAt = url.search(/[?#]/);
    const [pathPart, suffix] = suffixAt < 0 ? [url, ''] : [url.slice(0, suffixAt), url.slice(suffixAt)];
    const decoded = safeDecode(pathPart);
    if (/\.[A-Za-z0-9]+$/.test(decoded)) this.references.push({ path: decoded.replace(/^\//, ''), line: this.line(at) });
    return encodeURI(decoded) + suffix;
  }

  // ---- kramdown ---------------------------------------------------------------------

  /** A blockquote that ends with `{: .block-tip}` (or warning, danger), or is followed by it: a <Callout>. */
  private callout(node: Blockquote, parent: Parent | undefined, index: number): boolean {
    const start = this.start(node);
    let end = this.end(node);
    let kind: CalloutKind;
    let contentEnd: number;
    const ending = calloutEnding(this.text, start, end);
    const next = parent?.children[index + 1];
    const nextLine = next?.type === 'paragraph' ? CALLOUT_LINE.exec(this.text.slice(this.start(next), this.end(next))) : null;
    if (ending) {
      kind = ending.kind;
      contentEnd = ending.start;
      this.consumed.push([ending.start, ending.end]);
    } else if (next && nextLine) {
      kind = nextLine[1] as CalloutKind;
      contentEnd = end;
      end = this.end(next);
      this.consumed.push([this.start(next), end]);
    } else return false;

    const children = [...node.children];
    let title: string | undefined;
    const heading = children[0]?.type === 'heading' ? (children.shift() as Heading) : undefined;
    if (heading) {
      const text = heading.children.length ? this.plainText(this.start(heading.children[0]!), this.end(heading.children.at(-1)!), 'callout title') : '';
      if (text.toLowerCase() !== kind) title = text || undefined;
    }
    children.forEach((child) => this.walk(child, node, node.children.indexOf(child)));
    const first = children.find((c) => this.start(c) < contentEnd);
    const from = first ? this.text.lastIndexOf('\n', this.start(first) - 1) + 1 : contentEnd;
    const inside = unquote(this.edits.slice(from, Math.max(from, contentEnd))).replace(/^\s*\n|\s+$/g, '');
    this.use('Callout');
    this.count('callout');
    const open = `<Callout ${attribute('type', kind)}${title ? ' ' + attribute('title', title) : ''}>`;
    this.edits.replace(start, end, [open, inside, '</Callout>'].join('\n'));
    return true;
  }

  /**
   * MathJax renders a bare `\begin{equation}`; KaTeX (Folio) renders math
   * between `$$`. KaTeX has no `\label`: it is dropped and reported.
   */
  private latex(node: Paragraph): boolean {
    const start = this.start(node);
    const end = this.end(node);
    if (!latexEnvironment(this.text.slice(start, end))) return false;
    this.count('LaTeX environment put in $$');
    const lines: string[] = [];
    let at = start;
    for (const line of this.text.slice(start, end).split('\n')) {
      const label = /\\label\{[^}]*\}/.exec(line);
      if (label) this.leftover(at, label[0], 'KaTeX has no \\label (nor \\eqref): the label was dropped; refer to the equation in words');
      const kept = this.expandAll(label ? line.replace(label[0], '') : line, 'code', at);
      if (kept.trim() !== '') lines.push(kept);
      at += line.length + 1;
    }
    this.edits.replace(start, end, ['$$', ...lines, '$$'].join('\n'));
    return true;
  }

  // ---- HTML ------------------------------------------------------------------------------

  private html(node: Html, parent: Parent | undefined, index: number) {
    const start = this.start(node);
    const end = this.end(node);
    const source = this.text.slice(start, end);
    const rows: [number, number][] = [];
    for (const row of figureRows(source, (text) => this.figurePlaceholder(text))) {
      let caption = row.caption && { start: start + row.caption.innerStart, end: start + row.caption.innerEnd };
      let rowEnd = start + row.end;
      // The caption may come after a blank line, as the next HTML block.
      const next = parent?.children[index + 1];
      if (!caption && /^\s*$/.test(source.slice(row.end)) && next?.type === 'html') {
        const only = captionOnly(this.text.slice(this.start(next), this.end(next)));
        if (only) {
          caption = { start: this.start(next) + only.innerStart, end: this.start(next) + only.innerEnd };
          rowEnd = this.end(next);
        }
      }
      const jsx = this.figureRow(row, start, caption);
      if (jsx === null) continue;
      if (rowEnd > end) {
        this.edits.replace(start + row.start, end, jsx);
        this.edits.replace(this.start(next!), rowEnd, '');
      } else this.edits.replace(start + row.start, rowEnd, jsx);
      rows.push([start + row.start, rowEnd]);
    }
    this.htmlMarkup(start, end, rows);
  }

  /** Tags rewritten (for MDX, as JSX), comments dropped, Liquid expanded in text and attributes. */
  private htmlMarkup(start: number, end: number, skip: [number, number][]) {
    const source = this.text.slice(start, end);
    const mdx = this.options.mdx;
    let text = start;
    let rawText = false;
    const outside = (s: number, e: number) => !skip.some(([a, b]) => s < b && e > a);
    const gap = (s: number, e: number) => {
      if (s < e && outside(s, e) && !rawText) this.textRun(s, e);
    };
    for (const piece of htmlPieces(source)) {
      const s = start + piece.start;
      const e = start + piece.end;
      gap(text, s);
      text = e;
      if (!outside(s, e)) continue;
      if (piece.kind === 'comment') {
        this.count('HTML comment dropped');
        // Liquid inside a comment renders into the comment: it goes with it.
        for (const span of this.spans) if (span.at >= s && span.end <= e) this.expanded.add(span.index);
        this.edits.replace(s, e, '');
      } else if (piece.kind === 'end') {
        rawText = false;
        if (piece.name.toLowerCase() === 'svg') this.svg = Math.max(0, this.svg - 1);
        if (mdx && this.svg === 0 && piece.name !== piece.name.toLowerCase()) this.edits.replace(s, e, `</${piece.name.toLowerCase()}>`);
      } else {
        const lower = piece.name.toLowerCase();
        if (lower === 'svg' && !piece.selfClosing) this.svg++;
        rawText = ['script', 'style'].includes(lower) && !piece.selfClosing;
        const value = (attr: HtmlAttribute) => this.attributeValue(attr, s);
        if (mdx) {
          const { text: tag, problems } = jsxStartTag(piece, this.svg > 0, value);
          for (const problem of problems) this.leftover(s, this.text.slice(s, e), problem.message);
          this.edits.replace(s, e, tag);
        } else {
          const tag = htmlStartTag(source, piece, value);
          if (tag !== source.slice(piece.start, piece.end)) this.edits.replace(s, e, tag);
        }
      }
    }
    gap(text, end);
  }

  /** An attribute's value as it should be written: Liquid resolved, a link's baseurl stripped. */
  private attributeValue(attr: HtmlAttribute, at: number): string | null {
    if (attr.raw === null) return null;
    let value = attr.raw.includes(PH_OPEN) ? this.expandAll(attr.raw, 'attr', at) : attr.raw;
    if (['src', 'href', 'poster', 'data'].includes(attr.name.toLowerCase())) value = this.resolveUrl(value, at) ?? value;
    return value;
  }

  // ---- figures ---------------------------------------------------------------------------

  /** The token a column's text stands for, when it is one figure or video include. */
  private figurePlaceholder(text: string): number | null {
    const m = /^\uE000(\d+)\uE001$/.exec(text);
    if (!m) return null;
    const token = this.tokens[Number(m[1])]!;
    if (token.kind !== 'tag' || token.name !== 'include') return null;
    const { file } = parseInclude(token.markup, this.scope);
    return FIGURE_INCLUDES.test(file) || VIDEO_INCLUDES.test(file) ? Number(m[1]) : null;
  }

  /**
   * A Bootstrap row of figures, and its caption: a <Figures> with one
   * <Figure> per column (a single <Figure> for one column). Null, with
   * nothing reported, when a column holds something Folio cannot show.
   */
  private figureRow(row: Row, htmlStart: number, caption: { start: number; end: number } | undefined): string | null {
    const at = htmlStart + row.start;
    const saved = { leftovers: this.leftovers.length, references: this.references.length };
    const figures: FigureProps[] = [];
    for (const column of row.columns) {
      let props: FigureProps | null;
      if (column.kind === 'token') {
        const token = this.tokens[column.index] as Extract<LiquidToken, { kind: 'tag' }>;
        const { file, params } = parseInclude(token.markup, this.scope);
        props = FIGURE_INCLUDES.test(file) ? this.figureProps(params, token.source, at) : videoProps(params, (url) => this.resolveUrl(url, at));
      } else {
        // al-folio v0 wrote plain <img> tags in the columns.
        const src = column.attributes.get('src');
        const resolved = src ? this.resolveUrl(this.expandAll(src, 'url', at), at) : null;
        props = resolved?.startsWith('/')
          ? { component: 'Figure', src: resolved, alt: column.attributes.get('alt') || column.attributes.get('title') || undefined, zoomable: column.attributes.has('data-zoomable') ? 'true' : undefined }
          : null;
      }
      if (!props) {
        this.leftovers.length = saved.leftovers;
        this.references.length = saved.references;
        return null;
      }
      figures.push(props);
    }
    for (const column of row.columns) if (column.kind === 'token') this.expanded.add(column.index);
    for (const f of figures) this.count(f.component === 'Figure' ? 'figure' : 'video');
    this.count('figure row');
    const text = caption ? this.plainText(caption.start, caption.end, 'caption') : undefined;
    if (figures.length === 1 && (!text || !figures[0]!.caption)) return this.figureJsx({ ...figures[0]!, ...(text ? { caption: text } : {}) });
    this.use('Figures');
    const open = text ? `<Figures ${attribute('caption', text)}>` : '<Figures>';
    return [open, ...figures.map((f) => '  ' + this.figureJsx(f)), '</Figures>'].join('\n');
  }

  private figureProps(params: ReturnType<typeof parseInclude>['params'], source: string, at: number): FigureProps | null {
    return figureProps(
      params,
      (url) => this.resolveUrl(url, at),
      (key, value) => this.leftover(at, source, `figure \`${key}=${value}\` is computed by Liquid: write the text`),
    );
  }

  private figureJsx(props: FigureProps): string {
    this.use(props.component);
    return figureJsx(props);
  }

  /** Text for an attribute (a caption, a title): Liquid resolved, tags and line breaks removed. */
  private plainText(start: number, end: number, what: string): string {
    const written = this.text.slice(start, end);
    const expanded = this.expandAll(written, 'attr', start);
    const stripped = expanded.replace(/<[^>]+>/g, '');
    if (stripped !== expanded) this.leftover(start, written, `${what}: its HTML formatting was dropped (an attribute holds plain text)`);
    return stripped.replace(/\s+/g, ' ').trim();
  }

  // ---- Liquid ----------------------------------------------------------------------------

  private expand(index: number, context: Context, at: number): string {
    const token = this.tokens[index]!;
    const first = !this.expanded.has(index);
    this.expanded.add(index);
    const keep = (message: string) => {
      this.leftover(at, token.source, message);
      return context === 'text' ? this.hidden(token.source) : token.source;
    };
    switch (token.kind) {
      case 'replace':
        this.count(token.count);
        for (const c of token.components ?? []) this.use(c);
        return token.text;
      case 'comment':
        this.count('Liquid comment dropped');
        return '';
      case 'raw':
        if (first) this.count('raw block');
        return '';
      case 'highlight': {
        if (/\{[{%]/.test(token.code)) this.leftover(at, token.source.split('\n')[0]!, 'Liquid inside {% highlight %}: Jekyll ran it; the code block keeps it as text');
        if (context !== 'text') return token.source;
        this.count('code block');
        const code = token.code.replace(/^\s*\n/, '').replace(/\n\s*$/, '');
        const fence = fenceFor(code);
        return `\n${fence}${token.lang}${token.lineNumbers ? ' showLineNumbers' : ''}\n${code}\n${fence}\n`;
      }
      case 'unclosed':
        this.leftover(at, token.source, 'a Liquid tag that is never closed');
        return context === 'text' && this.options.mdx ? escapeMdx(token.source) : token.source;
      case 'output': {
        const literal = literalOutput(token.expression, this.scope);
        if (literal === null) return keep('a Liquid value Folio cannot compute: write the text or link by hand');
        this.count('Liquid value resolved');
        return context === 'text' && this.options.mdx ? escapeMdx(literal) : literal;
      }
      case 'tag':
        if (context === 'code') return keep('Liquid inside code: Jekyll ran it; edit the code by hand');
        if (context !== 'text') return keep(`Liquid tag \`${token.source}\` inside a link or attribute cannot be translated`);
        return convertTag(token, this.tagContext(at, token.source), keep);
    }
  }

  /** What converting a tag at `at` needs. */
  private tagContext(at: number, source: string): TagContext {
    return {
      kind: this.options.kind,
      about: this.options.about,
      mdx: this.options.mdx,
      scope: this.scope,
      resolveUrl: (url) => this.resolveUrl(url, at),
      figure: (params) => this.figureProps(params, source, at),
      leftover: (message) => this.leftover(at, source, message),
      count: (kind) => this.count(kind),
      use: (component) => this.use(component),
    };
  }

  /** Liquid Folio cannot run, kept in the file where the author will find it, never shown to a visitor. */
  private hidden(source: string): string {
    return this.options.mdx ? `{/* ${source.replaceAll('*/', '* /')} */}` : `<!-- ${source.replaceAll('--', '- -')} -->`;
  }

}

/** The Liquid tokens, with the ranges a standard page's Liquid fills standing in for the tokens inside them. */
function withReplacements(tokens: LiquidToken[], replacements: Replacement[], body: string): Token[] {
  const inside = (t: LiquidToken) => replacements.some((r) => t.start >= r.start && t.end <= r.end);
  const all: Token[] = [...tokens.filter((t) => !inside(t)), ...replacements.map((r) => ({ ...r, kind: 'replace' as const, source: body.slice(r.start, r.end) }))];
  return all.sort((a, b) => a.start - b.start);
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
