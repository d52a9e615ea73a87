import YAML from 'yaml';
import { POST_PERMALINK } from '../../routing/urls';
import { isDemoSetting, type DemoSetting } from './demo-content';
import { siteSchema } from '../../content/schemas';
import { anyValue, CARRIED, CARRIED_IF_READ, FOLIO_SOCIALS, MISSED, REASONS, RENAMED, scholarNames, V0_SOCIALS } from './site-config-keys';

/** What `content/site.yml` is made from: al-folio's `_config.yml` and (v1) `_data/socials.yml`. */
export type SiteSources = {
  config: Record<string, unknown>;
  configLine: (keys: ReadonlyArray<string | number>) => number;
  socials?: Record<string, unknown>;
  socialsLine?: (keys: ReadonlyArray<string | number>) => number;
  /** The blog index page's `pagination.per_page`, when _config.yml has none. */
  blogPagePerPage?: number;
  /** al-folio's demo values among the settings (demo-content.ts): not the author's, so neither carried nor reported as theirs. */
  demo?: DemoSetting[];
};

export type SiteNote = { file: string; line: number; message: string; leftover: boolean };
/** A setting of _config.yml that content/site.yml does not have, and why. */
export type NotCarried = { file: string; line: number; key: string; reason: string };

/**
 * A footer credit to the old stack is a false claim on the new site: its
 * sentences ("Powered by Jekyll ... Hosted by GitHub Pages.") go, the
 * author's own words stay.
 */
export function footerWithoutCredits(footer: string): { text: string; dropped: string[] } {
  const sentences = footer
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=\S)/);
  const credit = /\bpowered by\b|\bjekyll\b|github pages|al-folio/i;
  const plain = (html: string) => html.replace(/<[^>]+>/g, '').trim();
  return {
    text: sentences.filter((s) => !credit.test(s)).join(' '),
    dropped: sentences.filter((s) => credit.test(s)).map(plain),
  };
}

