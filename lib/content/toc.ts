import type { Heading } from './derive';

export type TocHeading = { depth: 2 | 3; text: string; id: string };
export type Toc = { placement: 'left' | 'right' | 'beginning'; headings: TocHeading[] };

/**
 * al-folio's `toc: {sidebar: left|right}` or `toc: {beginning: true}`: the
 * body's `##` and `###` headings, with the ids its page gives them (both
 * come from one parse of the body: lib/content/derive.ts).
 */
export function tableOfContents(setting: { sidebar?: 'left' | 'right' | boolean | null; beginning?: boolean | null } | undefined, headings: Heading[]): Toc | undefined {
  if (!setting) return undefined;
  const placement = setting.sidebar === 'left' || setting.sidebar === 'right' ? setting.sidebar : setting.sidebar === true ? 'left' : setting.beginning ? 'beginning' : undefined;
  if (!placement) return undefined;
  const listed = headings.filter((h): h is TocHeading => h.depth === 2 || h.depth === 3);
  return listed.length > 0 ? { placement, headings: listed } : undefined;
}
