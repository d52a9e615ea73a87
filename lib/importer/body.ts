import { attribute, parseTag, writeTag, type HtmlTag } from './html';
import { liquidTokens, literalOutput, parseInclude, resolveOutputs, rootPath, type LiquidToken, type ParamValue } from './liquid';

/**
 * Converts the body of an al-folio page, post or news item into Folio
 * Markdown or MDX. Liquid runs first in Jekyll, so it is tokenized first;
 * every token is replaced by a placeholder that the Markdown/HTML pass
 * expands in its context (text, code, link or attribute). Offsets in the
 * placeholder text map back to the source, so every leftover carries the
 * line of the al-folio file.
 */

export type Leftover = { line: number; text: string; message: string };
/** A site file the converted body links to: its path from the site root, decoded (`assets/img/a b.jpg`). */
export type FileReference = { path: string; line: number };

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
  /** What `{{ site.x }}` is, for the keys _config.yml sets to plain text. */
  site?: Record<string, string>;
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

const PH_OPEN = '\uE000';
const PH_CLOSE = '\uE001';
/** Stands in for every character of an HTML comment, so offsets survive its removal. */
const MASK = '\uE002';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const ONLY_PLACEHOLDER = /^\s*\uE000(\d+)\uE001\s*$/;

type Line = { text: string; at: number };
type Context = 'text' | 'code' | 'url' | 'attr';

