import GithubSlugger from 'github-slugger';

export type TocHeading = { depth: 2 | 3; text: string; id: string };
export type Toc = { placement: 'left' | 'right' | 'beginning'; headings: TocHeading[] };

/** Markdown inline syntax reduced to its text, as rehype-slug sees the heading. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/**
 * The `##` and `###` headings of a body, with the ids rehype-slug gives them
 * (same slugger, same order), skipping fenced code.
 */
export function extractHeadings(body: string): TocHeading[] {
  const slugger = new GithubSlugger();
  const headings: TocHeading[] = [];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,}|\$\$)/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]!.slice(0, 3);
      else if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (fence) continue;
    const heading = /^(#{1,6})\s+(.+)$/.exec(line);
    if (!heading) continue;
    const text = plainText(heading[2]!);
    const id = slugger.slug(text);
    const depth = heading[1]!.length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** al-folio's `toc: {sidebar: left|right}` or `toc: {beginning: true}`. */
export function tableOfContents(setting: { sidebar?: 'left' | 'right' | boolean | null; beginning?: boolean | null } | undefined, body: string): Toc | undefined {
  if (!setting) return undefined;
  const placement = setting.sidebar === 'left' || setting.sidebar === 'right' ? setting.sidebar : setting.sidebar === true ? 'left' : setting.beginning ? 'beginning' : undefined;
  if (!placement) return undefined;
  const headings = extractHeadings(body);
  return headings.length > 0 ? { placement, headings } : undefined;
}
