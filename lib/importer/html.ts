/**
 * HTML tags as al-folio content writes them, and the form MDX (JSX) needs:
 * `class` → `className`, void elements self-closed, no inline `style` or
 * event handlers.
 */

export type HtmlAttribute = { name: string; value: string | null };

export type HtmlTag = {
  kind: 'start' | 'end';
  name: string;
  attributes: HtmlAttribute[];
  selfClosing: boolean;
  /** Offset just past the `>`. */
  end: number;
};

const NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const SPACE = /\s*/y;
const ATTRIBUTE_NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s"'=<>`]+/y;

function take(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Parses the tag that starts at `text[at] === '<'`; null when it is not a tag (e.g. `a < b`). */
export function parseTag(text: string, at: number): HtmlTag | null {
  let i = at + 1;
  const kind = text[i] === '/' ? 'end' : 'start';
  if (kind === 'end') i++;
  const name = take(NAME, text, i);
  if (!name) return null;
  i += name.length;
  const attributes: HtmlAttribute[] = [];
  for (;;) {
    const space = take(SPACE, text, i) ?? '';
    i += space.length;
    if (text[i] === '>') return { kind, name, attributes, selfClosing: false, end: i + 1 };
    if (text.startsWith('/>', i)) return { kind, name, attributes, selfClosing: true, end: i + 2 };
    // An end tag has no attributes; attributes are separated by white space.
    if (kind === 'end' || space === '') return null;
    const attr = take(ATTRIBUTE_NAME, text, i);
    if (!attr) return null;
    i += attr.length;
    const eq = /\s*=\s*/y;
    eq.lastIndex = i;
    const hasValue = eq.exec(text);
    if (!hasValue) {
      attributes.push({ name: attr, value: null });
      continue;
    }
    i = eq.lastIndex;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return null;
      attributes.push({ name: attr, value: text.slice(i + 1, close) });
      i = close + 1;
    } else {
      const value = take(UNQUOTED, text, i);
      if (!value) return null;
      attributes.push({ name: attr, value });
      i += value.length;
    }
  }
}

export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** HTML attribute names React spells differently. */
const JSX_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  frameborder: 'frameBorder',
  allowfullscreen: 'allowFullScreen',
  srcset: 'srcSet',
  crossorigin: 'crossOrigin',
  referrerpolicy: 'referrerPolicy',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autoplay: 'autoPlay',
  playsinline: 'playsInline',
  datetime: 'dateTime',
  cellpadding: 'cellPadding',
  cellspacing: 'cellSpacing',
  accesskey: 'accessKey',
  contenteditable: 'contentEditable',
  spellcheck: 'spellCheck',
  'accept-charset': 'acceptCharset',
  'http-equiv': 'httpEquiv',
  novalidate: 'noValidate',
  usemap: 'useMap',
  itemprop: 'itemProp',
  itemscope: 'itemScope',
  itemtype: 'itemType',
};

/** A JSX (or HTML) attribute with its value quoted so that it survives: `"` unless the value has one. */
export function attribute(name: string, value: string | null): string {
  if (value === null) return name;
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value.replaceAll('"', '&quot;')}"`;
}

export type JsxProblem = { attribute: string; message: string };

/**
 * Writes a parsed tag back, for MDX when `jsx` is set: lowercase name, React
 * attribute names, void elements self-closed; `style` and `on*` attributes
 * are dropped (MDX needs style objects; scripts are blocked) and returned as
 * problems for the report.
 */
export function writeTag(tag: HtmlTag, jsx: boolean): { text: string; problems: JsxProblem[] } {
  const problems: JsxProblem[] = [];
  const name = jsx ? tag.name.toLowerCase() : tag.name;
  if (tag.kind === 'end') return { text: `</${name}>`, problems };
  const parts = [name];
  for (const attr of tag.attributes) {
    if (!jsx) {
      parts.push(attribute(attr.name, attr.value));
      continue;
    }
    const lower = attr.name.toLowerCase();
    if (lower === 'style') {
      problems.push({ attribute: `style="${attr.value ?? ''}"`, message: `inline style dropped from <${name}>: MDX cannot take a style string` });
      continue;
    }
    if (lower.startsWith('on')) {
      problems.push({ attribute: attr.name, message: `event handler \`${attr.name}\` dropped from <${name}>: scripts are blocked in content` });
      continue;
    }
    parts.push(attribute(JSX_NAMES[lower] ?? attr.name, attr.value));
  }
  const selfClose = tag.selfClosing || (jsx && VOID_ELEMENTS.has(name));
  return { text: `<${parts.join(' ')}${selfClose ? ' />' : '>'}`, problems };
}
