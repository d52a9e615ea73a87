import { resolveUrl } from './body-links';
import type { BodyText } from './body-text';
import { FIGURE_INCLUDES, figureJsx, figureProps, VIDEO_INCLUDES, videoProps, type FigureProps, type Row } from './figures';
import { attribute } from './html-jsx';
import { parseInclude, type LiquidToken } from './liquid';

/** al-folio's figures in a body: its `figure.liquid` and `video.liquid` includes, alone or in a row, as <Figure>, <Video> and <Figures>. */

/** The token a column's text stands for, when it is one figure or video include. */
export function figurePlaceholder(b: BodyText, text: string): number | null {
  const m = /^\uE000(\d+)\uE001$/.exec(text);
  if (!m) return null;
  const token = b.tokens[Number(m[1])]!;
  if (token.kind !== 'tag' || token.name !== 'include') return null;
  const { file } = parseInclude(token.markup, b.scope);
  return FIGURE_INCLUDES.test(file) || VIDEO_INCLUDES.test(file) ? Number(m[1]) : null;
}

/**
 * A Bootstrap row of figures, and its caption: a <Figures> with one
 * <Figure> per column (a single <Figure> for one column). Null, with
 * nothing reported, when a column holds something Folio cannot show.
 */
export function figureRow(b: BodyText, row: Row, htmlStart: number, caption: { start: number; end: number } | undefined): string | null {
  const at = htmlStart + row.start;
  const saved = { leftovers: b.leftovers.length, references: b.references.length };
  const figures: FigureProps[] = [];
  for (const column of row.columns) {
    let props: FigureProps | null;
    if (column.kind === 'token') {
      const token = b.tokens[column.index] as Extract<LiquidToken, { kind: 'tag' }>;
      const { file, params } = parseInclude(token.markup, b.scope);
      props = FIGURE_INCLUDES.test(file) ? includeFigureProps(b, params, token.source, at) : videoProps(params, (url) => resolveUrl(b, url, at));
    } else {
      // al-folio v0 wrote plain <img> tags in the columns.
      const src = column.attributes.get('src');
      const resolved = src ? resolveUrl(b, b.expandAll(src, 'url', at), at) : null;
      props = resolved?.startsWith('/')
        ? { component: 'Figure', src: resolved, alt: column.attributes.get('alt') || column.attributes.get('title') || undefined, zoomable: column.attributes.has('data-zoomable') ? 'true' : undefined }
        : null;
    }
    if (!props) {
      b.leftovers.length = saved.leftovers;
      b.references.length = saved.references;
      return null;
    }
    figures.push(props);
  }
  for (const column of row.columns) if (column.kind === 'token') b.expanded.add(column.index);
  for (const f of figures) b.count(f.component === 'Figure' ? 'figure' : 'video');
  b.count('figure row');
  const text = caption ? b.plainText(caption.start, caption.end, 'caption') : undefined;
  if (figures.length === 1 && (!text || !figures[0]!.caption)) return usedFigureJsx(b, { ...figures[0]!, ...(text ? { caption: text } : {}) });
  b.use('Figures');
  const open = text ? `<Figures ${attribute('caption', text)}>` : '<Figures>';
  return [open, ...figures.map((f) => '  ' + usedFigureJsx(b, f)), '</Figures>'].join('\n');
}

export function includeFigureProps(b: BodyText, params: ReturnType<typeof parseInclude>['params'], source: string, at: number): FigureProps | null {
  return figureProps(
    params,
    (url) => resolveUrl(b, url, at),
    (key, value) => b.leftover(at, source, `figure \`${key}=${value}\` is computed by Liquid: write the text`),
  );
}

function usedFigureJsx(b: BodyText, props: FigureProps): string {
  b.use(props.component);
  return figureJsx(props);
}
