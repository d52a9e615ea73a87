import path from 'node:path';
import YAML from 'yaml';
import { externalSourceField } from '../../content/external-posts';
import { AL_FOLIO_DEMO_REPO_ID, AL_FOLIO_REPO } from '../../services/giscus';
import { isDemoFile, isDemoRepositories } from './demo';
import type { SiteReader } from './site-reader';

/**
 * What an al-folio site has of the features issue 23 added, carried into
 * Folio: its `_teachings` (al-folio's demo courses left out), its
 * `_data/repositories.yml` (unless it is al-folio's demo list), its
 * `external_sources` (al-folio's demo feed and post left out, an entry
 * al-folio skipped without a word reported), its giscus block (unless it is
 * al-folio's own), Google Analytics (`google_analytics` with
 * `enable_google_analytics`, v1's `analytics.google`) as GA4, and its
 * `CNAME`. The analytics al-folio supports and Folio does not, and Disqus,
 * are reported.
 */

export type Placed = { file: string; line: number; message: string };
export type Carried = { yaml: string; notes: Placed[]; leftovers: Placed[] };

/** al-folio's demo sources, as its `_config.yml` ships them. */
const DEMO_FEEDS = [/^https?:\/\/medium\.com\/@al-folio\/feed\/?$/i];
const DEMO_POSTS = [/^https?:\/\/blog\.google\/technology\/ai\/google-gemini-ai\/?$/i];

/** Analytics al-folio can load that Folio does not carry (v0 names, and v1's under `analytics:`). */
const OTHER_ANALYTICS = ['cronitor', 'pirsch', 'openpanel', 'panelbear'];

/** Jekyll's truth: `true`, and any string (`ture`, `true#...`), but not `false` or nothing. */
const truthy = (value: unknown) => value === true || (typeof value === 'string' && value.trim() !== '' && value.trim() !== 'false');
const filled = (value: unknown) => value !== null && value !== undefined && String(value).trim() !== '';

export function carriedSettings(config: Record<string, unknown>, lineOf: (keys: (string | number)[]) => number): Carried {
  const out: Record<string, unknown> = {};
  const notes: Placed[] = [];
  const leftovers: Placed[] = [];
  const note = (keys: (string | number)[], message: string) => notes.push({ file: '_config.yml', line: lineOf(keys), message });
  const leftover = (keys: (string | number)[], message: string) => leftovers.push({ file: '_config.yml', line: lineOf(keys), message });

  // Google Analytics: v0's `google_analytics` (on with `enable_google_analytics`), v1's `analytics.google`.
  const v1 = (config.analytics ?? {}) as Record<string, unknown>;
  const google = filled(config.google_analytics) && truthy(config.enable_google_analytics) ? { id: String(config.google_analytics).trim(), keys: ['google_analytics'] } : filled(v1.google) ? { id: String(v1.google).trim(), keys: ['analytics', 'google'] } : undefined;
  if (google && /^G-[A-Z\d]+$/.test(google.id)) {
    out.analytics = { provider: 'ga4', measurement_id: google.id };
    note(google.keys, `Google Analytics ${google.id}: \`analytics: {provider: ga4}\` in content/site.yml; Folio asks visitors' consent before anything is sent to Google`);
  } else if (google) {
    leftover(google.keys, `Google Analytics \`${google.id}\` is not a GA4 measurement ID (G-...): Google ended Universal Analytics in 2023; set \`analytics: {provider: ga4, measurement_id: G-...}\` in content/site.yml`);
  } else if (filled(config.google_analytics)) {
    note(['enable_google_analytics'], 'Google Analytics was switched off (`enable_google_analytics`): not carried');
  }
  for (const name of OTHER_ANALYTICS) {
    const keys = filled(config[`${name}_analytics`]) ? [`${name}_analytics`] : filled(v1[name]) ? ['analytics', name] : undefined;
    if (keys) leftover(keys, `${name} analytics is not carried: Folio's providers are plausible, umami, goatcounter, cloudflare and ga4 (\`analytics:\` in content/site.yml)`);
  }

  // giscus: al-folio's block, unless it is still al-folio's own.
  const giscus = config.giscus as Record<string, unknown> | null | undefined;
  if (giscus && filled(giscus.repo)) {
    if (giscus.repo_id === AL_FOLIO_DEMO_REPO_ID || giscus.repo === AL_FOLIO_REPO) {
      leftover(['giscus', giscus.repo === AL_FOLIO_REPO ? 'repo' : 'repo_id'], `giscus: the block is al-folio's own (${AL_FOLIO_REPO}), copied with its template: not carried (comments would go to al-folio's discussions); make yours on https://giscus.app`);
    } else if (!filled(giscus.repo_id) || !filled(giscus.category_id)) {
      const missing = ['repo_id', 'category_id'].filter((k) => !filled(giscus[k]));
      leftover(['giscus', missing[0]!], `giscus: ${missing.map((k) => `\`${k}\``).join(' and ')} empty, and giscus needs ${missing.length > 1 ? 'them' : 'it'}: not carried; copy the block giscus.app makes for ${String(giscus.repo)} into content/site.yml (see "Comments" in README.md)`);
    } else {
      const keep = ['repo', 'repo_id', 'category', 'category_id', 'mapping', 'term', 'strict', 'reactions_enabled', 'emit_metadata', 'input_position', 'lang', 'loading'];
      out.giscus = Object.fromEntries(keep.filter((k) => filled(giscus[k])).map((k) => [k, giscus[k]]));
      note(['giscus'], 'giscus comments: carried; posts with `giscus_comments: true` show them (the theme follows the site\'s light and dark switch)');
    }
  }
  if (filled(config.disqus_shortname) && config.disqus_shortname !== 'al-folio') {
    leftover(['disqus_shortname'], 'Disqus comments are not carried: Folio has giscus comments (GitHub Discussions); see "Comments" in README.md');
  }

  // external_sources: al-folio's demo entries left out, and those it skipped without a word reported.
  const sources = Array.isArray(config.external_sources) ? (config.external_sources as unknown[]) : [];
  const kept: unknown[] = [];
  sources.forEach((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const feedDemo = typeof e.rss_url === 'string' && DEMO_FEEDS.some((re) => re.test(e.rss_url as string));
    const posts = Array.isArray(e.posts) ? (e.posts as Record<string, unknown>[]) : undefined;
    const postsDemo = posts && posts.length > 0 && posts.every((p) => typeof p?.url === 'string' && DEMO_POSTS.some((re) => re.test(p.url as string)));
    if (feedDemo || postsDemo) return note(['external_sources', i], `external source \`${String(e.name ?? '')}\` is al-folio's demo: left out`);
    const read = externalSourceField.safeParse(entry);
    if (!read.success) {
      const why = read.error.issues.map((issue) => `${issue.path.length ? `\`${issue.path.join('.')}\` ` : ''}${issue.message}`).join('; ');
      return leftover(['external_sources', i], `external source not carried (al-folio skipped it without a word): ${why}`);
    }
    kept.push(entry);
  });
  if (kept.length > 0) {
    out.external_sources = kept;
    note(['external_sources'], `${kept.length} external source${kept.length === 1 ? '' : 's'}: run \`npm run refresh\` to list their posts in the blog`);
  }
  const yaml = Object.keys(out).length ? `\n# Carried from al-folio's _config.yml: analytics, comments, posts published elsewhere.\n${YAML.stringify(out)}` : '';
  return { yaml, notes, leftovers };
}

