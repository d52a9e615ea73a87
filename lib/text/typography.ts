import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import type { SafeHtml } from '../sanitize/sanitize';

/**
 * Folio's one typographer: typographer's quotes, apostrophes and dashes
 * (`--` an en dash, `---` an em dash, as in LaTeX) wherever prose is, never
 * in code or math. remark-smartypants does the work everywhere: in page and
 * post bodies (on the HTML tree, so the HTML an `.md` file holds, captions
 * included, is prose too), in the captions and titles given to components,
 * in HTML and text from front matter, in the CV.
 */
type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;
const OPTIONS: Options = { dashes: 'oldschool' };

/** remark-smartypants' transformer: it curls the `value` of each text node of an mdast-shaped tree, in place, quotes paired across nodes. */
type Smarten = (tree: { type: 'root'; children: Block[] }) => void;
type Block = { type: 'paragraph'; children: ({ type: 'text'; value: string } | { type: 'inlineCode'; value: string })[] };
const smarten = (remarkSmartypants as unknown as (options: Options) => Smarten)(OPTIONS);

/** Elements whose text is not prose: code, math, and what never shows as text. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'math', 'svg', 'textarea', 'template']);

/** Elements that start a new run of text: a quote at their start opens, whatever ended the run before. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Attributes of MDX components that are prose: what a figure's caption or a callout's title says. */
const PROSE_ATTRIBUTES = new Set(['caption', 'title', 'alt']);

type Node = Root | RootContent | ElementContent | { type: string; children?: unknown[]; attributes?: unknown[]; name?: string | null };

const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** KaTeX's output, once rehype-katex has run: its text is math. */
const isMath = (node: Element) => classesOf(node).some((c) => c === 'katex' || c === 'katex-display' || c.startsWith('math-') || c === 'language-math');

/**
 * Curls the prose of an HTML tree in place: its text nodes, in runs that
 * follow the blocks (a paragraph, a list item, a caption), with code and
 * math left as written but counted, so quotes around them pair; and the
 * prose attributes of MDX components (`caption`, `title`, `alt`).
 */
export function smartenTree(tree: Root | Element): void {
  const blocks: Block[] = [];
  let run: Block | undefined;
  const push = (item: Block['children'][number]) => {
    if (!run) blocks.push((run = { type: 'paragraph', children: [] }));
    run.children.push(item);
  };
  const attributes: { value: string }[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text') {
      push(node as Text);
      return;
    }
    if (node.type === 'element') {
      const element = node as Element;
      if (NOT_PROSE.has(element.tagName) || isMath(element)) {
        // Counted as letters, so `"x"` around it pairs; a block of code ends the run.
        if (element.tagName === 'pre' || element.tagName === 'math' || classesOf(element).includes('katex-display')) run = undefined;
        else push({ type: 'inlineCode', value: toString(element) });
        return;
      }
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
        if (attribute.type === 'mdxJsxAttribute' && PROSE_ATTRIBUTES.has(attribute.name ?? '') && typeof attribute.value === 'string') attributes.push(attribute as { value: string });
      }
    }
    const block = node.type === 'mdxJsxFlowElement' || (node.type === 'element' && BLOCKS.has((node as Element).tagName));
    if (block) run = undefined;
    for (const child of (node as { children?: Node[] }).children ?? []) walk(child);
    if (block) run = undefined;
  };
  walk(tree);
  smarten({ type: 'root', children: blocks });
  // Each attribute is its own short text.
  const texts = attributes.map((a) => ({ type: 'text' as const, value: a.value }));
  smarten({ type: 'root', children: texts.map((t) => ({ type: 'paragraph' as const, children: [t] })) });
  texts.forEach((t, i) => (attributes[i]!.value = t.value));
}

/** The rehype plugin of the page pipeline (lib/mdx/structure.ts): every body's prose, curled. */
export function rehypeTypography() {
  return (tree: Root) => smartenTree(tree);
}

/** Plain text as prose: a title, a description. */
export function smartText(text: string): string;
export function smartText(text: string | undefined): string | undefined;
export function smartText(text: string | undefined): string | undefined {
  if (!text || !/["'.-]/.test(text)) return text;
  const node: Text = { type: 'text', value: text };
  smartenTree({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [node] }] });
  return node.value;
}

/** Sanitized HTML (front matter's `subtitle`, the CV's Markdown) with its prose curled: only text changes, so it stays safe. */
export function smartHtml(html: SafeHtml): SafeHtml;
export function smartHtml(html: SafeHtml | undefined): SafeHtml | undefined;
export function smartHtml(html: SafeHtml | undefined): SafeHtml | undefined {
  if (!html || !/["'.-]/.test(html)) return html;
  const tree = fromHtml(html, { fragment: true });
  smartenTree(tree);
  return toHtml(tree) as SafeHtml;
}