const FIGURE_INCLUDES = /^figure\.(liquid|html)$/;
const VIDEO_INCLUDES = /^video\.(liquid|html)$/;
const NEWS_INCLUDES = /^news\.(liquid|html)$/;
const PROJECT_INCLUDES = /^(projects|projects_horizontal)\.(liquid|html)$/;
const REPOSITORY_INCLUDES = /^repository\//;
const CALLOUT = /^\s*\{:\s*\.block-(tip|warning|danger)\s*\}\s*$/;
const IAL_LINE = /^\s*\{:[^}\n]*\}\s*$/;
// Any indentation: a fence inside a list item is code as much as one at the margin.
const FENCE = /^(\s*)(`{3,}|~{3,})/;
const LATEX_ENVIRONMENT = /^\s*\\begin\{((?:equation|align|alignat|gather)\*?)\}/;
const ROW = /^\s*<div\s+class=["']row\b[^"']*["']\s*>\s*$/;

class BodyConverter {
  private readonly tokens: LiquidToken[];
  private readonly inter: string;
  /** For each token: its offset in `inter` and in the body. */
  private readonly spans: { interStart: number; interEnd: number; start: number; end: number }[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly leftovers: Leftover[] = [];
  private readonly references: FileReference[] = [];
  private readonly components = new Set<string>();
  private readonly counts = new Map<string, number>();
  /** Tokens converted or reported; anything else would be a bug, reported rather than lost. */
  private readonly expanded = new Set<number>();

  constructor(
    private readonly body: string,
    private readonly options: BodyOptions,
  ) {
    for (let i = 0; i < body.length; i++) if (body[i] === '\n') this.lineStarts.push(i + 1);
    this.tokens = liquidTokens(body);
    let inter = '';
    let last = 0;
    this.tokens.forEach((token, i) => {
      inter += body.slice(last, token.start);
      const placeholder = `${PH_OPEN}${i}${PH_CLOSE}`;
      this.spans.push({ interStart: inter.length, interEnd: inter.length + placeholder.length, start: token.start, end: token.end });
      inter += placeholder;
      last = token.end;
    });
    this.inter = maskComments(inter + body.slice(last), (start, end) => {
      this.count('HTML comment dropped');
      // Liquid inside a comment renders into the comment: it goes with it.
      this.spans.forEach((span, i) => {
        if (span.interStart >= start && span.interStart < end) this.expanded.add(i);
      });
    });
  }

  run(): BodyResult {
    const lines = splitLines(this.inter);
    const text = tidy(this.blocks(lines));
    this.tokens.forEach((token, i) => {
      if (!this.expanded.has(i)) this.leftover(this.spans[i]!.interStart, token.source, 'Liquid the importer did not convert');
    });
    return { text, leftovers: this.leftovers, references: this.references, components: this.components, counts: this.counts };
  }

  // ---- positions -------------------------------------------------------

  /** The file line of an offset in the placeholder text. */
  private line(interOffset: number): number {
    let source = interOffset;
    for (const span of this.spans) {
      if (span.interStart > interOffset) break;
      source = interOffset >= span.interEnd ? span.end + (interOffset - span.interEnd) : span.start;
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= source) lo = mid;
      else hi = mid - 1;
    }
    return this.options.bodyLine + lo;
  }

  private leftover(at: number, text: string, message: string) {
    this.leftovers.push({ line: this.line(at), text: text.trim().replace(/\s+/g, ' '), message });
  }

  private count(kind: string) {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Runs a conversion that may give up half-way; when it does, its counts, notes and leftovers are undone. */
  private attempt<T>(fn: () => T | null): T | null {
    const saved = {
      leftovers: this.leftovers.length,
      references: this.references.length,
      components: new Set(this.components),
      counts: new Map(this.counts),
      expanded: new Set(this.expanded),
    };
    const result = fn();
    if (result === null) {
      this.leftovers.length = saved.leftovers;
      this.references.length = saved.references;
      this.components.clear();
      for (const c of saved.components) this.components.add(c);
      this.counts.clear();
      for (const [k, v] of saved.counts) this.counts.set(k, v);
      this.expanded.clear();
      for (const e of saved.expanded) this.expanded.add(e);
    }
    return result;
  }

  private use(component: string) {
    this.components.add(component);
  }

  // ---- blocks ----------------------------------------------------------

  private blocks(lines: Line[]): string {
    const out: string[] = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      const fence = FENCE.exec(line.text);
      if (fence) {
        const close = new RegExp(`^\\s*${fence[2]![0] === '`' ? '`' : '~'}{${fence[2]!.length},}\\s*$`);
        let j = i + 1;
        while (j < lines.length && !close.test(lines[j]!.text)) j++;
        for (let k = i; k <= Math.min(j, lines.length - 1); k++) out.push(this.verbatim(lines[k]!));
        i = j + 1;
        continue;
      }
      if (/^\s*\$\$\s*$/.test(line.text)) {
        let j = i + 1;
        while (j < lines.length && !/\$\$\s*$/.test(lines[j]!.text)) j++;
        for (let k = i; k <= Math.min(j, lines.length - 1); k++) out.push(this.verbatim(lines[k]!));
        i = j + 1;
        continue;
      }
      const environment = LATEX_ENVIRONMENT.exec(line.text);
      if (environment) {
        const end = new RegExp(`\\\\end\\{${environment[1]!.replace('*', '\\*')}\\}`);
        let j = i;
        while (j < lines.length && !end.test(lines[j]!.text)) j++;
        if (j < lines.length) {
          out.push(this.latexEnvironment(lines.slice(i, j + 1)));
          i = j + 1;
          continue;
        }
      }
      const row = this.attempt(() => this.figureRow(lines, i));
      if (row) {
        out.push(row.text);
        i = row.next;
        continue;
      }
      const callout = this.callout(lines, i);
      if (callout) {
        out.push(callout.text);
        i = callout.next;
        continue;
      }
      if (IAL_LINE.test(line.text)) {
        this.leftover(line.at, line.text, 'kramdown attribute list dropped: Folio has no equivalent (a callout is `{: .block-tip}` right after a blockquote)');
        i++;
        continue;
      }
      if (this.options.mdx && this.startsIndentedCode(lines, i)) {
        const code = this.indentedCode(lines, i);
        out.push(code.text);
        i = code.next;
        continue;
      }
      // A run of ordinary lines: inline conversion over all of them, so tags and comments may span lines.
      let j = i + 1;
      while (j < lines.length && !this.startsBlock(lines, j)) j++;
      out.push(this.inline(lines.slice(i, j)));
      i = j;
    }
    return out.join('\n');
  }

  private startsBlock(lines: Line[], i: number): boolean {
    const text = lines[i]!.text;
    return (
      FENCE.test(text) ||
      /^\s*\$\$\s*$/.test(text) ||
      LATEX_ENVIRONMENT.test(text) ||
      IAL_LINE.test(text) ||
      ROW.test(text) ||
      (/^\s{0,3}>/.test(text) && (i === 0 || !/^\s{0,3}>/.test(lines[i - 1]!.text))) ||
      (this.options.mdx && this.startsIndentedCode(lines, i))
    );
  }

  /**
   * MathJax renders `\\begin{equation}` on its own; KaTeX (Folio) renders
   * math between `$$`. KaTeX has no `\\label`: it is dropped and reported.
   */
  private latexEnvironment(lines: Line[]): string {
    this.count('LaTeX environment put in $$');
    const body = lines.map((line) => {
      const label = /\\label\{[^}]*\}/.exec(line.text);
      if (!label) return this.verbatim(line);
      this.leftover(line.at, label[0], 'KaTeX has no \\label (nor \\eqref): the label was dropped; refer to the equation in words');
      return this.verbatim({ text: line.text.replace(label[0], ''), at: line.at });
    });
    return ['$$', ...body.filter((l) => l.trim() !== ''), '$$'].join('\n');
  }

  /** A line of a code block or display math: Liquid in it is what Jekyll would have run. */
  private verbatim(line: Line): string {
    return this.expandAll(line.text, 'code');
  }

  /** MDX has no indented code: a block indented by four spaces after a blank line becomes a fenced one. */
  private startsIndentedCode(lines: Line[], i: number): boolean {
    const text = lines[i]!.text;
    if (!/^( {4}|\t)/.test(text) || /^\s*$/.test(text) || /^\s*[<\uE000]/.test(text)) return false;
    if (i === 0) return true;
    if (!/^\s*$/.test(lines[i - 1]!.text)) return false;
    let k = i - 1;
    while (k >= 0 && /^\s*$/.test(lines[k]!.text)) k--;
    if (k < 0) return true;
    // Inside a list, indentation continues the item.
    return !/^(\s+|\s*([-*+]|\d+[.)])\s)/.test(lines[k]!.text);
  }

  private indentedCode(lines: Line[], i: number): { text: string; next: number } {
    let j = i;
    while (j < lines.length && (/^( {4}|\t)/.test(lines[j]!.text) || /^\s*$/.test(lines[j]!.text))) j++;
    while (j > i && /^\s*$/.test(lines[j - 1]!.text)) j--;
    const code = lines.slice(i, j).map((l) => this.expandAll(l.text.replace(/^( {4}|\t)/, ''), 'code'));
    this.count('indented code block');
    const fence = fenceFor(code.join('\n'));
    return { text: [fence, ...code, fence].join('\n'), next: j };
  }

  // ---- Bootstrap figure rows --------------------------------------------

  /**
   * `<div class="row">` whose every `<div class="col...">` holds one figure
   * include (or one `<img>`), optionally followed by `<div class="caption">`:
   * a `<Figures>` with one `<Figure>` per column.
   */
  private figureRow(lines: Line[], i: number): { text: string; next: number } | null {
    if (!ROW.test(lines[i]!.text)) return null;
    let depth = 0;
    let j = i;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      depth += (t.match(/<div\b/g) ?? []).length - (t.match(/<\/div>/g) ?? []).length;
      if (depth <= 0) break;
    }
    if (j >= lines.length) return null;
    const inner = lines
      .slice(i + 1, j)
      .map((l) => l.text)
      .join('\n');
    const lastLine = lines[j]!.text.trim();
    if (lastLine !== '</div>') return null;
    const COLUMN = /<div\s+class=["']col\b[^"']*["']\s*>([\s\S]*?)<\/div>/g;
    const columns = [...inner.matchAll(COLUMN)].map((m) => m[1]!.trim());
    if (columns.length === 0 || inner.replace(COLUMN, '').trim() !== '' || columns.some((c) => c.includes('<div'))) return null;
    const at = lines[i]!.at;
    const figures = columns.map((column) => this.columnFigure(column, at));
    if (figures.some((f) => f === null)) return null;

    // The caption that follows the row, blank lines allowed in between.
    let next = j + 1;
    let caption: string | undefined;
    let k = next;
    while (k < lines.length && /^\s*$/.test(lines[k]!.text)) k++;
    if (k < lines.length && /^\s*<div\s+class=["']caption["']\s*>/.test(lines[k]!.text)) {
      let end = k;
      while (end < lines.length && !lines[end]!.text.includes('</div>')) end++;
      if (end < lines.length) {
        const text = lines
          .slice(k, end + 1)
          .map((l) => l.text)
          .join('\n')
          .replace(/^\s*<div[^>]*>/, '')
          .replace(/<\/div>\s*$/, '');
        if (!text.includes('<div')) {
          caption = this.plainText(text, lines[k]!.at, 'caption');
          next = end + 1;
        }
      }
    }
    const items = figures as FigureProps[];
    this.count('figure row');
    if (items.length === 1 && (caption === undefined || items[0]!.caption === undefined)) {
      const only = { ...items[0]!, ...(caption ? { caption } : {}) };
      return { text: this.figureJsx(only), next };
    }
    this.use('Figures');
    const open = caption ? `<Figures ${attribute('caption', caption)}>` : '<Figures>';
    return { text: [open, ...items.map((f) => '  ' + this.figureJsx(f)), '</Figures>'].join('\n'), next };
  }

  /** The one figure a column holds, or null when it holds anything else. */
  private columnFigure(column: string, at: number): FigureProps | null {
    const only = ONLY_PLACEHOLDER.exec(column);
    if (only) {
      const token = this.tokens[Number(only[1])]!;
      if (token.kind !== 'tag' || token.name !== 'include') return null;
      const { file, params } = parseInclude(token.markup);
      if (!FIGURE_INCLUDES.test(file) && !VIDEO_INCLUDES.test(file)) return null;
      const index = Number(only[1]);
      this.expanded.add(index);
      return FIGURE_INCLUDES.test(file) ? this.figureProps(params, index) : this.videoProps(params, index);
    }
    // al-folio v0 wrote plain <img> tags in the columns.
    const trimmed = column.trim();
    if (!trimmed.startsWith('<img')) return null;
    const tag = parseTag(trimmed, 0);
    if (!tag || tag.name.toLowerCase() !== 'img' || trimmed.slice(tag.end).trim() !== '') return null;
    const get = (name: string) => tag.attributes.find((a) => a.name.toLowerCase() === name)?.value ?? undefined;
    const src = get('src');
    if (!src) return null;
    const resolved = this.resolveUrl(src, at);
    if (!resolved || !resolved.startsWith('/')) return null;
    const zoomable = tag.attributes.some((a) => a.name.toLowerCase() === 'data-zoomable');
    return { component: 'Figure', src: resolved, alt: get('alt') || get('title'), zoomable: zoomable ? 'true' : undefined };
  }

  // ---- callouts ------------------------------------------------------------

  /** A blockquote followed by kramdown's `{: .block-tip}` (or warning, danger): a <Callout>. */
  private callout(lines: Line[], i: number): { text: string; next: number } | null {
    if (!/^\s{0,3}>/.test(lines[i]!.text) || (i > 0 && /^\s{0,3}>/.test(lines[i - 1]!.text))) return null;
    let j = i;
    while (j < lines.length && /^\s{0,3}>/.test(lines[j]!.text)) j++;
    const strip = (l: Line): Line => {
      const m = /^\s{0,3}> ?/.exec(l.text)!;
      return { text: l.text.slice(m[0].length), at: l.at + m[0].length };
    };
    let content = lines.slice(i, j).map(strip);
    let kind: string | undefined;
    let next = j;
    const inside = content.at(-1) && CALLOUT.exec(content.at(-1)!.text);
    const after = j < lines.length ? CALLOUT.exec(lines[j]!.text) : null;
    if (inside) {
      kind = inside[1];
      content = content.slice(0, -1);
    } else if (after) {
      kind = after[1];
      next = j + 1;
    } else return null;
    while (content.length && /^\s*$/.test(content[0]!.text)) content.shift();
    while (content.length && /^\s*$/.test(content.at(-1)!.text)) content.pop();
    let title: string | undefined;
    const heading = content[0] && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(content[0].text);
    if (heading) {
      const text = this.plainText(heading[1]!, content[0]!.at, 'callout title');
      if (text.toLowerCase() !== kind) title = text;
      content.shift();
      while (content.length && /^\s*$/.test(content[0]!.text)) content.shift();
    }
    this.use('Callout');
    this.count('callout');
    const open = `<Callout ${attribute('type', kind!)}${title ? ' ' + attribute('title', title) : ''}>`;
    return { text: [open, this.blocks(content), '</Callout>'].join('\n'), next };
  }

  // ---- inline ---------------------------------------------------------------

  /** Text, HTML and Liquid within a run of lines. */
  private inline(lines: Line[]): string {
    // One string, and the offset in `inter` of each of its characters' lines.
    const text = lines.map((l) => l.text).join('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      starts.push(offset);
      offset += l.text.length + 1;
    }
    const at = (k: number) => {
      let idx = 0;
      while (idx + 1 < starts.length && starts[idx + 1]! <= k) idx++;
      return lines[idx]!.at + (k - starts[idx]!);
    };
    return this.scan(text, at, this.options.mdx);
  }

  private scan(text: string, at: (k: number) => number, mdx: boolean): string {
    let out = '';
    let k = 0;
    while (k < text.length) {
      const c = text[k]!;
      if (c === MASK) {
        k++;
        continue;
      }
      if (c === PH_OPEN) {
        const close = text.indexOf(PH_CLOSE, k);
        // A component alone on its line (after a list or quote marker at most) stays there; one inside a sentence gets a line of its own.
        const before = text.slice(text.lastIndexOf('\n', k - 1) + 1, k);
        const afterEnd = text.indexOf('\n', close);
        const alone = /^\s*(?:(?:[-*+]|\d+[.)]|>)\s*)*$/.test(before) && /^\s*$/.test(text.slice(close + 1, afterEnd < 0 ? text.length : afterEnd));
        const expanded = this.expand(Number(text.slice(k + 1, close)), 'text', mdx, alone);
        out += expanded;
        k = close + 1;
        if (expanded.endsWith('\n')) while (text[k] === ' ') k++;
        continue;
      }
      if (c === '\\' && k + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[k + 1]!)) {
        out += text.slice(k, k + 2);
        k += 2;
        continue;
      }
      if (c === '`') {
        const run = /^`+/.exec(text.slice(k))![0];
        const close = findCodeSpanEnd(text, k + run.length, run.length);
        if (close >= 0) {
          out += this.expandAll(text.slice(k, close + run.length), 'code');
          k = close + run.length;
        } else {
          out += run;
          k += run.length;
        }
        continue;
      }
      if (c === '$') {
        const end = mathEnd(text, k);
        if (end > k) {
          out += this.expandAll(text.slice(k, end), 'code');
          k = end;
          continue;
        }
        out += c;
        k++;
        continue;
      }
      if (c === '<') {
        const autolink = /^<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+)>/.exec(text.slice(k));
        if (autolink) {
          out += mdx ? `[${autolink[1]}](${autolink[1]})` : autolink[0];
          k += autolink[0].length;
          continue;
        }
        const tag = parseTag(text, k);
        // `<a {{ attrs }}>` is not a tag MDX could take: its Liquid is reported as text.
        if (tag && !tag.attributes.some((a) => a.name.includes(PH_OPEN))) {
          out += this.tag(tag, text.slice(k, tag.end), at(k), mdx);
          k = tag.end;
          continue;
        }
        out += mdx ? '\\<' : '<';
        k++;
        continue;
      }
      if (c === '{') {
        const ial = /^\{:[^}\n]*\}/.exec(text.slice(k));
        if (ial) {
          this.leftover(at(k), ial[0], 'kramdown attribute list dropped: Folio has no equivalent');
          k += ial[0].length;
          continue;
        }
        out += mdx ? '\\{' : '{';
        k++;
        continue;
      }
      if (c === '}') {
        out += mdx ? '\\}' : '}';
        k++;
        continue;
      }
      if (c === ']' && text[k + 1] === '(') {
        const end = linkEnd(text, k + 2);
        if (end > 0) {
          out += '](' + this.linkDestination(text.slice(k + 2, end), at(k + 2)) + ')';
          k = end + 1;
          continue;
        }
      }
      out += c;
      k++;
    }
    return out;
  }

  /** `url "title"` of a Markdown link: Liquid resolved, the baseurl stripped, local files noted. */
  private linkDestination(inner: string, at: number): string {
    const m = /^(\s*)(<[^>]*>|\S+)([\s\S]*)$/.exec(inner);
    if (!m) return inner;
    const [, lead, rawUrl, rest] = m as unknown as [string, string, string, string];
    const angle = rawUrl.startsWith('<');
    const url = angle ? rawUrl.slice(1, -1) : rawUrl;
    const resolved = this.resolveUrl(this.expandAll(url, 'url'), at) ?? url;
    return lead + (angle && !/\s/.test(resolved) ? resolved : angle ? `<${resolved}>` : resolved) + rest;
  }

  /**
   * A URL as written in content: Liquid placeholders expanded, the baseurl
   * stripped, spaces encoded; a local file is noted for copying to public/.
   */
  private resolveUrl(value: string, at: number): string | null {
    let url = value.includes(PH_OPEN) ? this.expandAll(value, 'url') : value;
    if (url.includes('{{') || url.includes('{%')) {
      const resolved = resolveOutputs(url, this.options.site);
      if (!resolved.resolved) return null;
      url = resolved.value;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return url;
    const base = this.options.baseurl.replace(/\/+$/, '');
    if (base && (url === base || url.startsWith(base + '/'))) {
      url = url.slice(base.length) || '/';
      this.count('link without baseurl');
    }
    const [pathPart, suffix = ''] = splitSuffix(url);
    const decoded = safeDecode(pathPart);
    if (/\.[A-Za-z0-9]+$/.test(decoded)) this.references.push({ path: decoded.replace(/^\//, ''), line: this.line(at) });
    return encodeURI(decoded) + suffix;
  }

  // ---- HTML -----------------------------------------------------------------

  private tag(tag: HtmlTag, source: string, at: number, mdx: boolean): string {
    for (const attr of tag.attributes) {
      if (attr.value === null) continue;
      const name = attr.name.toLowerCase();
      let value = attr.value.includes(PH_OPEN) ? this.expandAll(attr.value, 'attr') : attr.value;
      if (['src', 'href', 'poster', 'data'].includes(name)) value = this.resolveUrl(value, at) ?? value;
      attr.value = value;
    }
    const { text, problems } = writeTag(tag, mdx);
    for (const problem of problems) this.leftover(at, source, problem.message);
    return text;
  }

  // ---- Liquid -----------------------------------------------------------

  /** Expands every placeholder in a piece of text, in one context. */
  private expandAll(text: string, context: Context): string {
    return text.replace(PLACEHOLDER, (_, index: string) => this.expand(Number(index), context, this.options.mdx)).replaceAll(MASK, '');
  }

  private expand(index: number, context: Context, mdx: boolean, alone = false): string {
    const token = this.tokens[index]!;
    const at = this.spans[index]!.interStart;
    this.expanded.add(index);
    const keep = (message: string) => {
      this.leftover(at, token.source, message);
      return context === 'text' && mdx ? escapeMdx(token.source) : token.source;
    };
    switch (token.kind) {
      case 'comment':
        this.count('Liquid comment dropped');
        return '';
      case 'raw':
        this.count('raw block');
        if (context !== 'text' || !mdx || /^\s*(```|~~~)/.test(token.text)) return token.text;
        // Literal text in MDX: its braces and stray `<` made safe, nothing else converted.
        return this.scan(token.text, () => at, true);
      case 'highlight': {
        if (/\{[{%]/.test(token.code)) this.leftover(at, token.source.split('\n')[0]!, 'Liquid inside {% highlight %}: Jekyll ran it; the code block keeps it as text');
        if (context !== 'text') return token.source;
        this.count('code block');
        const code = token.code.replace(/^\s*\n/, '').replace(/\n\s*$/, '');
        const fence = fenceFor(code);
        const meta = token.lineNumbers ? ' showLineNumbers' : '';
        return `\n${fence}${token.lang}${meta}\n${code}\n${fence}\n`;
      }
      case 'unclosed':
        return keep('a Liquid tag that is never closed');
      case 'output': {
        const literal = literalOutput(token.expression, this.options.site);
        if (literal === null) return keep('a Liquid value Folio cannot compute: write the text or link by hand');
        this.count('Liquid value resolved');
        return context === 'text' && mdx ? escapeMdx(literal) : literal;
      }
      case 'tag':
        if (context === 'code') return keep('Liquid inside code: Jekyll ran it; edit the code by hand');
        if (context !== 'text') return keep(`Liquid tag \`${token.source}\` inside a link or attribute cannot be translated`);
        return this.tagToken(token, index, keep, alone ? (block: string) => block : (block: string) => `\n${block}\n`);
    }
  }

  private tagToken(token: Extract<LiquidToken, { kind: 'tag' }>, index: number, keep: (message: string) => string, block: (jsx: string) => string): string {
    const { kind } = this.options;
    switch (token.name) {
      case 'include': {
        const { file, params } = parseInclude(token.markup);
        if (FIGURE_INCLUDES.test(file)) {
          const props = this.figureProps(params, index);
          if (!props) return keep('figure whose `path` is not a file of the site: rewrite it as <Figure src="/assets/img/..." />');
          return block(this.figureJsx(props));
        }
        if (VIDEO_INCLUDES.test(file)) {
          const props = this.videoProps(params, index);
          if (!props) return keep('video that Folio cannot embed: use <Video src="/assets/video/..." /> or <YouTube id="..." />');
          return block(this.figureJsx(props));
        }
        if (NEWS_INCLUDES.test(file)) {
          if (this.options.about) {
            this.count('news include dropped (the about layout lists news)');
            return '';
          }
          return keep('news list: Folio shows news on the about page only (`announcements: {enabled: true}` in its front matter)');
        }
        if (PROJECT_INCLUDES.test(file))
          return keep('projects grid: Folio has no projects page yet; _projects/ is copied to content/_imported/projects/ — link the projects by hand or remove this block');
        if (REPOSITORY_INCLUDES.test(file)) return keep('GitHub repository cards: Folio has none; list the repositories as links');
        return keep(`\`{% include ${file} %}\` has no Folio equivalent: rewrite it in Markdown or remove it`);
      }
      case 'cite': {
        const keys = token.markup.split(/\s+/).filter((k) => k && !k.startsWith('-'));
        if (kind !== 'post') return keep('{% cite %} outside a blog post: Folio cites in posts only (they end with a reference list); link to the publication instead');
        if (keys.length === 0) return keep('{% cite %} without a key');
        this.use('Cite');
        this.count('citation');
        return keys.map((key) => `<Cite ${attribute('id', key)} />`).join('');
      }
      case 'bibliography': {
        const { attributes, problems } = publicationsAttributes(token.markup);
        for (const problem of problems) this.leftover(this.spans[index]!.interStart, token.source, problem);
        this.use('Publications');
        this.count('publication list');
        return block(['<Publications', ...attributes, '/>'].join(' '));
      }
      default:
        return keep(`a Liquid \`${token.name || 'tag'}\` Folio cannot run: rewrite this part by hand`);
    }
  }

  // ---- figures and videos ----------------------------------------------------

  private figureProps(params: Map<string, ParamValue>, index: number): FigureProps | null {
    const at = this.spans[index]!.interStart;
    const path = params.get('path');
    if (!path?.resolved) return null;
    const src = this.resolveUrl(rootPath(path.value), at);
    if (!src || !src.startsWith('/')) return null;
    const text = (key: string) => {
      const v = params.get(key);
      if (!v) return undefined;
      if (!v.resolved) {
        this.leftover(at, this.tokens[index]!.source, `figure \`${key}=${v.value}\` is computed by Liquid: write the text`);
        return undefined;
      }
      return v.value.trim() || undefined;
    };
    const zoomable = params.get('zoomable')?.value === 'true' ? 'true' : undefined;
    const width = text('width');
    const height = text('height');
    this.count('figure');
    return {
      component: 'Figure',
      src,
      alt: text('alt') ?? text('title'),
      caption: text('caption'),
      zoomable,
      width: width && /^\d+$/.test(width) ? width : undefined,
      height: height && /^\d+$/.test(height) ? height : undefined,
    };
  }

  private videoProps(params: Map<string, ParamValue>, index: number): FigureProps | null {
    const at = this.spans[index]!.interStart;
    const path = params.get('path');
    if (!path?.resolved) return null;
    const caption = params.get('caption')?.resolved ? params.get('caption')!.value.trim() || undefined : undefined;
    const youtube = /^https?:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=)|youtu\.be\/)([\w-]{6,})/.exec(path.value);
    if (youtube) {
      this.count('video');
      return { component: 'YouTube', id: youtube[1]!, caption };
    }
    if (/^[a-z]+:|^\/\//i.test(path.value)) return null;
    const src = this.resolveUrl(rootPath(path.value), at);
    if (!src) return null;
    this.count('video');
    return { component: 'Video', src, caption };
  }

  private figureJsx(props: FigureProps): string {
    this.use(props.component);
    const { component, ...rest } = props;
    const attrs = Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => attribute(k, v!));
    return `<${component} ${attrs.join(' ')} />`;
  }

  /** Text for an attribute (a caption, a title): Liquid resolved, tags and line breaks removed. */
  private plainText(html: string, at: number, what: string): string {
    const expanded = this.expandAll(html, 'attr');
    const stripped = expanded.replace(/<[^>]+>/g, '');
    if (stripped !== expanded) this.leftover(at, html, `${what}: its HTML formatting was dropped (an attribute holds plain text)`);
    return stripped.replace(/\s+/g, ' ').trim();
  }
}

