import { z } from 'zod';
import { judgeAddress } from '../routing/addresses';
import { POST_PERMALINK } from '../routing/urls';
import { redirectFromField } from './old-addresses';
import type { IssueWording } from './validate';
import { externalSourcesField } from './external-posts';
import { analyticsField } from '../services/analytics';
import { giscusField } from '../services/giscus';
import { addressField, baseurlField, dateField, maxWidthField, redirectField, htmlField, linkField, listSwitchField, pageRedirectField, permalinkField, wordListField } from './fields';
import { publicationSiteFields } from './publication-settings';
import { themeField } from './theme-settings';

/**
 * One schema per kind of content. Keys are al-folio's, so an al-folio file
 * reads unchanged; keys Folio does not use yet are kept (loose objects) rather
 * than rejected.
 */

/** Layouts al-folio ships, and Folio's `teaching` and `repositories`. Folio renders `about`, `page`, `blog`, `cv`, `teaching`, `repositories` and `post`; the rest render as pages. */
export const PAGE_LAYOUTS = ['about', 'page', 'default', 'blog', 'bib', 'cv', 'teaching', 'repositories', 'profiles', 'distill', 'archive', 'none'] as const;

/** A `layout` of these; another is named in the message, with the layouts a page may have. */
function layoutField<const L extends readonly string[]>(layouts: L) {
  return z.unknown().transform((value, ctx): L[number] => {
    if (layouts.includes(value as string)) return value as L[number];
    const wording: IssueWording = { namesKey: true, fix: `use one of: ${PAGE_LAYOUTS.join(', ')} (posts use \`post\`)` };
    ctx.addIssue({ code: 'custom', message: `unknown layout \`${String(value)}\``, params: wording });
    return z.NEVER;
  });
}

/** `@you@mastodon.social`, or the profile's address (al-folio takes both): an address goes through the gate. */
function mastodonAddress(value: string, ctx: z.RefinementCtx): string {
  if (!/^[a-z][a-z\d+.-]*:/i.test(value.trim())) return value;
  const verdict = judgeAddress(value.trim(), ['web']);
  if (verdict.ok) return value.trim();
  ctx.addIssue({ code: 'custom', message: verdict.message, params: { fix: `${verdict.fix}, or write @you@your.server` } satisfies IssueWording });
  return z.NEVER;
}

/** al-folio's `icon`: an emoji, or an image of the site (`me.png` in assets/img/, or a path from public/), never one elsewhere. */
function faviconField(value: string, ctx: z.RefinementCtx): string {
  if (!/\.(png|ico|svg|jpe?g|webp)$/i.test(value)) return value;
  const verdict = judgeAddress(/^[a-z][a-z\d+.-]*:|^[/\\]/i.test(value) ? value : `/assets/img/${value}`, ['site']);
  if (verdict.ok) return value;
  ctx.addIssue({ code: 'custom', message: verdict.message, params: { fix: 'save the icon in public/assets/img/ and write its file name, or write an emoji' } satisfies IssueWording });
  return z.NEVER;
}

const socialsSchema = z.looseObject({
  email: z.string().optional(),
  github_username: z.string().optional(),
  gitlab_username: z.string().optional(),
  linkedin_username: z.string().optional(),
  orcid_id: z.string().optional(),
  scholar_userid: z.string().optional(),
  semanticscholar_id: z.union([z.string(), z.number()]).optional(),
  researchgate_profile: z.string().optional(),
  x_username: z.string().optional(),
  // The addresses given whole go through the one address gate: they become links and JSON-LD's `sameAs`.
  bluesky_url: addressField(['web']).optional(),
  mastodon_username: z.string().pipe(z.string().transform((value, ctx) => mastodonAddress(value, ctx))).optional(),
  instagram_id: z.string().optional(),
  youtube_id: z.string().optional(),
  dblp_url: addressField(['web']).optional(),
  rss_icon: z.boolean().optional(),
});

