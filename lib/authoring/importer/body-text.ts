import type { Nodes, Parent } from 'mdast';
import { location } from 'vfile-location';
import { Edits } from './edits';
import type { LiquidScope, LiquidToken } from './liquid';
import { liquidTokens } from './liquid';

/**
 * A body being converted (body.ts): its text with a placeholder for each
 * Liquid token, the edits made to it at the Markdown tree's positions, and
 * what the conversion found. Each body-*.ts module converts one kind of
 * thing in it (links, callouts and LaTeX, HTML, figures, Liquid); what one
 * needs of another it asks of this class, which body.ts completes.
 */

export type Leftover = { line: number; text: string; message: string };
/** Something the conversion did that the author should know, with its line. */
export type BodyNote = { line: number; message: string };

/** Where Jekyll's `post_url` and `link` tags lead in Folio: null when the site has no such post or file. */
export type SiteLinks = {
  /** `{% post_url 2019-09-05-name %}` (a post's file name without extension, a folder of _posts/ allowed). */
  post(name: string): string | null;
  /** `{% link _posts/2019-09-05-name.md %}`, `{% link _pages/about.md %}`, `{% link assets/x.pdf %}`: a path from the site root. */
  file(path: string): string | null;
};
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
  kind: 'page' | 'post' | 'news' | 'project';
  /** The about page, whose layout shows the news. */
  about: boolean;
  /** The al-folio site's `baseurl` (`/al-folio`), stripped from links: Folio serves the site at its root. */
  baseurl: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /** When the body was rewritten before (distill elements, Liquid run over data: body-prepare.ts): the text as written, and where an offset of the body was in it. */
  written?: { text: string; origin: (offset: number) => number };
  /** What `{{ site.x }}` is: _config.yml's values. */
  site?: Record<string, unknown>;
  /** What `{{ page.x }}` is: the file's front matter. */
  page?: Record<string, unknown>;
  /** The site's address (`url` in _config.yml), for `absolute_url`. */
  url?: string;
  /** The site's collections: `site.<name>` is Jekyll's to fill. */
  collections?: readonly string[];
  /** Where `post_url` and `link` lead. */
  links?: SiteLinks;
  replacements?: Replacement[];
};

export type BodyResult = {
  text: string;
  leftovers: Leftover[];
  notes: BodyNote[];
  references: FileReference[];
  /** MDX components used; any at all means the file must be `.mdx`. */
  components: Set<string>;
  /** What was converted, by kind: `figure`, `code block`, `citation`, ... */
  counts: Map<string, number>;
};

export type Token = LiquidToken | ({ kind: 'replace' } & Replacement & { source: string });
/** Where a Liquid token stands: in text, in code, in a link's address, in an attribute. */
export type Context = 'text' | 'code' | 'url' | 'attr';

