import { parseFragment, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import type { Edits } from './edits';
import { parseMarkdown } from './markdown';

/**
 * al-folio's distill posts (`layout: distill`) write Distill's elements in
 * their Markdown: `<d-cite key="a,b">`, `<d-footnote>`, `<d-code block
 * language="python">`, `<d-math>`, and the article's frame (`<d-article>`,
 * `<d-contents>`, ...). Each becomes what Folio writes for it: a citation
 * (`{% cite a b %}`, which the body conversion makes <Cite>s of, from the
 * post's own `bibliography`), a Markdown footnote, a fenced code block, math
 * between `$`; the frame goes. Elements inside code stay as written.
 */

/** What the author should know, at an offset of the body. */
export type Finding = { at: number; message: string; leftover: boolean };

/** A frame tag on its own (`<d-article>`, `</d-article>`), an element with its content, or any other lone tag. */
const ELEMENT = /<\/?d-(article|title|byline|appendix|front-matter|bibliography|slider|figure)\b[^>]*>|<d-([a-z-]+)\b([^>]*)>([\s\S]*?)<\/d-\2\s*>|<\/?d-([a-z-]+)\b[^>]*>/g;

export function convertDistillElements(body: string, edits: Edits, findings: Finding[]) {
  const code = codeRanges(body);
  const inCode = (at: number) => code.some(([s, e]) => at >= s && at < e);
  const used = new Set([...body.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!));
  const footnotes: string[] = [];
  let next = 1;
  for (const m of body.matchAll(ELEMENT)) {
    const at = m.index;
    if (inCode(at) || edits.covered(at)) continue;
    const [whole, frame, name, attributes = '', inner = '', lone] = m;
    const end = at + whole.length;
    if (frame !== undefined) {
      // The article's frame, and `<d-bibliography src=...>`: the post's `bibliography` does its job.
      edits.replace(at, end, '');
    } else if (lone !== undefined) {
      findings.push({ at, message: `Distill's \`<d-${lone}>\` has no Folio equivalent: the tag was dropped`, leftover: true });
      edits.replace(at, end, '');
    } else if (name === 'footnote') {
      while (used.has(String(next))) next++;
      const label = String(next++);
      const text = inline(inner.trim(), at, findings).replace(/\s*\n\s*/g, '\n    ');
      footnotes.push(`[^${label}]: ${text}`);
      edits.replace(at, end, `[^${label}]`);
    } else if (name === 'code') {
      const attrs = attributesOf(attributes);
      const language = attrs.get('language') ?? '';
      if (attrs.has('block')) {
        const text = dedent(inner);
        const fence = '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((r) => r.length + 1)));
        const lineStart = at === 0 || body[at - 1] === '\n';
        edits.replace(at, end, `${lineStart ? '' : '\n\n'}${fence}${language}\n${text}\n${fence}`);
      } else edits.replace(at, end, '`' + inner.replace(/`/g, "'") + '`');
    } else if (name === 'contents') {
      findings.push({ at, message: "Distill's `<d-contents>` (a table of contents in the text) was dropped: `toc` in the front matter lists the headings", leftover: false });
      edits.replace(at, end, '');
    } else edits.replace(at, end, inline(whole, at, findings));
  }
  if (footnotes.length > 0) edits.replace(body.length, body.length, `${body.endsWith('\n') ? '' : '\n'}\n${footnotes.join('\n\n')}\n`);
}

/** Citations and math in a piece of text (a footnote's, or the element itself): `{% cite %}` and `$...$`; other elements lose their tags. */
function inline(text: string, at: number, findings: Finding[]): string {
  return text.replace(/<d-([a-z-]+)\b([^>]*)>([\s\S]*?)<\/d-\1\s*>/g, (_, name: string, attributes: string, inner: string) => {
    const attrs = attributesOf(attributes);
    if (name === 'cite') {
      const keys = (attrs.get('key') ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      if (keys.length === 0) findings.push({ at, message: '`<d-cite>` without a `key`: dropped', leftover: true });
      return keys.length ? `{% cite ${keys.join(' ')} %}` : '';
    }
    if (name === 'math') return attrs.has('block') ? `\n$$\n${inner.trim()}\n$$\n` : `$${inner.trim()}$`;
    findings.push({ at, message: `Distill's \`<d-${name}>\` has no Folio equivalent: its tags were dropped, its text kept`, leftover: true });
    return inner;
  });
}

/** Where code is in a body (fenced, indented, inline): Distill elements written there are examples, not elements. */
function codeRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: ReturnType<typeof parseMarkdown> | ReturnType<typeof parseMarkdown>['children'][number]) => {
    if (node.type === 'code' || node.type === 'inlineCode') ranges.push([node.position!.start.offset!, node.position!.end.offset!]);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parseMarkdown(body));
  return ranges;
}

/** A start tag's attributes (what follows its name), as the browser reads them. */
function attributesOf(attributes: string): Map<string, string> {
  const element = parseFragment(`<x ${attributes}>`).childNodes[0] as P5.Element | undefined;
  return new Map((element?.attrs ?? []).map((a) => [a.name, a.value]));
}

/** Code as written inside `<d-code>`: the blank lines around it and the indentation common to its lines removed. */
function dedent(code: string): string {
  const lines = code.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