export const siteSchema = z.looseObject({
  title: z.string().min(1),
  name: z.string().min(1),
  description: z.string().default(''),
  url: z.url({ protocol: /^https?$/ }).optional(),
  lang: z.string().default('en'),
  favicon: z.string().transform(faviconField).optional(),
  footer_text: htmlField.optional(),
  socials: socialsSchema.default({}),
  /** Defaults for the about page's lists; a page's own `announcements`/`latest_posts` win. */
  announcements: listSwitchField.optional(),
  latest_posts: listSwitchField.optional(),
  /** al-folio v0's number of news items on the about page. */
  news_limit: z.number().int().positive().nullish(),
  /** Publication entries: authors shown, previews, citation links, the buttons, badges (lib/content/publication-settings.ts). */
  ...publicationSiteFields,
  /** `true` prints "Last updated <build date>" in the footer. */
  last_updated: z.boolean().default(false),
  /** `/projects/` groups cards by category when the page lists `display_categories`. */
  enable_project_categories: z.boolean().default(true),
  /** al-folio's `enable_navbar_social`: the profile icons of `socials` in the header too. */
  enable_navbar_social: z.boolean().default(false),
  /** The width of the page's composition (header, footer, the wide band): al-folio's `max_width`, e.g. `930px`. */
  max_width: maxWidthField.optional(),
  /** The accent colours, the fonts, the about page's portrait width: design tokens (lib/content/theme-settings.ts). */
  theme: themeField,
  /** The site's sub-path when served from one (GitHub Pages' `/repo`); `''` or `/` at the root. */
  baseurl: baseurlField,
  /** One analytics provider and its fields (lib/services/analytics.ts); in production pages and the export only. */
  analytics: analyticsField,
  /** giscus comments (al-folio's block); off while `repo` is empty. */
  giscus: giscusField,
  /** al-folio's posts published elsewhere: feeds (`name`, `rss_url`) and single posts (`name`, `posts`), fetched by `npm run refresh`. */
  external_sources: externalSourcesField,
  blog: z
    .looseObject({
      permalink: z.literal(POST_PERMALINK).default(POST_PERMALINK),
      per_page: z.number().int().positive().default(5),
    })
    .default({ permalink: POST_PERMALINK, per_page: 5 }),
});

/**
 * A submenu's items (al-folio's `children`): `{title, permalink}` (a path of
 * the site or an address, judged by the one gate), or `{title: divider}`, a
 * rule between groups. Whether a path leads to a page is checked with the
 * site's routes (lib/check/nav.ts).
 */
const navChildrenField = z.array(
  z
    .looseObject({ title: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1)), permalink: linkField.nullish() })
    .superRefine((child, ctx) => {
      if (child.title !== 'divider' && !child.permalink)
        ctx.addIssue({ code: 'custom', path: ['permalink'], message: `\`${child.title}\` has no \`permalink\``, params: { fix: 'add `permalink: /page/` (a path of the site or an https:// address), or write `title: divider` for a rule' } satisfies IssueWording });
    }),
);

/** al-folio's table-of-contents switch: `{sidebar: left | right}` or `{beginning: true}`. */
const tocField = z
  .looseObject({ sidebar: z.union([z.enum(['left', 'right']), z.boolean()]).nullish(), beginning: z.boolean().nullish() })
  .optional();

export const pageSchema = z.looseObject({
  layout: layoutField(PAGE_LAYOUTS).default('page'),
  title: z.string().min(1),
  permalink: permalinkField.optional(),
  subtitle: htmlField.optional(),
  description: htmlField.optional(),
  nav: z.boolean().optional(),
  nav_order: z.number().optional(),
  /** al-folio's header submenu: `dropdown: true` lists `children` under the page's title in the header. */
  dropdown: z.boolean().default(false),
  children: navChildrenField.optional(),
  profile: z
    .looseObject({
      align: z.enum(['left', 'right']).default('right'),
      image: z.string().min(1).nullish(),
      image_circular: z.boolean().default(false),
      more_info: htmlField.optional(),
    })
    .optional(),
  news: listSwitchField.optional(),
  announcements: listSwitchField.optional(),
  latest_posts: listSwitchField.optional(),
  selected_papers: z.boolean().default(false),
  social: z.boolean().default(false),
  toc: tocField,
  /** `layout: cv`: a PDF of the CV (a file in public/ or an address), and which CV file to show. */
  cv_pdf: z.string().trim().min(1).nullish(),
  cv_format: z.enum(['rendercv', 'jsonresume']).nullish(),
  /** A projects page: the categories to group `<Projects />` by, and al-folio's horizontal cards. */
  display_categories: wordListField.optional(),
  horizontal: z.boolean().default(false),
  /** The page has moved: `true` (the home page), a path of the site, or an address. */
  redirect: pageRedirectField.optional(),
  /** giscus comments under the text (al-folio's key). */
  giscus_comments: z.boolean().optional(),
  /** Old addresses of this page (jekyll-redirect-from's key): each leads here. */
  redirect_from: redirectFromField.optional(),
});

