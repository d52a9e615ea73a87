import { z } from 'zod';
import type { CspSources } from './csp';

/**
 * Comments by giscus (GitHub Discussions), as al-folio's `giscus:` block in
 * _config.yml writes them, in content/site.yml. A post shows them with
 * `giscus_comments: true` (al-folio's key), or every post with `all_posts:
 * true`; pages, projects and courses with `giscus_comments: true`. Nothing
 * is loaded from giscus until the reader asks (client/comments.ts), and the
 * Content-Security-Policy allows giscus on those pages only.
 */

export const GISCUS_ORIGIN = 'https://giscus.app';

/** al-folio's demo block: its repository's id. A site that kept it would post its readers' comments to al-folio's discussions. */
export const AL_FOLIO_DEMO_REPO_ID = 'MDEwOlJlcG9zaXRvcnk2MDAyNDM2NQ==';
export const AL_FOLIO_REPO = 'alshedivat/al-folio';

const flag = z.union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]).transform((v) => v === true || v === 1 || v === '1');
/** A value as written: YAML may read an id of digits as a number. */
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : String(v).trim() || undefined));
const fromGiscus = 'copy it from the script giscus.app makes for your repository (https://giscus.app, "Enable giscus")';

export const giscusField = z
  .looseObject({
    repo: text,
    repo_id: text,
    category: text,
    category_id: text,
    mapping: z.enum(['pathname', 'url', 'title', 'og:title', 'specific', 'number']).default('pathname'),
    term: z.union([z.string(), z.number()]).transform(String).optional(),
    strict: flag.default(false),
    reactions_enabled: flag.default(true),
    emit_metadata: flag.default(false),
    input_position: z.enum(['top', 'bottom']).default('bottom'),
    lang: z.string().trim().min(1).nullish(),
    /** `lazy`: the comments load when the reader scrolls to them, without a press. */
    loading: z.enum(['lazy', 'eager']).nullish(),
    /** Every post shows comments (a post's `giscus_comments: false` leaves them out). */
    all_posts: z.boolean().default(false),
  })
  .nullish()
  .transform((block, ctx): Giscus | undefined => {
    // al-folio ships the block with an empty `repo:`: comments are off until the author fills it.
    if (!block?.repo) return undefined;
    if (!/^[A-Za-z\d-]+\/[\w.-]+$/.test(block.repo)) ctx.addIssue({ code: 'custom', path: ['repo'], message: `\`${block.repo}\` is not a GitHub repository (owner/name)`, params: { fix: 'the public repository whose Discussions hold the comments, e.g. ada/ada.github.io' } });
    if (!block.repo_id) ctx.addIssue({ code: 'custom', path: ['repo_id'], message: 'giscus needs the repository\'s id', params: { fix: fromGiscus } });
    else if (!/^(R_[\w-]{4,}|MDEwOlJlcG9zaXRvcnk[\w+/=]+)$/.test(block.repo_id)) ctx.addIssue({ code: 'custom', path: ['repo_id'], message: `\`${block.repo_id}\` is not a repository id (R_… or MDEwOlJlcG9zaXRvcnk…)`, params: { fix: fromGiscus } });
    if (!block.category_id) ctx.addIssue({ code: 'custom', path: ['category_id'], message: 'giscus needs the discussion category\'s id', params: { fix: fromGiscus } });
    else if (!/^DIC_[\w-]{4,}$/.test(block.category_id)) ctx.addIssue({ code: 'custom', path: ['category_id'], message: `\`${block.category_id}\` is not a discussion category id (DIC_…)`, params: { fix: fromGiscus } });
    if ((block.mapping === 'specific' || block.mapping === 'number') && !block.term) ctx.addIssue({ code: 'custom', path: ['term'], message: `\`mapping: ${block.mapping}\` needs \`term\``, params: { fix: 'name the discussion (specific) or give its number (number)' } });
    return {
      repo: block.repo,
      repoId: block.repo_id ?? '',
      category: block.category ?? '',
      categoryId: block.category_id ?? '',
      mapping: block.mapping,
      term: block.term,
      strict: block.strict,
      reactions: block.reactions_enabled,
      emitMetadata: block.emit_metadata,
      inputPosition: block.input_position,
      lang: block.lang ?? undefined,
      lazy: block.loading === 'lazy',
      allPosts: block.all_posts,
    };
  });

export type Giscus = {
  repo: string;
  repoId: string;
  category: string;
  categoryId: string;
  mapping: 'pathname' | 'url' | 'title' | 'og:title' | 'specific' | 'number';
  term?: string;
  strict: boolean;
  reactions: boolean;
  emitMetadata: boolean;
  inputPosition: 'top' | 'bottom';
  lang?: string;
  lazy: boolean;
  allPosts: boolean;
};

/** giscus' script, its stylesheet and its frame, all from its origin. */
export const GISCUS_SOURCES: CspSources = { script: [GISCUS_ORIGIN], style: [GISCUS_ORIGIN], frame: [GISCUS_ORIGIN] };

/** The `data-*` attributes of giscus' script (its client.js reads them), the theme aside (Folio's script sets it). */
export function giscusAttributes(g: Giscus, lang: string): Record<string, string> {
  return {
    repo: g.repo,
    'repo-id': g.repoId,
    category: g.category,
    'category-id': g.categoryId,
    mapping: g.mapping,
    ...(g.term !== undefined && { term: g.term }),
    strict: g.strict ? '1' : '0',
    'reactions-enabled': g.reactions ? '1' : '0',
    'emit-metadata': g.emitMetadata ? '1' : '0',
    'input-position': g.inputPosition,
    lang: g.lang ?? lang.split('-')[0]!,
  };
}