type FigureProps = {
  component: 'Figure' | 'Video' | 'YouTube';
  src?: string;
  id?: string;
  alt?: string;
  caption?: string;
  zoomable?: string;
  width?: string;
  height?: string;
};

/**
 * jekyll-scholar's options → <Publications> string attributes:
 * `--query @article[year=2024, selected=true]` → `type="article" year="2024" selected="true"`.
 */
export function publicationsAttributes(markup: string): { attributes: string[]; problems: string[] } {
  const attributes: string[] = [];
  const problems: string[] = [];
  // A query keeps its brackets together: `@*[year=2024, selected=true]*`.
  const words = markup.match(/"[^"]*"|'[^']*'|@\S*?\[[^\]]*\]\*?|\S+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const value = words[i + 1]?.replace(/^["']|["']$/g, '');
    if (word === '-f' || word === '--file') {
      if (value && value.replace(/\.bib$/, '') !== 'papers') problems.push(`bibliography file \`${value}\`: only _bibliography/papers.bib is imported (content/publications.bib)`);
      i++;
    } else if (word === '-q' || word === '--query') {
      i++;
      const query = /^@(\*|\w+)(?:\[(.*)\])?\*?$/.exec(value ?? '');
      if (!query) {
        problems.push(`bibliography query \`${value ?? ''}\` cannot be translated: filter with selected, year, type or author`);
        continue;
      }
      if (query[1] !== '*') attributes.push(attribute('type', query[1]!.toLowerCase()));
      for (const condition of (query[2] ?? '').split(/\s*(?:,|&&|\band\b)\s*/).filter(Boolean)) {
        const c = /^(\w+)\s*(=|~=|\^=)\s*["']?([^"']*)["']?$/.exec(condition.trim());
        if (c && ['selected', 'year', 'author', 'type'].includes(c[1]!) && (c[2] === '=' || c[1] === 'author'))
          attributes.push(attribute(c[1]!, c[3]!.replace(/^\{|\}$/g, '')));
        else problems.push(`bibliography condition \`${condition}\` has no <Publications> attribute: filter by hand`);
      }
    } else if (word === '-g' || word === '--group_by' || word === '--group_order' || word === '-T' || word === '--template') {
      i++;
    } else {
      problems.push(`bibliography option \`${word}\` has no <Publications> equivalent`);
    }
  }
  return { attributes, problems };
}