export const postSchema = z.looseObject({
  layout: layoutField(['post', 'distill', 'default']).default('post'),
  title: z.string().min(1),
  date: dateField.optional(),
  description: htmlField.optional(),
  tags: wordListField.default([]),
  categories: wordListField.default([]),
  thumbnail: z.string().nullish(),
  draft: z.boolean().default(false),
  published: z.boolean().default(true),
  toc: tocField,
  /** Pinned above the list on the blog index (al-folio's `featured`). */
  featured: z.boolean().default(false),
  /** `false` leaves out the related posts under the text. */
  related_posts: z.boolean().default(true),
  /** When the post last changed (jekyll-last-modified-at); shown as "updated". */
  last_modified_at: dateField.optional(),
  /** The post lives elsewhere: a path of the site or an address (`true`: the home page). */
  redirect: pageRedirectField.optional(),
  /** The post's own BibTeX file (al-folio's distill posts): a name in public/assets/bibliography/, or a path from public/; its <Cite>s may name its entries. */
  bibliography: z.string().trim().min(1).nullish(),
  /** giscus comments under the post (al-folio's key); `giscus.all_posts` in site.yml turns them on for every post. */
  giscus_comments: z.boolean().optional(),
  redirect_from: redirectFromField.optional(),
});

export const newsSchema = z.looseObject({
  layout: z.string().optional(),
  title: z.string().optional(),
  date: dateField.optional(),
  inline: z.boolean().default(false),
  redirect_from: redirectFromField.optional(),
});

/** al-folio's `_projects` collection: a card on the projects page, and its own page unless it has `redirect`. */
export const projectSchema = z.looseObject({
  layout: layoutField(PAGE_LAYOUTS).default('page'),
  title: z.string().min(1),
  description: htmlField.optional(),
  img: z.string().trim().min(1).nullish(),
  importance: z.number().nullish(),
  category: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim())),
  redirect: redirectField.nullish(),
  github: z.string().trim().min(1).nullish(),
  related_publications: z.boolean().default(false),
  toc: tocField,
  giscus_comments: z.boolean().optional(),
  redirect_from: redirectFromField.optional(),
});

/** Text al-folio prints as it is written: a string, or a number YAML read (`week: 1`, `year: 2026`). */
const shownText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined || String(value).trim() === '' ? undefined : String(value).trim()));

/** One line of a course's `schedule` (al-folio's course layout): a week, its date, topic, description and materials. */
const scheduleEntry = z.looseObject({
  week: shownText,
  date: shownText,
  topic: shownText,
  /** Markdown, as al-folio's `markdownify`. */
  description: shownText,
  materials: z
    .array(z.looseObject({ name: z.union([z.string(), z.number()]).transform(String), url: linkField.nullish() }))
    .nullish()
    .transform((list) => list ?? []),
});

/** al-folio's `_teachings` collection (`layout: course`): a course page, listed by the page with `layout: teaching`. */
export const courseSchema = z.looseObject({
  layout: layoutField(['course', 'page', 'default']).default('course'),
  title: z.string().min(1),
  description: htmlField.optional(),
  instructor: shownText,
  /** The year the course is taught, which groups it on the teaching page. */
  year: z.union([z.number().int(), z.string().trim().regex(/^\d{4}$/, 'a year such as 2026')]).transform(Number),
  term: shownText,
  location: shownText,
  time: shownText,
  course_id: shownText,
  schedule: z
    .array(scheduleEntry)
    .nullish()
    .transform((list) => list ?? []),
  toc: tocField,
  giscus_comments: z.boolean().optional(),
});

export type SiteData = z.output<typeof siteSchema>;
export type PageData = z.output<typeof pageSchema>;
export type CourseData = z.output<typeof courseSchema>;
