import { defaultOptions, TagToken, Tokenizer, TokenizationError, TypeGuards } from 'liquidjs';
import { literalOutput, type LiquidScope } from './liquid-values';

export { literalOutput, rootPath, type LiquidScope } from './liquid-values';

/**
 * The Liquid of an al-folio body, read by liquidjs' own tokenizer: the tags
 * and outputs Jekyll would run, and the blocks whose insides are literal
 * (raw), dropped (comment) or turned into a code block (highlight).
 */

export type LiquidToken =
  /** `{% name markup %}`. */
  | { kind: 'tag'; name: string; markup: string; start: number; end: number; source: string }
  /** `{{ expression }}`. */
  | { kind: 'output'; expression: string; start: number; end: number; source: string }
  /** `{% raw %}...{% endraw %}`: `text` (from `textStart` to `textEnd`) is literal text, Markdown still. */
  | { kind: 'raw'; text: string; textStart: number; textEnd: number; start: number; end: number; source: string }
  /** `{% highlight lang [linenos] %}...{% endhighlight %}`. */
  | { kind: 'highlight'; lang: string; lineNumbers: boolean; code: string; start: number; end: number; source: string }
  /** `{% comment %}...{% endcomment %}`: renders nothing. */
  | { kind: 'comment'; start: number; end: number; source: string }
  /** A `{%` or `{{` that is never closed (Jekyll stops on it): up to the end of its line. */
  | { kind: 'unclosed'; start: number; end: number; source: string };

/** Block tags whose insides the importer does not read as Liquid. */
const BLOCKS: Record<string, string> = { raw: 'endraw', comment: 'endcomment', highlight: 'endhighlight' };

type Top = { kind: 'tag'; token: TagToken } | { kind: 'output'; begin: number; end: number; content: string } | { kind: 'unclosed'; begin: number; end: number };

