/**
 * What the importer knows of al-folio's _config.yml keys (site-config.ts
 * writes content/site.yml with it): the social ids and their Folio names,
 * the settings site.yml takes as they are, the ones a visitor would miss,
 * and why each other setting is not carried.
 */

/** Folio's social keys (README: `socials`), and al-folio's older names for two of them. */
export const FOLIO_SOCIALS = [
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
export const RENAMED: Record<string, string> = { twitter_username: 'x_username', research_gate_profile: 'researchgate_profile' };

/** al-folio v0 keeps social ids at the top of _config.yml; these are the ones it knows. */
export const V0_SOCIALS = new Set([
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
export const CARRIED = ['latest_posts', 'announcements', 'news_limit', 'max_author_limit', 'last_updated', 'enable_project_categories'] as const;

/**
 * Settings Folio reads under al-folio's names and checks (the page width,
 * publication entries): carried when Folio accepts the value, listed when it
 * would not. Of `scholar`, jekyll-scholar's block, only the author's names.
 */
export const CARRIED_IF_READ = ['max_width', 'enable_navbar_social', 'more_authors_animation_delay', 'enable_publication_thumbnails', 'enable_publication_badges', 'scholar'];

/** jekyll-scholar's `last_name` and `first_name` (they mark the site's author in author lists); undefined without them. */
export function scholarNames(scholar: unknown): Record<string, unknown> | undefined {
  if (!scholar || typeof scholar !== 'object') return undefined;
  const { last_name, first_name } = scholar as Record<string, unknown>;
  const names = Object.fromEntries(Object.entries({ last_name, first_name }).filter(([, v]) => v !== undefined && v !== null));
  return Object.keys(names).length > 0 ? names : undefined;
}

/**
 * Settings a visitor (or the site's owner) would miss: Folio has no such
 * feature yet. Each is a leftover, when it is set.
 */
export const MISSED: Record<string, { set: (value: unknown) => boolean; message: string }> = {
  // analytics, giscus, Disqus and external_sources: carried or reported by ./services.ts.
  analytics: { set: () => false, message: '' },
  google_analytics: { set: () => false, message: '' },
  cronitor_analytics: { set: () => false, message: '' },
  pirsch_analytics: { set: () => false, message: '' },
  openpanel_analytics: { set: () => false, message: '' },
  panelbear_analytics: { set: () => false, message: '' },
  giscus: { set: () => false, message: '' },
  disqus_shortname: { set: () => false, message: '' },
  google_site_verification: { set: filled, message: 'Google site verification: add the meta tag (or a DNS record) at your host' },
  bing_site_verification: { set: filled, message: 'Bing site verification: add the meta tag (or a DNS record) at your host' },
  newsletter: { set: (v) => (v as { enabled?: unknown } | null)?.enabled === true, message: 'newsletter sign-up form: Folio has none' },
  external_sources: { set: () => false, message: '' },
  impressum_path: { set: filled, message: 'impressum link in the footer: add it to `footer_text` in content/site.yml' },
  contact_note: { set: filled, message: 'contact note under the social icons: write it on the about page' },
  enable_cookie_consent: { set: (v) => v === true, message: 'cookie consent dialog: Folio sets no cookies, so it needs none' },
  // Switches of the features above: their IDs are the leftovers.
  enable_google_analytics: { set: () => false, message: '' },
  enable_google_verification: { set: () => false, message: '' },
  enable_bing_verification: { set: () => false, message: '' },
};

/** Why a setting with a value is not carried; anything not listed has no Folio counterpart. */
export const REASONS: [RegExp, string][] = [
  [/^(first_name|middle_name|last_name|title|description|url|baseurl|lang|icon|footer_text|permalink|paginate|pagination)$/, ''],
  [/^(navbar_fixed|footer_fixed|back_to_top|enable_darkmode|enable_progressbar|enable_medium_zoom|enable_masonry|enable_tooltips|enable_math|lazy_loading_images|imagemagick|related_blog_posts|external_links|serve_og_meta|serve_schema_org|og_image|enable_video_embedding)$/, 'Folio does this its own way'],
  [/^(plugins|theme|remote_theme|markdown|highlighter|kramdown|sass|jekyll-minifier|terser|keep_files|exclude|include|defaults|collections|jekyll_get_json|jsonresume|third_party_libraries|external_services|al_folio|jekyll-archives|lsi|scholar|filtered_bibtex_keywords|livereload|future|unpublished|show_drafts|timezone|encoding|source|destination|data_dir|includes_dir|layouts_dir|webrick|liquid|incremental|profile|strict_front_matter|safe|whitelist|gems|port|host)$/, "Jekyll's build settings: Folio builds without them"],
  [/^(search_enabled|socials_in_search|posts_in_search|bib_search)$/, 'Folio always has its own search (pages, posts, news and publications)'],
  [/^(blog_name|blog_description)$/, "the blog index's title and description come from the page with `permalink: /blog/`"],
  [/^(display_tags|display_categories)$/, 'Folio lists every tag and category at /blog/tags/'],
  [/^(languages|default_lang|exclude_from_localization|lang_from_path|parallel_localization|lang_vars|lang_exclusive)$/, "jekyll-polyglot's languages: Folio carries the default language (see the note on `languages`)"],
];


export function filled(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== false;
}

export function anyValue(value: unknown): boolean {
  if (value && typeof value === 'object') return Object.values(value).some(anyValue);
  return filled(value);
}
