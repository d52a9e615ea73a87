import YAML from 'yaml';

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

export const FOLIO_POST_PERMALINK = '/blog/:year/:title/';

/** `content/site.yml`, with the notes the report needs. */
export function siteYaml(sources: SiteSources): { text: string; notes: SiteNote[]; baseurl: string; title: string } {
  const { config } = sources;
  const notes: SiteNote[] = [];
  const note = (key: string, message: string, leftover = false) =>
    notes.push({ file: '_config.yml', line: sources.configLine([key]), message, leftover });
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
  const url = str(config.url).replace(/\/+$/, '');
  if (/^https?:\/\/[^\s/]+/.test(url)) identity.url = url;
  else if (url) note('url', `url \`${url}\` is not an http(s) address: set \`url\` in content/site.yml`, true);
  const baseurl = str(config.baseurl).replace(/\/+$/, '');
  if (baseurl)
    note(
      'baseurl',
      `baseurl ${baseurl}: Folio serves the site at the root of its address, so links starting with ${baseurl}/ were rewritten to start at /; host it at the root of a domain (or set \`url\` to where it will live)`,
    );
  identity.lang = str(config.lang) || 'en';
  const icon = str(config.icon);
  if (icon) identity.favicon = /\.\w+$/.test(icon) ? (icon.startsWith('/') ? icon : `/assets/img/${icon}`) : icon;
  const footer = str(config.footer_text);

  // Socials: v1 in _data/socials.yml, v0 at the top of _config.yml; the data file wins.
  const socials: Record<string, unknown> = {};
  const take = (key: string, value: unknown, where: 'config' | 'data') => {
    if (value === null || value === undefined || value === '') return;
    const target = RENAMED[key] ?? key;
    if (FOLIO_SOCIALS.includes(target)) {
      socials[target] = target === 'rss_icon' ? value === true : typeof value === 'number' ? String(value) : value;
      return;
    }
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
  if (normalized !== FOLIO_POST_PERMALINK) {
    notes.push({
      file: '_config.yml',
      line: permalink ? sources.configLine(['permalink']) : 1,
      message: `post permalink \`${permalink ?? "Jekyll's default (date)"}\`: Folio serves posts at ${FOLIO_POST_PERMALINK} only, so their old addresses change; add redirects at your host`,
      leftover: true,
    });
  }
  const pagination = config.pagination as { per_page?: unknown } | undefined;
  const perPageValue = pagination?.per_page ?? config.paginate ?? sources.blogPagePerPage;
  const perPage = typeof perPageValue === 'number' && perPageValue > 0 ? Math.floor(perPageValue) : 5;

  const block = (value: Record<string, unknown>) => YAML.stringify(value, { lineWidth: 0 }).trimEnd();
  const sections = [
    '# Folio site settings, imported from an al-folio site (_config.yml and _data/socials.yml).\n# Every key is described under "content/site.yml" in README.md.',
    block(identity),
    footer ? block({ footer_text: footer.replace(/\s*\n\s*/g, ' ') }) : '',
    Object.keys(socials).length > 0 ? '# The icons on the about page and in the footer.\n' + block({ socials }) : '',
    `# Folio serves posts at ${FOLIO_POST_PERMALINK}.\n` + block({ blog: { permalink: FOLIO_POST_PERMALINK, per_page: perPage } }),
  ];
  return { text: sections.filter(Boolean).join('\n\n') + '\n', notes, baseurl, title };
}
