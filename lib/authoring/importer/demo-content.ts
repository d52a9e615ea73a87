import { demoBibEntries, demoData, isDemoFile, type DemoData, type DemoMatch } from './demo';

/**
 * al-folio's demo content in the site being imported (demo.ts knows it by
 * fingerprints): what the import leaves out, unless `--include-demo` asks
 * for it. A sample file the author never edited (a demo post, project,
 * news item, page, teaching, book, data file, image), a demo BibTeX entry
 * and a demo value of _config.yml (al-folio's own giscus repository, its
 * Disqus shortname, its Medium feed, Einstein as the scholar) are al-folio's,
 * not the author's: they are listed in one note and not carried. A frame page
 * (the publications list, the blog index) lays out the author's own data:
 * it is kept.
 */

/** A demo value of _config.yml: its key, its line and what it is. */
export type DemoSetting = { key: string; line: number; what: string };

export type DemoReport = {
  /** Whether `--include-demo` brought it in. */
  included: boolean;
  files: { file: string; demo: DemoMatch }[];
  bibEntries: { file: string; key: string; line: number }[];
  settings: DemoSetting[];
};

const DEMO_FEEDS = [/^https?:\/\/medium\.com\/@al-folio\/feed\/?$/, /^https?:\/\/blog\.google\/technology\/ai\/google-gemini-update-flash-ai-assistant-io-2024\/?$/];
const DEMO_TEXT: Record<string, RegExp> = {
  blog_name: /^al-folio$/,
  blog_description: /^a simple,? whitespace theme for academics\.?$/i,
  description: /^A simple,? whitespace theme for academics\. Based on \[\*folio\]/,
  contact_note: /^You can even add a little note about which of these is the best way to reach you\.?$/,
  keywords: /^jekyll, jekyll-theme, academic-website, portfolio-website$/,
};
/** Lists of _config.yml that are al-folio's sample, as shipped. */
const DEMO_LISTS: Record<string, string> = {
  display_tags: 'formatting,images,links,math,code,blockquotes',
  display_categories: 'external-services',
};

/** al-folio's demo values among the settings of _config.yml, with their lines. */
export function demoSettings(config: Record<string, unknown>, lineOf: (keys: ReadonlyArray<string | number>) => number): DemoSetting[] {
  const found: DemoSetting[] = [];
  const giscus = config.giscus as { repo?: unknown } | null | undefined;
  if (giscus?.repo === 'alshedivat/al-folio') found.push({ key: 'giscus', line: lineOf(['giscus', 'repo']), what: "giscus.repo `alshedivat/al-folio`: al-folio's own discussions, not yours" });
  if (config.disqus_shortname === 'al-folio') found.push({ key: 'disqus_shortname', line: lineOf(['disqus_shortname']), what: "disqus_shortname `al-folio`: al-folio's own" });
  const sources = Array.isArray(config.external_sources) ? (config.external_sources as unknown[]) : [];
  sources.forEach((source, i) => {
    const entry = (source ?? {}) as { name?: unknown; rss_url?: unknown; posts?: unknown };
    const urls = [entry.rss_url, ...(Array.isArray(entry.posts) ? entry.posts.map((p) => (p as { url?: unknown } | null)?.url) : [])].filter((u): u is string => typeof u === 'string');
    if (urls.length > 0 && urls.every((u) => DEMO_FEEDS.some((re) => re.test(u.trim()))))
      found.push({ key: `external_sources.${i}`, line: lineOf(['external_sources', i]), what: `external_sources \`${String(entry.name ?? urls[0])}\`: al-folio's sample feed` });
  });
  const scholar = config.scholar as { last_name?: unknown } | null | undefined;
  const lastNames = Array.isArray(scholar?.last_name) ? scholar.last_name : [scholar?.last_name];
  if (lastNames.includes('Einstein')) found.push({ key: 'scholar', line: lineOf(['scholar', 'last_name']), what: 'scholar.last_name `Einstein`: al-folio\'s sample author (Folio marks `name` of content/site.yml in author lists)' });
  for (const [key, list] of Object.entries(DEMO_LISTS)) {
    if (Array.isArray(config[key]) && (config[key] as unknown[]).join(',') === list) found.push({ key, line: lineOf([key]), what: `${key}: al-folio's sample list` });
  }
  for (const [key, re] of Object.entries(DEMO_TEXT)) {
    const value = config[key];
    if (typeof value === 'string' && re.test(value.trim())) found.push({ key, line: lineOf([key]), what: `${key}: al-folio's sample text` });
  }
  return found;
}

/** Whether a demo value covers a whole setting (`external_sources` counts when every entry is al-folio's). */
export function isDemoSetting(key: string, value: unknown, settings: DemoSetting[]): boolean {
  if (key === 'external_sources') return Array.isArray(value) && value.length > 0 && value.every((_, i) => settings.some((s) => s.key === `external_sources.${i}`));
  return settings.some((s) => s.key === key);
}

export class DemoContent {
  readonly report: DemoReport;
  private readonly seen = new Map<string, boolean>();

  constructor(
    readonly include: boolean,
    private readonly data: DemoData = demoData(),
  ) {
    this.report = { included: include, files: [], bibEntries: [], settings: [] };
  }

  /** Whether the import leaves a site file out: al-folio's sample material, unedited, unless asked for. A frame page is the author's. */
  leaveOut(file: string, bytes: Buffer | null): boolean {
    if (!this.seen.has(file)) {
      const demo = bytes ? isDemoFile(file, bytes, this.data) : undefined;
      const sample = demo !== undefined && demo.role === 'sample';
      if (sample) this.report.files.push({ file, demo });
      this.seen.set(file, sample);
    }
    return this.seen.get(file)! && !this.include;
  }

  /** A .bib file's text without al-folio's demo entries (unless asked for), every other byte as written. */
  bibliography(file: string, text: string): string {
    let kept = text;
    for (const entry of demoBibEntries(text, this.data)) {
      this.report.bibEntries.push({ file, key: entry.key, line: entry.line });
      if (this.include) continue;
      const at = kept.indexOf(entry.text);
      if (at < 0) continue;
      // The entry goes with the line breaks after it, so no run of blank lines is left where it was.
      const after = /^[ \t]*(\r?\n)*/.exec(kept.slice(at + entry.text.length))![0].length;
      kept = kept.slice(0, at) + kept.slice(at + entry.text.length + after);
    }
    return kept;
  }

  settings(found: DemoSetting[]) {
    this.report.settings = found;
  }
}
