import type { Blockquote, Heading, Paragraph, Parent } from 'mdast';
import type { BodyText } from './body-text';
import { attribute } from './html-jsx';
import { CALLOUT_LINE, calloutEnding, latexEnvironment, unquote, type CalloutKind } from './kramdown';

/** What kramdown and MathJax read in al-folio's Markdown and MDX does not: callouts (`{: .block-tip}`) and bare LaTeX environments. */

/** A blockquote that ends with `{: .block-tip}` (or warning, danger), or is followed by it: a <Callout>. */
export function convertCallout(b: BodyText, node: Blockquote, parent: Parent | undefined, index: number): boolean {
  const start = b.start(node);
  let end = b.end(node);
  let kind: CalloutKind;
  let contentEnd: number;
  const ending = calloutEnding(b.text, start, end);
  const next = parent?.children[index + 1];
  const nextLine = next?.type === 'paragraph' ? CALLOUT_LINE.exec(b.text.slice(b.start(next), b.end(next))) : null;
  if (ending) {
    kind = ending.kind;
    contentEnd = ending.start;
    b.consumed.push([ending.start, ending.end]);
  } else if (next && nextLine) {
    kind = nextLine[1] as CalloutKind;
    contentEnd = end;
    end = b.end(next);
    b.consumed.push([b.start(next), end]);
  } else return false;

  const children = [...node.children];
  let title: string | undefined;
  const heading = children[0]?.type === 'heading' ? (children.shift() as Heading) : undefined;
  if (heading) {
    const text = heading.children.length ? b.plainText(b.start(heading.children[0]!), b.end(heading.children.at(-1)!), 'callout title') : '';
    if (text.toLowerCase() !== kind) title = text || undefined;
  }
  children.forEach((child) => b.walk(child, node, node.children.indexOf(child)));
  const first = children.find((c) => b.start(c) < contentEnd);
  const from = first ? b.text.lastIndexOf('\n', b.start(first) - 1) + 1 : contentEnd;
  const inside = unquote(b.edits.slice(from, Math.max(from, contentEnd))).replace(/^\s*\n|\s+$/g, '');
  b.use('Callout');
  b.count('callout');
  const open = `<Callout ${attribute('type', kind)}${title ? ' ' + attribute('title', title) : ''}>`;
  b.edits.replace(start, end, [open, inside, '</Callout>'].join('\n'));
  return true;
}

/**
 * MathJax renders a bare `\begin{equation}`; KaTeX (Folio) renders math
 * between `$$`. KaTeX has no `\label`: it is dropped and reported.
 */
export function convertLatex(b: BodyText, node: Paragraph): boolean {
  const start = b.start(node);
  const end = b.end(node);
  if (!latexEnvironment(b.text.slice(start, end))) return false;
  b.count('LaTeX environment put in $$');
  const lines: string[] = [];
  let at = start;
  for (const line of b.text.slice(start, end).split('\n')) {
    const label = /\\label\{[^}]*\}/.exec(line);
    if (label) b.leftover(at, label[0], 'KaTeX has no \\label (nor \\eqref): the label was dropped; refer to the equation in words');
    const kept = b.expandAll(label ? line.replace(label[0], '') : line, 'code', at);
    if (kept.trim() !== '') lines.push(kept);
    at += line.length + 1;
  }
  b.edits.replace(start, end, ['$$', ...lines, '$$'].join('\n'));
  return true;
}
