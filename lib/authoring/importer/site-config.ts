import YAML from 'yaml';
import { POST_PERMALINK } from '../../routing/urls';

/** What `content/site.yml` is made from: al-folio's `_config.yml` and (v1) `_data/socials.yml`. */
export type SiteSources = {
  config: Record<string, unknown>;
  configLine: (keys: ReadonlyArray<string | number>) => number;
  socials?: Record<string, unknown>;
  socialsLine?: (keys: ReadonlyArray<string | number>) => number;
  /** The blog index page's `pagination.per_page`, when _config.yml has none. */
  blogPagePerPage?: number;
};

export type SiteNote = { file: string; line: number; message: string; leftover: boolean };
/** A setting of _config.yml that content/site.yml does not have, and why. */
export type NotCarried = { file: string; line: number; key: string; reason: string };

/** Folio's social keys (README: `socials`), and al-folio's older names for two of them. */
const FOLIO_SOCIALS = [
  'email',
  'github_username',
  'gitlab_username',
  'linkedin_username',
  'orcid_id',
  'scholar_userid',
  'semanticscholar_id',
  'researchgate_profile',
  'x_username',
  'bluesky_url',
  'mastodon_username',
  'instagram_id',
  'youtube_id',
  'dblp_url',
  'rss_icon',
];
const RENAMED: Record<string, string> = { twitter_username: 'x_username', research_gate_profile: 'researchgate_profile' };

/** al-folio v0 keeps social ids at the top of _config.yml; these are the ones it knows. */
const V0_SOCIALS = new Set([
  ...FOLIO_SOCIALS,
  ...Object.keys(RENAMED),
  'telegram_username',
  'whatsapp_number',
  'medium_username',
  'quora_username',
  'publons_id',
  'lattes_id',
  'osf_id',
  'scopus_id',
  'blogger_url',
  'work_url',
  'keybase_username',
  'wikidata_id',
  'wikipedia_id',
  'stackoverflow_id',
  'kaggle_id',
  'lastfm_id',
  'spotify_id',
  'pinterest_id',
  'unsplash_id',
  'facebook_id',
  'discord_id',
  'zotero_username',
  'wechat_qr',
  'inspirehep_id',
  'ieee_id',
  'acm_id',
  'leetcode_id',
  'flickr_id',
  'strava_userid',
]);

/** Settings site.yml takes under al-folio's own names. */
const CARRIED = ['latest_posts', 'announcements', 'news_limit', 'max_author_limit', 'last_updated', 'enable_project_categories'] as const;

/**
 * Settings a visitor (or the site's owner) would miss: Folio has no such
 * feature yet. Each is a leftover, when it is set.
 */
const MISSED: Record<string, { set: (value: unknown) => boolean; message: string }> = {
  analytics: { set: (v) => anyValue(v), message: 'analytics IDs: Folio sends no analytics; add your provider\'s script at your host, or ask for it in Folio' },
  google_analytics: { set: filled, message: 'Google Analytics ID: Folio sends no analytics' },
  cronitor_analytics: { set: filled, message: 'Cronitor analytics ID: Folio sends no analytics' },
  panelbear_analytics: { set: filled, message: 'Panelbear analytics ID: Folio sends no analytics' },
  giscus: { set: (v) => filled((v as { repo?: unknown } | null)?.repo), message: 'giscus comments: Folio has no comments under posts yet' },
  disqus_shortname: { set: filled, message: 'Disqus comments: Folio has no comments under posts yet' },
  google_site_verification: { set: filled, message: 'Google site verification: add the meta tag (or a DNS record) at your host' },
  bing_site_verification: { set: filled, message: 'Bing site verification: add the meta tag (or a DNS record) at your host' },
  newsletter: { set: (v) => (v as { enabled?: unknown } | null)?.enabled === true, message: 'newsletter sign-up form: Folio has none' },
  external_sources: { set: (v) => Array.isArray(v) && v.length > 0, message: 'external posts (Medium, RSS feeds): Folio lists only the posts in content/blog/' },
  impressum_path: { set: filled, message: 'impressum link in the footer: add it to `footer_text` in content/site.yml' },
  contact_note: { set: filled, message: 'contact note under the social icons: write it on the about page' },
  enable_cookie_consent: { set: (v) => v === true, message: 'cookie consent dialog: Folio sets no cookies, so it needs none' },
  // Switches of the features above: their IDs are the leftovers.
  enable_google_analytics: { set: () => false, message: '' },
  enable_google_verification: { set: () => false, message: '' },
  enable_bing_verification: { set: () => false, message: '' },
};

/** Why a setting with a value is not carried; anything not listed has no Folio counterpart. */
const REASONS: [RegExp, string][] = [
  [/^(first_name|middle_name|last_name|title|description|url|baseurl|lang|icon|footer_text|permalink|paginate|pagination)$/, ''],
  [/^(navbar_fixed|footer_fixed|max_width|back_to_top|enable_darkmode|enable_progressbar|enable_medium_zoom|enable_masonry|enable_tooltips|enable_math|enable_navbar_social|lazy_loading_images|imagemagick|enable_publication_thumbnails|more_authors_animation_delay|related_blog_posts|external_links|serve_og_meta|serve_schema_org|og_image|enable_video_embedding)$/, 'Folio does this its own way'],
  [/^(plugins|theme|remote_theme|markdown|highlighter|kramdown|sass|jekyll-minifier|terser|keep_files|exclude|include|defaults|collections|jekyll_get_json|jsonresume|third_party_libraries|external_services|al_folio|jekyll-archives|lsi|scholar|filtered_bibtex_keywords|livereload|future|unpublished|show_drafts|timezone|encoding|source|destination|data_dir|includes_dir|layouts_dir|webrick|liquid|incremental|profile|strict_front_matter|safe|whitelist|gems|port|host)$/, "Jekyll's build settings: Folio builds without them"],
  [/^(search_enabled|socials_in_search|posts_in_search|bib_search)$/, 'Folio always has its own search (pages, posts, news and publications)'],
  [/^(blog_name|blog_description)$/, "the blog index's title and description come from the page with `permalink: /blog/`"],
  [/^(display_tags|display_categories)$/, 'Folio lists every tag and category at /blog/tags/'],
];


function filled(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== false;
}

function anyValue(value: unknown): boolean {
  if (value && typeof value === 'object') return Object.values(value).some(anyValue);
  return filled(value);
}

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
  const description = str(config.description);
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
