import type { Root } from 'mdast';
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