export const PH_OPEN = '\uE000';
const PH_CLOSE = '\uE001';
export const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export abstract class BodyText {
  readonly tokens: Token[];
  /** The body with a placeholder for each Liquid token. */
  readonly text: string;
  readonly edits: Edits;
  /** Each placeholder: where it is in `text`, and the part of the body it stands for. */
  readonly spans: { at: number; end: number; bodyStart: number; bodyEnd: number; index: number }[] = [];
  /** Where `{% raw %}` text is, in `text`: literal, its Liquid-looking braces shown as written. */
  readonly literal: [number, number][] = [];
  readonly toPoint: ReturnType<typeof location>['toPoint'];
  readonly scope: LiquidScope;
  readonly leftovers: Leftover[] = [];
  readonly notes: BodyNote[] = [];
  readonly references: FileReference[] = [];
  readonly components = new Set<string>();
  readonly counts = new Map<string, number>();
  /** Tokens converted or reported; anything else would be a bug, reported rather than lost. */
  readonly expanded = new Set<number>();
  /** How deep in an `<svg>` the HTML read so far is (its tags may be in several HTML nodes): SVG attribute names apply. */
  svg = 0;
  /** Attribute lists that make a callout: not reported as dropped. */
  readonly consumed: [number, number][] = [];

  constructor(
    readonly body: string,
    readonly options: BodyOptions,
  ) {
    this.toPoint = location(options.written?.text ?? body).toPoint;
    const tokens = liquidTokens(body);
    this.scope = { site: options.site ?? {}, page: options.page ?? {}, url: options.url, baseurl: options.baseurl, collections: options.collections, defined: definedNames(tokens) };
    this.tokens = withReplacements(tokens, options.replacements ?? [], body);
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

  /** Converts a node of the Markdown tree and its children (body.ts). */
  abstract walk(node: Nodes, parent?: Parent, index?: number): void;

  /** Converts a run of text: Liquid expanded, braces escaped for MDX (body.ts). */
  abstract textRun(start: number, end: number): void;

  /** What a Liquid token becomes in its context (body-liquid.ts). */
  abstract expand(index: number, context: Context, at: number): string;

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
  line(at: number): number {
    const offset = this.bodyOffset(at);
    const written = this.options.written ? this.options.written.origin(offset) : offset;
    return this.options.bodyLine + (this.toPoint(written)?.line ?? 1) - 1;
  }

  spanOf(index: number) {
    return this.spans.find((s) => s.index === index)!;
  }

  leftover(at: number, text: string, message: string) {
    this.leftovers.push({ line: this.line(at), text: text.trim().replace(/\s+/g, ' '), message });
  }

  note(at: number, message: string) {
    this.notes.push({ line: this.line(at), message });
  }

  count(kind: string) {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  use(component: string) {
    this.components.add(component);
  }

  start(node: Nodes): number {
    return node.position!.start.offset!;
  }

  end(node: Nodes): number {
    return node.position!.end.offset!;
  }

  inLiteral(at: number): boolean {
    return this.literal.some(([s, e]) => at >= s && at < e);
  }

  /** Each placeholder in a range, expanded in one context. */
  expandIn(start: number, end: number, context: Context) {
    for (const span of this.spans) if (span.at >= start && span.end <= end) this.edits.replace(span.at, span.end, this.expand(span.index, context, span.at));
  }

  /** Placeholders expanded in a piece of text that is not in `text` any more (a line of code being moved). */
  expandAll(piece: string, context: Context, at: number): string {
    return piece.replace(PLACEHOLDER, (_, index: string) => this.expand(Number(index), context, at));
  }

  /** Text for an attribute (a caption, a title): Liquid resolved, tags and line breaks removed. */
  plainText(start: number, end: number, what: string): string {
    const written = this.text.slice(start, end);
    const expanded = this.expandAll(written, 'attr', start);
    const stripped = expanded.replace(/<[^>]+>/g, '');
    if (stripped !== expanded) this.leftover(start, written, `${what}: its HTML formatting was dropped (an attribute holds plain text)`);
    return stripped.replace(/\s+/g, ' ').trim();
  }
}

/** The variables a body's own Liquid defines: `{% assign x = ... %}`, `{% capture x %}`, `{% for x in ... %}`. */
function definedNames(tokens: LiquidToken[]): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'tag') continue;
    const name = /^([\w-]+)/.exec(token.markup)?.[1];
    if (name && ['assign', 'capture', 'for', 'tablerow', 'increment', 'decrement', 'cycle'].includes(token.name)) names.add(name);
  }
  return names;
}

/** The Liquid tokens, with the ranges a standard page's Liquid fills standing in for the tokens inside them. */
function withReplacements(tokens: LiquidToken[], replacements: Replacement[], body: string): Token[] {
  const inside = (t: LiquidToken) => replacements.some((r) => t.start >= r.start && t.end <= r.end);
  const all: Token[] = [...tokens.filter((t) => !inside(t)), ...replacements.map((r) => ({ ...r, kind: 'replace' as const, source: body.slice(r.start, r.end) }))];
  return all.sort((a, b) => a.start - b.start);
}
