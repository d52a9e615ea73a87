import { parseFragment, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import { attribute } from './html-jsx';
import { rootPath, type ParamValue } from './liquid';

/**
 * al-folio's figures and videos: `{% include figure.liquid %}` (v0:
 * `figure.html`), `{% include video.liquid %}`, and the Bootstrap rows
 * (`<div class="row">` of `<div class="col-...">`, then a
 * `<div class="caption">`) that lay them out.
 */

export const FIGURE_INCLUDES = /^figure\.(liquid|html)$/;
export const VIDEO_INCLUDES = /^video\.(liquid|html)$/;

export type FigureProps = {
  component: 'Figure' | 'Video' | 'YouTube';
  src?: string;
  id?: string;
  alt?: string;
  caption?: string;
  zoomable?: string;
  width?: string;
  height?: string;
};

export function figureJsx(props: FigureProps): string {
  const { component, ...rest } = props;
  const attrs = Object.entries(rest)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => attribute(k, v!));
  return `<${component} ${attrs.join(' ')} />`;
}

/** Resolves a site path (`/assets/img/x.jpg`), or null when it is not one. */
type ResolveUrl = (url: string) => string | null;
/** Reports a parameter Liquid computes. */
type Unresolved = (key: string, value: string) => void;

/** figure.liquid's parameters → <Figure> props; null when its `path` is not a file of the site. */
export function figureProps(params: Map<string, ParamValue>, resolveUrl: ResolveUrl, unresolved: Unresolved): FigureProps | null {
  const path = params.get('path');
  if (!path?.resolved) return null;
  const src = resolveUrl(rootPath(path.value));
  if (!src || !src.startsWith('/')) return null;
  const text = (key: string) => {
    const v = params.get(key);
    if (!v) return undefined;
    if (!v.resolved) {
      unresolved(key, v.value);
      return undefined;
    }
    return v.value.trim() || undefined;
  };
  const width = text('width');
  const height = text('height');
  return {
    component: 'Figure',
    src,
    alt: text('alt') ?? text('title'),
    caption: text('caption'),
    zoomable: params.get('zoomable')?.value === 'true' ? 'true' : undefined,
    width: width && /^\d+$/.test(width) ? width : undefined,
    height: height && /^\d+$/.test(height) ? height : undefined,
  };
}

const YOUTUBE = /^https?:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?v=)|youtu\.be\/)([\w-]{6,})/;

/** video.liquid's parameters → <YouTube> for an embed, <Video> for a site file; null otherwise. */
export function videoProps(params: Map<string, ParamValue>, resolveUrl: ResolveUrl): FigureProps | null {
  const path = params.get('path');
  if (!path?.resolved) return null;
  const caption = params.get('caption')?.resolved ? params.get('caption')!.value.trim() || undefined : undefined;
  const youtube = YOUTUBE.exec(path.value);
  if (youtube) return { component: 'YouTube', id: youtube[1]!, caption };
  if (/^[a-z]+:|^\/\//i.test(path.value)) return null;
  const src = resolveUrl(rootPath(path.value));
  return src ? { component: 'Video', src, caption } : null;
}

// ---- Bootstrap rows --------------------------------------------------------------

/** What one column of a row holds: one Liquid token (by its placeholder), or one `<img>`. */
export type Column = { kind: 'token'; index: number } | { kind: 'img'; attributes: Map<string, string | null> };

export type Row = {
  /** Offsets in the HTML snippet: the row, and its caption when one follows. */
  start: number;
  end: number;
  columns: Column[];
  caption?: { start: number; end: number; innerStart: number; innerEnd: number };
};

type Node = P5.ChildNode;

const classes = (node: P5.Element) => (node.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
const isElement = (node: Node): node is P5.Element => 'tagName' in node;
const blank = (node: Node) => node.nodeName === '#text' && /^\s*$/.test((node as P5.TextNode).value);
const isDiv = (node: Node, test: (classes: string[]) => boolean): node is P5.Element => isElement(node) && node.tagName === 'div' && test(classes(node));

/**
 * The rows of figures at the top level of an HTML snippet: a
 * `<div class="row">` whose every `<div class="col...">` holds one figure
 * (`placeholder` finds the Liquid token a text stands for) or one `<img>`,
 * with the `<div class="caption">` that follows it, blank space allowed.
 */
export function figureRows(source: string, placeholder: (text: string) => number | null): Row[] {
  const nodes = parseFragment(source, { sourceCodeLocationInfo: true }).childNodes;
  const rows: Row[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isDiv(node, (c) => c.includes('row'))) continue;
    const columns = rowColumns(node, placeholder);
    if (!columns) continue;
    const location = node.sourceCodeLocation!;
    const row: Row = { start: location.startOffset, end: location.endOffset, columns };
    let j = i + 1;
    while (j < nodes.length && blank(nodes[j]!)) j++;
    const next = nodes[j];
    if (next && isCaption(next)) {
      const at = next.sourceCodeLocation!;
      row.caption = { start: at.startOffset, end: at.endOffset, innerStart: at.startTag!.endOffset, innerEnd: at.endTag?.startOffset ?? at.endOffset };
      row.end = at.endOffset;
      i = j;
    }
    rows.push(row);
  }
  return rows;
}

/** A snippet that is one `<div class="caption">` (and blank space): its offsets, for a row that ended just before. */
export function captionOnly(source: string): Row['caption'] | null {
  const nodes = parseFragment(source, { sourceCodeLocationInfo: true }).childNodes.filter((n) => !blank(n));
  const only = nodes[0];
  if (nodes.length !== 1 || !only || !isCaption(only)) return null;
  const at = only.sourceCodeLocation!;
  return { start: at.startOffset, end: at.endOffset, innerStart: at.startTag!.endOffset, innerEnd: at.endTag?.startOffset ?? at.endOffset };
}

function isCaption(node: Node): node is P5.Element {
  return isDiv(node, (c) => c.length === 1 && c[0] === 'caption') && !hasDiv(node) && Boolean(node.sourceCodeLocation?.endTag);
}

function hasDiv(node: P5.Element): boolean {
  return node.childNodes.some((c) => isElement(c) && (c.tagName === 'div' || hasDiv(c)));
}

function rowColumns(row: P5.Element, placeholder: (text: string) => number | null): Column[] | null {
  const columns: Column[] = [];
  for (const child of row.childNodes) {
    if (blank(child)) continue;
    if (!isDiv(child, (c) => c.some((name) => /^col\b/.test(name)))) return null;
    const inside = child.childNodes.filter((n) => !blank(n));
    const only = inside[0];
    if (inside.length !== 1 || !only) return null;
    if (only.nodeName === '#text') {
      const index = placeholder((only as P5.TextNode).value.trim());
      if (index === null) return null;
      columns.push({ kind: 'token', index });
    } else if (isElement(only) && only.tagName === 'img') {
      columns.push({ kind: 'img', attributes: new Map(only.attrs.map((a) => [a.name, a.value])) });
    } else return null;
  }
  return columns.length > 0 ? columns : null;
}
