import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import type { Nodes as MdastNode, Root as MdastRoot } from 'mdast';
import readingTime from 'reading-time';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { findCitations, type Citation } from '../bibliography/remark-cite';
import { BuildCache, cacheKey } from '../build/cache';
import { buildCache } from '../build/process-cache';
import { structureRehypePlugins, structureRemarkPlugins } from '../mdx/structure';
import { fileProps } from '../mdx/vocabulary';
import { LIMITS } from './limits';

/** A heading of a body, with the id its page gives it. */
export type Heading = { depth: 1 | 2 | 3 | 4 | 5 | 6; text: string; id: string };

/** What the content layer knows of a body, from one parse of it. */
export type Derived = {
  headings: Heading[];
  /** Every <Cite> in the order of the text, with its line in the body. */
  citations: Citation[];
  /** The prose a reader reads, block by block (no markup, no code blocks, no formulas), for search, metadata and reading time. */
  text: string;
  /** The MDX components the body uses, with their string attributes: `<Publications year="2024" />`. */
  components: { name: string; attributes: Record<string, string> }[];
  /** The first paragraph's text. */
  excerpt: string;
  readingMinutes: number;
  /** Whether the body has math, so its page links KaTeX's stylesheet. */
  math: boolean;
  /**
   * The site's own images the body shows (a Markdown image, an HTML or JSX
   * `<img>`, a `<Figure>`), with their line in the body: the build makes
   * their responsive files (lib/images/).
   */
  images: { src: string; line: number }[];
  /**
   * Set when the body makes more elements than a page may have
   * (LIMITS.nodes): the line of the first one past the limit. Nothing else
   * is derived, and the body is not compiled.
   */
  tooLarge?: { line: number };
};

/** As @mdx-js/mdx does: MDX's own nodes pass into the HTML tree untouched. */
const TO_HAST: RemarkRehypeOptions = { allowDangerousHtml: true, passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'] };

type Analyzer = Processor<MdastRoot, MdastRoot, HastRoot>;
const analyzers = new Map<'md' | 'mdx', Analyzer>();

/** The page's own parse (lib/mdx/pipeline.ts), up to the heading ids: the same tree the page renders from. */
function analyzer(format: 'md' | 'mdx'): Analyzer {
  let processor = analyzers.get(format);
  if (!processor) {
    const base = unified().use(remarkParse);
    if (format === 'mdx') base.use(remarkMdx);
    processor = base
      .use(structureRemarkPlugins())
      .use(remarkRehype, TO_HAST)
      .use(structureRehypePlugins(format)) as unknown as Analyzer;
    analyzers.set(format, processor);
  }
  return processor;
}

const EMPTY: Derived = { headings: [], citations: [], text: '', components: [], excerpt: '', readingMinutes: 1, math: false, images: [] };

/** A path of this site (`/assets/img/x.png`), not an address elsewhere. */
const isSitePath = (src: unknown): src is string => typeof src === 'string' && src.startsWith('/') && !src.startsWith('//');

/** A body's Markdown tree, parsed as the page's compile parses it; null when it does not parse (the check and the build say why). */
export function parseBody(body: string, format: 'md' | 'mdx'): MdastRoot | null {
  try {
    return analyzer(format).parse(new VFile({ value: body }));
  } catch {
    return null;
  }
}

/**
 * Every field the content layer derives from a body, from one parse of it:
 * headings and their ids (for the table of contents), citations, plain
 * text, excerpt, reading time, whether it has math. A body that does not
 * parse derives nothing: the content check and the build report its error.
 */
export function deriveFields(body: string, format: 'md' | 'mdx'): Derived {
  const processor = analyzer(format);
  let mdast: MdastRoot;
  let hast: HastRoot;
  try {
    const file = new VFile({ value: body });
    mdast = processor.parse(file);
    const past = pastNodeLimit(mdast);
    if (past) return { ...EMPTY, tooLarge: past };
    hast = processor.runSync(structuredClone(mdast), file);
  } catch {
    return EMPTY;
  }
  let math = false;
  const components: Derived['components'] = [];
  visit(mdast, (node) => {
    if (node.type === 'math' || node.type === 'inlineMath') math = true;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
      components.push({ name: node.name, attributes });
    }
  });
  const headings: Heading[] = [];
  const images: Derived['images'] = [];
  visit(hast, (node) => {
    if (node.type === 'element') {
      const depth = headingRank(node);
      if (depth && typeof node.properties.id === 'string') headings.push({ depth: depth as Heading['depth'], text: toString(node).trim(), id: node.properties.id });
      if (node.tagName === 'img' && isSitePath(node.properties.src)) images.push({ src: node.properties.src, line: node.position?.start.line ?? 1 });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      // The props the vocabulary says name an image (a <Figure>'s or a JSX <img>'s `src`).
      for (const [prop, kind] of Object.entries(fileProps(node.name) ?? {})) {
        const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === prop)?.value;
        if (kind === 'image' && isSitePath(src)) images.push({ src, line: node.position?.start.line ?? 1 });
      }
    }
  });
  const readable = asElements(hast) as HastRoot;
  const text = squash(toText(readable));
  const firstParagraph = readable.children.find((n): n is Element => n.type === 'element' && n.tagName === 'p');
  return {
    headings,
    citations: findCitations(mdast),
    text,
    components,
    excerpt: firstParagraph ? squash(toText(firstParagraph)) : '',
    readingMinutes: Math.max(1, Math.round(readingTime(text).minutes)),
    math,
    images,
  };
}