export type CarriedFile = { target: string; data: string | Buffer; from: string };

/** `_teachings/*.md` into content/teaching/, al-folio's demo courses left out; `files` is the collection's files Jekyll builds. */
export function carriedTeachings(site: SiteReader, files: string[]): { files: CarriedFile[]; demo: string[] } {
  const out: CarriedFile[] = [];
  const demo: string[] = [];
  for (const file of files) {
    const relative = file.replace(/^\//, '');
    // Read through the site's reader: a link out of the site is refused (and reported), never read.
    const bytes = site.bytes(relative);
    if (!bytes) continue;
    if (isDemoFile(relative, bytes)) demo.push(relative);
    else out.push({ target: `content/teaching/${path.basename(relative)}`, data: bytes, from: relative });
  }
  return { files: out, demo };
}

/** `_data/repositories.yml` and `CNAME`, when the site has its own. */
export function carriedDataFiles(site: SiteReader): { files: CarriedFile[]; demo: string[] } {
  const files: CarriedFile[] = [];
  const demo: string[] = [];
  const bytes = site.bytes('_data/repositories.yml');
  if (bytes) {
    if (isDemoRepositories(bytes)) demo.push('_data/repositories.yml');
    else files.push({ target: 'content/repositories.yml', data: bytes, from: '_data/repositories.yml' });
  }
  const cname = site.text('CNAME')?.trim();
  if (cname) files.push({ target: 'public/CNAME', data: `${cname}\n`, from: 'CNAME' });
  return { files, demo };
}

/**
 * al-folio's teaching and repositories pages are Liquid templates over the
 * data Folio now lists itself: the page's layout does it (`teaching`,
 * `repositories`), and the template goes.
 */
export function listingLayout(body: string): { layout: 'teaching' | 'repositories'; body: string } | undefined {
  if (/\{%-?\s*include\s+courses\.(liquid|html)\s*-?%\}/.test(body)) return { layout: 'teaching', body: body.replace(/\{%-?\s*include\s+courses\.(liquid|html)\s*-?%\}\n?/g, '') };
  if (/site\.data\.repositories\.github_(users|repos)/.test(body)) {
    // Everything from the first `{% if site.data.repositories... %}` on is al-folio's template of the cards.
    const start = body.search(/\{%-?\s*if\s+site\.data\.repositories/);
    return { layout: 'repositories', body: start >= 0 ? body.slice(0, start).trimEnd() + '\n' : body };
  }
  return undefined;
}