/** `content/site.yml`, with the notes the report needs. */
export function siteYaml(sources: SiteSources): { text: string; notes: SiteNote[]; notCarried: NotCarried[]; baseurl: string; url: string; title: string; name: string } {
  const { config } = sources;
  const notes: SiteNote[] = [];
  const note = (key: string, message: string, leftover = false) => notes.push({ file: '_config.yml', line: sources.configLine([key]), message, leftover });
  const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

  const fullName = ['first_name', 'middle_name', 'last_name']
    .map((k) => str(config[k]))
    .filter(Boolean)
    .join(' ');
  const rawTitle = str(config.title);
  const title = rawTitle && rawTitle !== 'blank' ? rawTitle : fullName || 'My site';
  const name = fullName || title;

  const identity: Record<string, unknown> = { title, name };
  const demo = sources.demo ?? [];
  const description = isDemoSetting('description', config.description, demo) ? '' : str(config.description);
  if (description) identity.description = description.replace(/\s*\n\s*/g, ' ');
  let url = str(config.url).replace(/\/+$/, '');
  if (url && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && /^[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/.test(url)) {
    note('url', `url \`${url}\` has no scheme: written as https://${url}`);
    url = `https://${url}`;
  }
  if (/^https?:\/\/[^\s/]+/.test(url)) identity.url = url;
  else if (url) note('url', `url \`${url}\` is not an http(s) address: set \`url\` in content/site.yml`, true);
  identity.lang = str(config.lang) || 'en';
  const icon = str(config.icon);
  if (icon) identity.favicon = /\.\w+$/.test(icon) ? (icon.startsWith('/') ? icon : `/assets/img/${icon}`) : icon;
  const baseurl = str(config.baseurl).replace(/\/+$/, '');
  if (baseurl) {
    identity.baseurl = baseurl;
    note('baseurl', `baseurl ${baseurl}: kept in content/site.yml; links in the text that started with ${baseurl}/ now start at /, and Folio adds the baseurl (set \`baseurl: ''\` to serve the site at the root of its address)`);
  }

  let footer = str(config.footer_text);
  if (footer) {
    const { text, dropped } = footerWithoutCredits(footer);
    if (dropped.length > 0)
      note('footer_text', `footer credit left out: "${dropped.join(' ')}" (the site is no longer built by Jekyll; if you host it on GitHub Pages, say so again in \`footer_text\`)`);
    footer = text;
  }

  const settings: Record<string, unknown> = {};
  for (const key of CARRIED) if (config[key] !== undefined && config[key] !== null) settings[key] = config[key];

  // Socials: v1 in _data/socials.yml, v0 at the top of _config.yml; the data file wins.
  const socials: Record<string, unknown> = {};
  const take = (key: string, value: unknown, where: 'config' | 'data') => {
    if (value === null || value === undefined || value === '') return;
    const target = RENAMED[key] ?? key;
    if (FOLIO_SOCIALS.includes(target)) {
      socials[target] = target === 'rss_icon' ? value === true : typeof value === 'number' ? String(value) : value;
      return;
    }
    // `cv_pdf` sits among v1's socials: the CV page's PDF (front matter of the cv page) is the one Folio shows.
    if (where === 'data' && key === 'cv_pdf') return;
    const line = where === 'data' ? (sources.socialsLine?.([key]) ?? 1) : sources.configLine([key]);
    notes.push({
      file: where === 'data' ? '_data/socials.yml' : '_config.yml',
      line,
      message: `social \`${key}\` has no icon in Folio (see \`socials\` in README.md): link it from a page by hand`,
      leftover: true,
    });
  };
  for (const [key, value] of Object.entries(config)) if (V0_SOCIALS.has(key)) take(key, value, 'config');
  for (const [key, value] of Object.entries(sources.socials ?? {})) take(key, value, 'data');

  // The blog.
  const permalink = typeof config.permalink === 'string' ? config.permalink.trim() : undefined;
  const normalized = permalink && (permalink.endsWith('/') ? permalink : `${permalink}/`);
  if (normalized !== POST_PERMALINK) {
    notes.push({
      file: '_config.yml',
      line: permalink ? sources.configLine(['permalink']) : 1,
      message: `post permalink \`${permalink ?? "Jekyll's default (date)"}\`: Folio serves posts at ${POST_PERMALINK} only, so their old addresses change; add redirects at your host`,
      leftover: true,
    });
  }
  const pagination = config.pagination as { per_page?: unknown } | undefined;
  const perPageValue = pagination?.per_page ?? config.paginate ?? sources.blogPagePerPage;
  const perPage = typeof perPageValue === 'number' && perPageValue > 0 ? Math.floor(perPageValue) : 5;

  // Everything else: a leftover when a visitor would miss it, else listed with the reason it is not carried.
  const notCarried: NotCarried[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (V0_SOCIALS.has(key) || (CARRIED as readonly string[]).includes(key)) continue;
    // al-folio's demo values are listed in the report's demo note (giscus and external_sources also by ./services.ts).
    if (isDemoSetting(key, value, demo)) continue;
    if (CARRIED_IF_READ.includes(key) && value !== null && value !== '') {
      // Folio reads these under al-folio's names; a value it would refuse stays behind, so the site still builds.
      const carried = key === 'scholar' ? scholarNames(value) : value;
      if (carried !== undefined && siteSchema.shape[key as keyof typeof siteSchema.shape].safeParse(carried).success) settings[key] = carried;
      else if (carried !== undefined) notCarried.push({ file: '_config.yml', line: sources.configLine([key]), key, reason: "a value Folio does not read (README's content/site.yml table says which it does): Folio's default stands" });
      if (key !== 'scholar') continue;
    }
    const missed = MISSED[key];
    if (missed) {
      if (missed.set(value)) note(key, missed.message, true);
      continue;
    }
    if (!anyValue(value)) continue;
    const reason = REASONS.find(([re]) => re.test(key))?.[1] ?? (key.startsWith('enable_') ? 'a switch for a feature Folio does not have, or does its own way' : 'Folio has no such setting');
    if (reason) notCarried.push({ file: '_config.yml', line: sources.configLine([key]), key, reason });
  }

  const block = (value: Record<string, unknown>) => YAML.stringify(value, { lineWidth: 0 }).trimEnd();
  const sections = [
    '# Folio site settings, imported from an al-folio site (_config.yml and _data/socials.yml).\n# Every key is described under "content/site.yml" in README.md.',
    block(identity),
    footer ? block({ footer_text: footer }) : '',
    Object.keys(settings).length > 0 ? "# al-folio's settings, under their al-folio names.\n" + block(settings) : '',
    Object.keys(socials).length > 0 ? '# The icons on the about page and in the footer.\n' + block({ socials }) : '',
    `# Folio serves posts at ${POST_PERMALINK}.\n` + block({ blog: { permalink: POST_PERMALINK, per_page: perPage } }),
  ];
  return { text: sections.filter(Boolean).join('\n\n') + '\n', notes, notCarried, baseurl, url: typeof identity.url === 'string' ? identity.url : '', title, name };
}
