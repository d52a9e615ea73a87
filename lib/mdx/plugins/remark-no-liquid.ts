import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';

/** A Liquid tag or output opening (`{%`, `{{`), unless its brace is escaped (`\{%`). */
const OPENER = /\\[\s\S]|\{[{%]/g;

/**
 * Folio does not run Liquid: a `{% ... %}` or `{{ ... }}` left in text, HTML,
 * a link or an attribute would reach visitors as it is. Each one is an
 * error on its line, with what to write instead. Code and math keep theirs
 * (they show code); an escaped brace (`\{%`) is text the author meant.
 */
export function remarkNoLiquid() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const toPoint = location(source).toPoint;
    const found: VFileMessage[] = [];
    const report = (offset: number, snippet: string, node: Nodes) => {
      const liquid = snippet.length > 70 ? snippet.slice(0, 67) + '...' : snippet;
      const m = file.message(`Liquid \`${liquid}\` would be shown to visitors: Folio does not run Liquid`, { place: toPoint(offset) ?? node.position, ruleId: 'liquid', source: 'folio' });
      m.fatal = true;
      m.note = fixFor(snippet);
      found.push(m);
    };
    /** Every unescaped opening in `text` (at `offset` in the file): backslash escapes count only where Markdown reads them. */
    const scan = (text: string, offset: number, node: Nodes, escapes: boolean) => {
      for (const m of text.matchAll(escapes ? OPENER : /\{[{%]/g)) {
        if (m[0].startsWith('\\')) continue;
        report(offset + m.index, liquidAt(text, m.index), node);
      }
    };
    visit(tree, (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      switch (node.type) {
        case 'text':
          if (start !== undefined && end !== undefined) scan(source.slice(start, end), start, node, true);
          break;
        case 'html':
          // Comments are not shown (the importer keeps Liquid it could not convert in one).
          if (start !== undefined) scan(node.value.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length)), start, node, false);
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (/\{[{%]/.test(node.url)) report(start ?? 0, liquidAt(node.url, node.url.search(/\{[{%]/)), node);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // `{{ x }}` and `{% x %}` in MDX are expressions that start with `{` or `%`; `{/* ... */}` is a comment.
          if (/^[{%]/.test(node.value) && start !== undefined) report(start, `{${node.value}}`, node);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          for (const attr of node.attributes)
            if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && /\{[{%]/.test(attr.value)) report(start ?? 0, liquidAt(attr.value, attr.value.search(/\{[{%]/)), node);
          break;
      }
    });
    if (found[0]) throw found[0];
  };
}

/** The tag or output that opens at `at`, up to its closing `%}` or `}}` on the same line. */
function liquidAt(text: string, at: number): string {
  const close = text.slice(at, at + 2) === '{%' ? '%}' : '}}';
  const end = text.indexOf(close, at + 2);
  const newline = text.indexOf('\n', at);
  return end >= 0 && (newline < 0 || end < newline) ? text.slice(at, end + 2) : text.slice(at, newline < 0 ? undefined : newline);
}

/** What to write instead, for the Liquid al-folio content has. */
function fixFor(liquid: string): string {
  const tag = /^\{%-?\s*(\w+)\s*([^\s%]*)/.exec(liquid);
  const include = tag?.[1] === 'include' ? tag[2] : '';
  if (/^figure\./.test(include ?? '')) return 'write <Figure src="/assets/img/..." alt="..." /> in an .mdx file (npm run import:al-folio does this)';
  if (/^video\./.test(include ?? '')) return 'write <Video src="/assets/video/..." /> or <YouTube id="..." /> in an .mdx file';
  if (/^projects/.test(include ?? '') || /site\.projects/.test(liquid)) return 'write <Projects /> in an .mdx file: it lists content/projects/';
  if (/^news\./.test(include ?? '')) return 'remove it: /news/ lists the news, and the about page shows the latest';
  if (tag?.[1] === 'cite') return 'write <Cite id="key" /> in a post (.mdx)';
  if (tag?.[1] === 'bibliography') return 'write <Publications /> in an .mdx file';
  if (tag?.[1] === 'raw' || tag?.[1] === 'endraw') return 'remove {% raw %} and {% endraw %}: Folio shows the text as it is; write \\{% and \\{{ where it should show Liquid';
  if (/relative_url|absolute_url|site\.baseurl/.test(liquid)) return 'write the path itself, e.g. /assets/pdf/paper.pdf (Folio adds the baseurl)';
  return 'write the text it stood for; to show Liquid itself, write \\{% or \\{{ (or put it in `code`)';
}
