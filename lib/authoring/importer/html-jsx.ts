import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';
import { find, hastToReact, html, svg } from 'property-information';

/**
 * HTML as al-folio content writes it, read by parse5's tokenizer (every
 * tag, wherever it stands: a `<td>` outside its table, a `</div>` closing a
 * block opened earlier), and the form MDX (JSX) needs: React attribute
 * names (property-information knows them), void elements self-closed, no
 * inline `style` or event handlers.
 */

export type HtmlAttribute = {
  /** As written (`viewBox`, `data-zoomable`). */
  name: string;
  /** The value as written, entities undecoded; null for a bare attribute (`data-zoomable`). */
  raw: string | null;
  start: number;
  end: number;
};

export type HtmlPiece =
  | { kind: 'start'; name: string; attributes: HtmlAttribute[]; selfClosing: boolean; start: number; end: number }
  | { kind: 'end'; name: string; start: number; end: number }
  | { kind: 'comment'; start: number; end: number };

/** Elements whose text the tokenizer must not read as markup. */
const TEXT_MODES: Record<string, number> = { script: TokenizerMode.SCRIPT_DATA, style: TokenizerMode.RAWTEXT, textarea: TokenizerMode.RCDATA, title: TokenizerMode.RCDATA };

/** The tags and comments of an HTML snippet, with their offsets; the text is what lies between them. */
export function htmlPieces(source: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag(token) {
      const location = token.location!;
      const attributes = token.attrs.map((attr) => {
        const at = location.attrs![attr.name]!;
        const written = source.slice(at.startOffset, at.endOffset);
        const m = /^([^\s=]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?$/s.exec(written);
        return { name: m?.[1] ?? attr.name, raw: m ? (m[2] ?? m[3] ?? m[4] ?? null) : attr.value, start: at.startOffset, end: at.endOffset };
      });
      pieces.push({ kind: 'start', name: source.slice(location.startOffset + 1, location.startOffset + 1 + token.tagName.length), attributes, selfClosing: token.selfClosing, start: location.startOffset, end: location.endOffset });
      const mode = TEXT_MODES[token.tagName];
      if (mode !== undefined && !token.selfClosing) tokenizer.state = mode;
    },
    onEndTag(token) {
      const location = token.location!;
      pieces.push({ kind: 'end', name: source.slice(location.startOffset + 2, location.startOffset + 2 + token.tagName.length), start: location.startOffset, end: location.endOffset });
    },
    onComment(token) {
      pieces.push({ kind: 'comment', start: token.location!.startOffset, end: token.location!.endOffset });
    },
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onParseError: ignore,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(source, true);
  return pieces;
}

export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The JSX name of an HTML (or, inside `<svg>`, SVG) attribute: `class` → `className`, `stroke-width` → `strokeWidth`. */
export function jsxAttributeName(name: string, inSvg: boolean): string {
  const lower = name.toLowerCase();
  // React takes data-* and aria-* as HTML spells them.
  if (lower.startsWith('data-') || lower.startsWith('aria-')) return lower;
  const info = find(inSvg ? svg : html, inSvg ? name : lower);
  if (!info.defined) return name;
  return hastToReact[info.property] ?? info.property;
}

/** A JSX (or HTML) attribute with its value quoted so that it survives: `"` unless the value has one. */
export function attribute(name: string, value: string | null): string {
  if (value === null) return name;
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value.replaceAll('"', '&quot;')}"`;
}

export type JsxProblem = { message: string };

/**
 * A start tag written back for MDX: lowercase name, React attribute names,
 * void elements self-closed; `style` and `on*` attributes are dropped (MDX
 * needs style objects; scripts are blocked) and returned as problems.
 * `value` gives each attribute's value as it should be written (Liquid
 * resolved, links rewritten).
 */
export function jsxStartTag(
  tag: Extract<HtmlPiece, { kind: 'start' }>,
  inSvg: boolean,
  value: (attr: HtmlAttribute) => string | null,
): { text: string; problems: JsxProblem[] } {
  const problems: JsxProblem[] = [];
  const name = inSvg ? tag.name : tag.name.toLowerCase();
  const parts = [name];
  for (const attr of tag.attributes) {
    const lower = attr.name.toLowerCase();
    if (lower === 'style') {
      problems.push({ message: `inline style dropped from <${name}>: MDX cannot take a style string` });
      continue;
    }
    if (lower.startsWith('on')) {
      problems.push({ message: `event handler \`${attr.name}\` dropped from <${name}>: scripts are blocked in content` });
      continue;
    }
    parts.push(attribute(jsxAttributeName(attr.name, inSvg), value(attr)));
  }
  const selfClose = tag.selfClosing || VOID_ELEMENTS.has(name);
  return { text: `<${parts.join(' ')}${selfClose ? ' />' : '>'}`, problems };
}

/** An HTML start tag with some attribute values replaced, the rest as written. */
export function htmlStartTag(source: string, tag: Extract<HtmlPiece, { kind: 'start' }>, value: (attr: HtmlAttribute) => string | null): string {
  let out = '';
  let at = tag.start;
  for (const attr of tag.attributes) {
    const written = value(attr);
    if (written === attr.raw) continue;
    out += source.slice(at, attr.start) + attribute(attr.name, written);
    at = attr.end;
  }
  return out + source.slice(at, tag.end);
}
