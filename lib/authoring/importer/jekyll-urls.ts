import path from 'node:path';
import { parseContentDate } from '../../content/fields';
import { MARKDOWN, POST_NAME } from './jekyll';

/**
 * The address Jekyll gives a page, a post or a collection's document, by
 * its own rules (Jekyll 3 and 4: `Page#template`, `Document#url_template`,
 * `Drops::UrlDrop`, `Utils.slugify`, `Utils.add_permalink_suffix`), so the
 * import knows every address the al-folio site had. Paths come decoded,
 * without the `baseurl`.
 */

/** Jekyll's named permalink styles. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** The site's `permalink` setting: a style's template, or its own; Jekyll's default is `date`. */
export function permalinkSetting(config: Record<string, unknown>): string {
  const value = typeof config.permalink === 'string' && config.permalink.trim() ? config.permalink.trim() : 'date';
  return STYLES[value] ?? value;
}

/** `Utils.add_permalink_suffix`: what a collection's or a page's default template ends with, after the site's style. */
function permalinkSuffix(config: Record<string, unknown>): string {
  const style = typeof config.permalink === 'string' && config.permalink.trim() ? config.permalink.trim() : 'date';
  if (style === 'pretty') return '/';
  if (style in STYLES) return ':output_ext';
  return style.endsWith('/') ? '/' : style.endsWith(':output_ext') ? ':output_ext' : '';
}

/** `Utils.slugify`: `default` keeps letters, marks and digits; `pretty` also `._~!$&'()+,;=@`. */
export function slugify(text: string, mode: 'default' | 'pretty' = 'default', cased = false): string {
  const re = mode === 'pretty' ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  const slug = text.replace(re, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

/** Fills a template's `:placeholders` (longest names first), as `URL#generate_url_from_hash`, and cleans the result as `URL#sanitize_url`. */
function fill(template: string, values: Record<string, string>): string {
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  let url = template;
  for (const name of names) url = url.split(`:${name}`).join(values[name]!);
  url = `/${url}`.replace(/\.\./g, '/').replace(/\.\//g, '').replace(/\/+/g, '/');
  return url;
}

/** A date's parts, as strftime writes them for Jekyll's placeholders. */
function dateParts(day: string): Record<string, string> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const yDay = Math.floor((Date.UTC(y, m - 1, d) - start) / 86_400_000) + 1;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { year: String(y), month: pad(m), day: pad(d), i_month: String(m), i_day: String(d), short_year: pad(y % 100), y_day: pad(yDay, 3), short_month: months[m - 1]!, long_month: months[m - 1]! };
}

const OUTPUT_EXT = '.html';

/** The day a post is dated: its `date`, else its file name's (as written: Jekyll's time zone shifts a date rarely, and never al-folio's). */
export function postDay(file: string, data: Record<string, unknown>): string | null {
  const written = data.date;
  const fromData = typeof written === 'string' || written instanceof Date ? parseContentDate(written) : null;
  const named = POST_NAME.exec(path.basename(file));
  return (fromData ?? (named ? parseContentDate(named[1]!) : null))?.day ?? null;
}

/** A post's address: its `permalink`, else the site's, filled from its date, name, slug and categories. */
export function postUrl(file: string, data: Record<string, unknown>, config: Record<string, unknown>): string | null {
  const day = postDay(file, data);
  const named = POST_NAME.exec(path.basename(file));
  if (!day || !named) return null;
  const slugSource = typeof data.slug === 'string' && data.slug ? data.slug : named[2]!;
  const categories = [...new Set(listOf(data.categories ?? data.category).map((c) => c.toLowerCase()))].join('/');
  const template = typeof data.permalink === 'string' && data.permalink ? data.permalink : permalinkSetting(config);
  return fill(template, {
    ...dateParts(day),
    title: slugify(slugSource, 'pretty', true),
    slug: slugify(slugSource),
    name: slugify(named[2]!),
    categories,
    output_ext: OUTPUT_EXT,
    path: file.replace(MARKDOWN, ''),
  });
}

/** A collection's document (`_news/x.md`): its `permalink`, the collection's, or `/:collection/:path` with the site's suffix. */
export function documentUrl(collection: string, file: string, data: Record<string, unknown>, config: Record<string, unknown>): string {
  const settings = ((config.collections ?? {}) as Record<string, { permalink?: unknown } | null>)[collection] ?? {};
  const own = typeof data.permalink === 'string' && data.permalink ? data.permalink : undefined;
  const template = own ?? (typeof settings?.permalink === 'string' && settings.permalink ? settings.permalink : `/:collection/:path${permalinkSuffix(config)}`);
  const relative = file.slice(`_${collection}/`.length).replace(MARKDOWN, '');
  const base = path.basename(relative);
  const dated = POST_NAME.exec(`${base}.md`);
  const day = postDay(file, data);
  return fill(template, {
    ...(day ? dateParts(day) : {}),
    collection,
    path: relative,
    name: slugify(base),
    title: slugify(typeof data.slug === 'string' && data.slug ? data.slug : dated ? dated[2]! : base, 'pretty', true),
    slug: slugify(typeof data.slug === 'string' && data.slug ? data.slug : dated ? dated[2]! : base),
    output_ext: OUTPUT_EXT,
  });
}

/** A page's address (`_pages/about.md`, `teaching.md`): its `permalink`, else `/:path/:basename` with the site's suffix. */
export function pageUrl(file: string, data: Record<string, unknown>, config: Record<string, unknown>): string {
  const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  const basename = path.posix.basename(file).replace(MARKDOWN, '');
  const values = { path: dir, basename, output_ext: OUTPUT_EXT };
  if (typeof data.permalink === 'string' && data.permalink) return fill(data.permalink, values);
  return fill(basename === 'index' ? '/:path/' : `/:path/:basename${permalinkSuffix(config)}`, values);
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