/** liquidjs' top-level tokens; an unclosed tag or output is noted and reading goes on after its line. */
function topLevel(text: string): Top[] {
  const tokens: Top[] = [];
  let tokenizer = new Tokenizer(text);
  while (!tokenizer.end()) {
    const at = tokenizer.p;
    try {
      const token = tokenizer.readTopLevelToken(defaultOptions);
      if (TypeGuards.isTagToken(token)) tokens.push({ kind: 'tag', token });
      else if (TypeGuards.isOutputToken(token)) tokens.push({ kind: 'output', begin: token.begin, end: token.end, content: token.content });
    } catch (error) {
      if (!(error instanceof TokenizationError)) throw error;
      const begin = text.slice(at).search(/\{[%{]/) + at;
      const newline = text.indexOf('\n', begin);
      const end = newline < 0 ? text.length : newline;
      tokens.push({ kind: 'unclosed', begin, end });
      tokenizer = new Tokenizer(text, undefined, undefined, [end, text.length]);
    }
  }
  return tokens;
}

/** The tokens of a body, in order. Text between them is not returned. */
export function liquidTokens(text: string): LiquidToken[] {
  const top = topLevel(text);
  const tokens: LiquidToken[] = [];
  for (let i = 0; i < top.length; i++) {
    const t = top[i]!;
    if (t.kind === 'unclosed') {
      tokens.push({ kind: 'unclosed', start: t.begin, end: t.end, source: text.slice(t.begin, t.end) });
      continue;
    }
    if (t.kind === 'output') {
      tokens.push({ kind: 'output', expression: t.content, start: t.begin, end: t.end, source: text.slice(t.begin, t.end) });
      continue;
    }
    const { token } = t;
    const start = token.begin;
    const closing = BLOCKS[token.name];
    const close = closing ? top.findIndex((c, j) => j > i && c.kind === 'tag' && c.token.name === closing) : -1;
    if (close < 0) {
      tokens.push({ kind: 'tag', name: token.name, markup: token.args.trim(), start, end: token.end, source: text.slice(start, token.end) });
      continue;
    }
    const endToken = (top[close] as { token: TagToken }).token;
    const end = endToken.end;
    const inside = text.slice(token.end, endToken.begin);
    const source = text.slice(start, end);
    if (token.name === 'raw') tokens.push({ kind: 'raw', text: inside, textStart: token.end, textEnd: endToken.begin, start, end, source });
    else if (token.name === 'comment') tokens.push({ kind: 'comment', start, end, source });
    else {
      const [lang = '', ...options] = token.args.trim().split(/\s+/);
      tokens.push({ kind: 'highlight', lang, lineNumbers: options.some((o) => o.startsWith('linenos')), code: inside, start, end, source });
    }
    i = close;
  }
  return tokens;
}

/** A value an include received: a literal string (resolved), or something only Liquid could compute. */
export type ParamValue = { value: string; resolved: true } | { value: string; resolved: false };

/**
 * `{% include figure.liquid path="assets/img/x.jpg" zoomable=true %}` →
 * the file name and its parameters, read by liquidjs as Jekyll writes them.
 * Quoted values may hold `{{ 'path' | relative_url }}`, which is resolved.
 */
export function parseInclude(markup: string, scope: LiquidScope = {}): { file: string; params: Map<string, ParamValue> } {
  const tokenizer = new Tokenizer(markup);
  tokenizer.skipBlank();
  const from = tokenizer.p;
  while (!tokenizer.end() && !/\s/.test(tokenizer.peek())) tokenizer.advance();
  const file = markup.slice(from, tokenizer.p);
  const params = new Map<string, ParamValue>();
  let hashes: ReturnType<Tokenizer['readHashes']> = [];
  try {
    hashes = tokenizer.readHashes(true);
  } catch {
    // A parameter liquidjs cannot read: the include is reported by whoever needs that parameter.
  }
  for (const hash of hashes) {
    const value = hash.value;
    if (!value) params.set(hash.name.content, { value: 'true', resolved: true });
    else if (TypeGuards.isQuotedToken(value)) params.set(hash.name.content, resolveOutputs(value.content, scope));
    else if (TypeGuards.isLiteralToken(value) || TypeGuards.isNumberToken(value)) params.set(hash.name.content, { value: value.getText(), resolved: true });
    else params.set(hash.name.content, { value: value.getText(), resolved: false });
  }
  return { file, params };
}

/** Replaces the `{{ ... }}` inside a string that resolve to a literal; unresolved when one does not. */
export function resolveOutputs(text: string, scope: LiquidScope = {}): ParamValue {
  let resolved = true;
  let value = '';
  let last = 0;
  for (const token of topLevel(text)) {
    if (token.kind === 'unclosed') continue;
    const literal = token.kind === 'output' ? literalOutput(token.content, scope) : null;
    value += text.slice(last, token.kind === 'tag' ? token.token.begin : token.begin);
    const end = token.kind === 'tag' ? token.token.end : token.end;
    if (literal === null) resolved = false;
    value += literal ?? text.slice(token.kind === 'tag' ? token.token.begin : token.begin, end);
    last = end;
  }
  value += text.slice(last);
  return resolved ? { value, resolved: true } : { value, resolved: false };
}

/** A top-level Liquid statement: one tag, output or block (`{% if %}` to its `{% endif %}`), with what is inside. */
export type Statement = { start: number; end: number; tokens: LiquidToken[] };

const OPENERS = new Set(['if', 'unless', 'for', 'case', 'capture', 'tablerow']);

/** A body's tokens as top-level statements: a block (`{% for %}` to its `{% endfor %}`) is one, with the tokens inside it. */
export function statements(tokens: LiquidToken[]): Statement[] {
  const out: Statement[] = [];
  let open: Statement | null = null;
  let depth = 0;
  for (const token of tokens) {
    const name = token.kind === 'tag' ? token.name : '';
    if (open) {
      open.tokens.push(token);
      if (OPENERS.has(name)) depth++;
      else if (name.startsWith('end') && OPENERS.has(name.slice(3)) && --depth === 0) {
        open.end = token.end;
        out.push(open);
        open = null;
      }
      continue;
    }
    if (OPENERS.has(name)) {
      open = { start: token.start, end: token.end, tokens: [token] };
      depth = 1;
    } else out.push({ start: token.start, end: token.end, tokens: [token] });
  }
  // An unclosed block: its tokens stand alone (the body conversion reports them).
  if (open) for (const token of open.tokens) out.push({ start: token.start, end: token.end, tokens: [token] });
  return out.sort((a, b) => a.start - b.start);
}
