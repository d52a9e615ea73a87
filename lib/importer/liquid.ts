/**
 * Just enough Liquid to import al-folio content: the tokens Jekyll would see
 * in a body (tags, outputs, and the blocks whose insides are literal), and
 * the parameters of an `{% include %}`.
 */

export type LiquidToken =
  /** `{% name markup %}`. */
  | { kind: 'tag'; name: string; markup: string; start: number; end: number; source: string }
  /** `{{ expression }}`. */
  | { kind: 'output'; expression: string; start: number; end: number; source: string }
  /** `{% raw %}...{% endraw %}`: `text` is kept literally. */
  | { kind: 'raw'; text: string; start: number; end: number; source: string }
  /** `{% highlight lang [linenos] %}...{% endhighlight %}`. */
  | { kind: 'highlight'; lang: string; lineNumbers: boolean; code: string; start: number; end: number; source: string }
  /** `{% comment %}...{% endcomment %}`: renders nothing. */
  | { kind: 'comment'; start: number; end: number; source: string }
  /** A `{%` or `{{` that is never closed. */
  | { kind: 'unclosed'; start: number; end: number; source: string };

const OPEN = /\{[%{]/g;

/** The tokens of a body, in order. Text between them is not returned. */
export function liquidTokens(text: string): LiquidToken[] {
  const tokens: LiquidToken[] = [];
  OPEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = OPEN.exec(text))) {
    const start = match.index;
    const isTag = match[0] === '{%';
    const close = text.indexOf(isTag ? '%}' : '}}', start + 2);
    if (close < 0) {
      const end = lineEnd(text, start);
      tokens.push({ kind: 'unclosed', start, end, source: text.slice(start, end) });
      OPEN.lastIndex = end;
      continue;
    }
    let end = close + 2;
    if (!isTag) {
      const expression = trimDashes(text.slice(start + 2, close));
      tokens.push({ kind: 'output', expression, start, end, source: text.slice(start, end) });
      OPEN.lastIndex = end;
      continue;
    }
    const inner = trimDashes(text.slice(start + 2, close));
    const name = /^\w+/.exec(inner)?.[0] ?? '';
    const markup = inner.slice(name.length).trim();
    const block = BLOCKS[name];
    if (block) {
      const closing = new RegExp(`\\{%-?\\s*${block}\\s*-?%\\}`, 'g');
      closing.lastIndex = end;
      const found = closing.exec(text);
      if (found) {
        const inside = text.slice(end, found.index);
        end = found.index + found[0].length;
        const source = text.slice(start, end);
        if (name === 'raw') tokens.push({ kind: 'raw', text: inside, start, end, source });
        else if (name === 'comment') tokens.push({ kind: 'comment', start, end, source });
        else {
          const [lang = '', ...options] = markup.split(/\s+/);
          tokens.push({ kind: 'highlight', lang, lineNumbers: options.some((o) => o.startsWith('linenos')), code: inside, start, end, source });
        }
        OPEN.lastIndex = end;
        continue;
      }
    }
    tokens.push({ kind: 'tag', name, markup, start, end, source: text.slice(start, end) });
    OPEN.lastIndex = end;
  }
  return tokens;
}

/** Tags whose insides Liquid does not run (or, for highlight, that the importer turns into a code block). */
const BLOCKS: Record<string, string> = { raw: 'endraw', comment: 'endcomment', highlight: 'endhighlight' };

function trimDashes(inner: string): string {
  return inner.replace(/^-/, '').replace(/-$/, '').trim();
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** A value an include received: a literal string (resolved), or something only Liquid could compute. */
export type ParamValue = { value: string; resolved: true } | { value: string; resolved: false };

/**
 * `{% include figure.liquid path="assets/img/x.jpg" zoomable=true %}` →
 * the file name and its parameters. Quoted values may hold
 * `{{ 'path' | relative_url }}`, which is resolved to the path.
 */
export function parseInclude(markup: string): { file: string; params: Map<string, ParamValue> } {
  const fileMatch = /^\S+/.exec(markup);
  const file = fileMatch?.[0] ?? '';
  const params = new Map<string, ParamValue>();
  const PARAM = /([\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\S+)/g;
  let m: RegExpExecArray | null;
  const rest = markup.slice(file.length);
  while ((m = PARAM.exec(rest))) {
    const [, key, raw] = m as unknown as [string, string, string];
    params.set(key, paramValue(raw));
  }
  return { file, params };
}

function paramValue(raw: string): ParamValue {
  if (raw.startsWith('"') || raw.startsWith("'")) {
    const inner = raw.slice(1, -1).replace(/\\(["'])/g, '$1');
    return resolveOutputs(inner);
  }
  if (/^(true|false|-?\d+(\.\d+)?)$/.test(raw)) return { value: raw, resolved: true };
  return { value: raw, resolved: false };
}

/** Replaces the `{{ ... }}` inside a string that resolve to a literal; unresolved when one does not. */
export function resolveOutputs(text: string, site?: Record<string, string>): ParamValue {
  let resolved = true;
  const value = text.replace(/\{\{-?([\s\S]*?)-?\}\}/g, (source, expression: string) => {
    const literal = literalOutput(expression.trim(), site);
    if (literal === null) {
      resolved = false;
      return source;
    }
    return literal;
  });
  return resolved ? { value, resolved: true } : { value, resolved: false };
}

/**
 * The value of an output expression Folio can know without running Liquid:
 * `'path' | relative_url` (or `absolute_url`) is the path from the site root,
 * `site.baseurl` is empty (Folio serves the site at the root of its url),
 * `site.x` is the plain text _config.yml gives it. Null for anything else.
 */
export function literalOutput(expression: string, site: Record<string, string> = {}): string | null {
  if (/^site\.baseurl$/.test(expression)) return '';
  const variable = /^site\.(\w+)$/.exec(expression);
  if (variable) return Object.hasOwn(site, variable[1]!) ? site[variable[1]!]! : null;
  const m = /^(['"])(.*?)\1\s*(?:\|\s*(relative_url|absolute_url)\s*)?$/.exec(expression);
  if (!m) {
    // `'x' | prepend: site.baseurl` is al-folio v0's spelling of relative_url.
    const prepend = /^(['"])(.*?)\1\s*\|\s*prepend:\s*site\.baseurl\s*$/.exec(expression);
    return prepend ? rootPath(prepend[2]!) : null;
  }
  const [, , value, filter] = m as unknown as [string, string, string, string | undefined];
  return filter ? rootPath(value) : value;
}

/** `assets/img/x.jpg` → `/assets/img/x.jpg` (relative_url's result on a site served at the root). */
export function rootPath(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return value;
  return '/' + value.replace(/^\/+/, '');
}
