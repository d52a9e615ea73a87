import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The Markdown tree of a text, as the site's pipeline reads it (GFM, math),
 * with positions: the importer edits the source at those positions rather
 * than writing the tree back, so what it does not convert stays as written.
 */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** A fence longer than any run of backticks in the code. */
export function fenceFor(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

/** Literal text made safe for MDX: braces and `<` escaped. */
export function escapeMdx(text: string): string {
  return text.replace(/[{}<]/g, (c) => '\\' + c);
}

/** Blank-line runs (left by dropped comments and tags) collapsed to one, trailing spaces trimmed, outside code and math. */
export function tidy(text: string): string {
  const kept = new Set<number>();
  const visit = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'math') for (let l = node.position!.start.line; l <= node.position!.end.line; l++) kept.add(l);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseMarkdown(text));
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (kept.has(i + 1)) return void out.push(line);
    if (/^\s*$/.test(line)) {
      if (out.length > 0 && out.at(-1) !== '') out.push('');
      return;
    }
    out.push(line.replace(/\s+$/, (s) => (s.endsWith('  ') && !s.includes('\t') ? s : '')));
  });
  while (out.length && out.at(-1) === '') out.pop();
  while (out.length && out[0] === '') out.shift();
  return out.join('\n') + '\n';
}