// ---- helpers -----------------------------------------------------------------

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const t of text.split('\n')) {
    lines.push({ text: t, at });
    at += t.length + 1;
  }
  return lines;
}

/** Replaces HTML comments (outside code) by MASK characters, newlines kept. */
function maskComments(text: string, dropped: (start: number, end: number) => void): string {
  const chars = [...text];
  let inFence: string | null = null;
  let k = 0;
  let lineStart = true;
  while (k < chars.length) {
    if (lineStart) {
      const rest = text.slice(k, text.indexOf('\n', k) < 0 ? text.length : text.indexOf('\n', k));
      const fence = FENCE.exec(rest);
      if (inFence) {
        if (new RegExp(`^\\s*${inFence[0] === '`' ? '`' : '~'}{${inFence.length},}\\s*$`).test(rest)) inFence = null;
        k += rest.length + 1;
        continue;
      }
      if (fence) {
        inFence = fence[2]!;
        k += rest.length + 1;
        continue;
      }
      lineStart = false;
    }
    const c = text[k];
    if (c === '\n') {
      lineStart = true;
      k++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(k))![0];
      const close = findCodeSpanEnd(text, k + run.length, run.length);
      k = close >= 0 ? close + run.length : k + run.length;
      continue;
    }
    if (text.startsWith('<!--', k)) {
      const close = text.indexOf('-->', k + 4);
      const end = close < 0 ? text.length : close + 3;
      dropped(k, end);
      for (let i = k; i < end; i++) if (chars[i] !== '\n') chars[i] = MASK;
      k = end;
      continue;
    }
    k++;
  }
  return chars.join('');
}