/**
 * Where a tree makes more nodes than LIMITS.nodes (every paragraph, link,
 * emphasis, list item, table cell counts): each costs the check and the
 * build alike, so past it the body is refused rather than read for minutes.
 */
function pastNodeLimit(tree: MdastRoot): { line: number } | undefined {
  let count = 0;
  const stack: MdastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++count > LIMITS.nodes) return { line: node.position?.start.line ?? 1 };
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}

/** One space between words, none before punctuation (where a <Cite /> was), letters composed. */
const squash = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();

/** Code blocks and formulas read badly as prose: search excerpts and reading time leave them out. */
function isCodeOrMath(node: Element): boolean {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  return node.tagName === 'pre' || (node.tagName === 'code' && classes.some((c) => c === 'language-math' || c.startsWith('math-')));
}

/**
 * The tree as plain elements, for its text: a component's children are
 * text (a <Callout>'s), and so are the words in its string props a reader
 * sees (a <Figure>'s caption).
 */
function asElements(node: HastRoot | HastContent): HastRoot | HastContent | null {
  if (node.type === 'root') return { ...node, children: node.children.map(asElements).filter((c): c is HastContent => c !== null) };
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const said = node.attributes
      .filter((a) => a.type === 'mdxJsxAttribute' && ['caption', 'title'].includes(a.name) && typeof a.value === 'string')
      .map((a) => ({ type: 'text' as const, value: ` ${String(a.value)} ` }));
    const children = node.children.map(asElements).filter((c): c is ElementContent => c !== null);
    return { type: 'element', tagName: node.type === 'mdxJsxFlowElement' ? 'div' : 'span', properties: {}, children: [...children, ...said] };
  }
  if (node.type === 'element') return isCodeOrMath(node) ? null : { ...node, children: node.children.map(asElements).filter((c): c is ElementContent => c !== null) };
  if (node.type === 'text') return node;
  return null;
}

/**
 * Derived fields, once per body: in-process, and between the processes of
 * a build and between builds through Folio's build cache (lib/build/cache.ts,
 * under `cacheDir`): the content check derives each body, next build's
 * workers read what it derived, and the next build parses only the bodies
 * that changed. In `next dev`, where content is read at every request, only
 * the bodies that changed since the last read are parsed again.
 */
const MEMO = Symbol.for('folio.derived');
const shared = globalThis as { [MEMO]?: Map<string, Derived> };

export function derivedFields(body: string, format: 'md' | 'mdx', cacheDir?: string): Derived {
  const memo = (shared[MEMO] ??= new Map());
  const key = cacheKey(format, body);
  let derived = memo.get(key);
  if (!derived) {
    const cache = cacheDir === undefined ? undefined : cacheAt(cacheDir);
    derived = cache ? cache.rememberJsonSync('derived', key, () => deriveFields(body, format)) : deriveFields(body, format);
    memo.set(key, derived);
  }
  return derived;
}

/** The build's cache, or another folder's (tests). */
function cacheAt(dir: string): BuildCache {
  const cache = buildCache();
  return cache?.root === dir ? cache : new BuildCache(dir);
}
