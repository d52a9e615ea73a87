import { createProcessor } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

/**
 * TEMPORARY: the plain text of a body, and the components it uses, from a
 * parse of its own. Issue 15's "one Markdown pass" derives the plain text
 * from the tree the page renders; when it lands, the search index takes its
 * text from there and this file goes.
 */
export type BodyText = {
  /** What a reader reads, blocks separated by a space: no code blocks, no math, no markup. */
  text: string;
  /** The MDX components the body uses, with their string attributes: `<Publications year="2024" />`. */
  components: { name: string; attributes: Record<string, string> }[];
};

const parsers = {
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm, remarkMath] }),
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkMath] }),
};

/** Nodes whose text is not prose: code and math read badly in an excerpt, and scripts are blocked. */
const SKIPPED = new Set(['code', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'definition']);
/** Attributes of a component that a reader sees as text (a figure's caption). */
const TEXT_ATTRIBUTES = new Set(['caption', 'title']);
/** Containers inside a line of text; every other container is a block. */
const PHRASING = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);
/** Containers of a line of text: HTML in them is inline (`<b>`), anywhere else it is a block (`<div>`). */
const LINES = new Set([...PHRASING, 'paragraph', 'heading', 'tableCell']);

export function bodyText(body: string, format: 'md' | 'mdx'): BodyText {
  let tree: Root;
  try {
    tree = parsers[format].parse(body) as Root;
  } catch {
    // A body that does not parse fails the content check with its line; its page is not built.
    return { text: '', components: [] };
  }
  const parts: string[] = [];
  const components: BodyText['components'] = [];
  const walk = (node: Nodes, parent: string) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'html') parts.push(toText(fromHtml(node.value, { fragment: true })), LINES.has(parent) ? '' : ' ');
    else if (node.type === 'image') parts.push(node.alt ?? '');
    else if (node.type === 'break') parts.push(' ');
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
      if (node.name) components.push({ name: node.name, attributes });
      for (const [name, value] of Object.entries(attributes)) if (TEXT_ATTRIBUTES.has(name)) parts.push(` ${value} `);
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, node.type);
      // Blocks (paragraphs, headings, list items, cells) end with a space, so their words do not run together.
      if (!PHRASING.has(node.type)) parts.push(' ');
    }
  };
  walk(tree, 'root');
  // Plain text now: one space between words, none before punctuation (left where a <Cite /> was).
  const text = parts.join('').replace(/\s+/g, ' ').replace(/ ([.,;:!?)])/g, '$1').trim();
  return { text, components };
}