/** The closing backtick run of a code span (same length), not crossing a blank line. */
function findCodeSpanEnd(text: string, from: number, length: number): number {
  const re = /`+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  const limit = text.indexOf('\n\n', from);
  while ((m = re.exec(text))) {
    if (limit >= 0 && m.index > limit) return -1;
    if (m[0].length === length) return m.index;
  }
  return -1;
}

/** The end of `$$...$$` or `$...$` starting at k (exclusive), or k when it is not math. */
function mathEnd(text: string, k: number): number {
  if (text.startsWith('$$', k)) {
    const close = text.indexOf('$$', k + 2);
    return close < 0 ? k : close + 2;
  }
  const m = /^\$(?=\S)[^$\n]*?\S\$(?!\d)|^\$\S\$/.exec(text.slice(k));
  return m ? k + m[0].length : k;
}

/** The `)` that closes a link destination opened at `from`, parentheses balanced, on one line. */
function linkEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function splitSuffix(url: string): [string, string?] {
  const i = url.search(/[?#]/);
  return i < 0 ? [url] : [url.slice(0, i), url.slice(i)];
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

function fenceFor(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

/** Literal text made safe for MDX: braces and `<` escaped. */
export function escapeMdx(text: string): string {
  return text.replace(/[{}<]/g, (c) => '\\' + c);
}

/** Blank-line runs (left by dropped comments and tags) collapsed to one, outside code. */
function tidy(text: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const f = FENCE.exec(line);
    if (fence) {
      out.push(line);
      if (new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = null;
      continue;
    }
    if (f) fence = f[2]!;
    if (/^\s*$/.test(line)) {
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      continue;
    }
    out.push(line.replace(/\s+$/, (s) => (s.endsWith('  ') && !s.includes('\t') ? s : '')));
  }
  while (out.length && out.at(-1) === '') out.pop();
  while (out.length && out[0] === '') out.shift();
  return out.join('\n') + '\n';
}
