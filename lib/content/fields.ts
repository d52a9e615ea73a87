import { z } from 'zod';
import { isValid, parse } from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';
import { normalizeBaseurl } from '../build/base-path';
import { judgeAddress, judgePermalink, type AddressKind } from '../routing/addresses';
import type { IssueWording } from './validate';

/** A date as the author wrote it: the instant, and the calendar day they meant. */
export type ContentDate = {
  /** ISO 8601 instant. */
  iso: string;
  /** `YYYY-MM-DD`, the day written in the file (what URLs and pages show). */
  day: string;
  year: number;
};

// The forms al-folio sites use: `2024-06-06`, `2024-9-30`, `2024-06-06 09:00:00`,
// `2015-10-20 11:12:00-0400`, and YAML/ISO timestamps. A time without an offset is UTC.
const DATE_FORMATS = [
  'yyyy-M-d',
  'yyyy-M-d H:mm',
  'yyyy-M-d H:mm:ss',
  'yyyy-M-d H:mm:ssxx',
  'yyyy-M-d H:mm:ss xx',
  'yyyy-M-d H:mm:ssxxx',
  'yyyy-M-d H:mm:ss xxx',
  'yyyy-M-d H:mm:ss.SSS',
  "yyyy-M-d'T'H:mm",
  "yyyy-M-d'T'H:mm:ss",
  "yyyy-M-d'T'H:mm:ssXXX",
  "yyyy-M-d'T'H:mm:ss.SSSXXX",
  'yyyy-M-d H:mm:ssXXX',
];

export function parseContentDate(input: string | Date): ContentDate | null {
  if (input instanceof Date) {
    if (!isValid(input)) return null;
    const iso = input.toISOString();
    return { iso, day: iso.slice(0, 10), year: input.getUTCFullYear() };
  }
  const text = input.trim();
  for (const format of DATE_FORMATS) {
    const date = parse(text, format, new UTCDate(0), { in: utc });
    if (isValid(date)) {
      const [y, m, d] = text.split(/[ T]/)[0]!.split('-').map(Number) as [number, number, number];
      const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { iso: date.toISOString(), day, year: y };
    }
  }
  return null;
}

export const dateField = z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
  const parsed = parseContentDate(typeof value === 'number' ? String(value) : value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `\`${String(value)}\` is not a date`,
      params: { fix: 'write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, e.g. 2024-06-06 09:00:00' },
    });
    return z.NEVER;
  }
  return parsed;
});

/** `tags: a b c`, `tags: a, b, c` or a YAML list: always a list of unique, non-empty words. */
export const wordListField = z
  .union([z.string(), z.array(z.union([z.string(), z.number()])), z.null()])
  .transform((value) => {
    if (value === null) return [];
    const words = typeof value === 'string' ? value.split(value.includes(',') ? ',' : /\s+/) : value.map(String);
    return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  });

/** URL paths are written like al-folio's: a leading and a trailing slash; what a page's address may be is lib/routing/addresses.ts's to say. */
export const permalinkField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const problem = judgePermalink(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem.message, params: { fix: problem.fix, namesKey: true } satisfies IssueWording });
      return z.NEVER;
    }
    return value.endsWith('/') ? value : `${value}/`;
  });

/** `enabled`-style switches: `news: true` (al-folio v0) or `announcements: {enabled, limit}` (v1). */
export const listSwitchField = z
  .union([
    z.boolean(),
    z.looseObject({
      enabled: z.boolean().default(true),
      scrollable: z.boolean().optional(),
      limit: z.number().int().positive().nullish(),
    }),
  ])
  .transform((value) =>
    typeof value === 'boolean'
      ? { enabled: value, limit: undefined as number | undefined }
      : { enabled: value.enabled, limit: value.limit ?? undefined },
  );

export const htmlField = z.union([z.string(), z.null()]).transform((v) => (v ?? '').trim() || undefined);

/**
 * al-folio's `max_width` (`930px` there by default): the width of the page's
 * composition, a CSS length in px, rem or em. Too narrow to hold the text
 * column, or wider than a wide screen, it is an error: either would be a typo.
 */
export const maxWidthField = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|rem|em)\s*$/.exec(String(value));
  const pixels = match ? Number(match[1]) * (match[2] === 'px' ? 1 : 16) : NaN;
  if (!match || pixels < 600 || pixels > 2400) {
    ctx.addIssue({
      code: 'custom',
      message: match ? `max_width \`${value}\` is ${pixels < 600 ? 'narrower than a line of text' : 'wider than a wide screen'}` : `max_width \`${value}\` is not a width`,
      params: { fix: 'write a width from 600px to 2400px (or in rem, 16px each), e.g. `max_width: 930px`, al-folio\'s default; leave it out for Folio\'s (936px)' },
    });
    return z.NEVER;
  }
  return `${match[1]}${match[2]}`;
});

/** al-folio's `baseurl`, read as the settings read it (lib/build/base-path.ts). */
export const baseurlField = z
  .union([z.string(), z.null()])
  .default('')
  .transform((value, ctx) => {
    const text = normalizeBaseurl(value);
    if (text === null) {
      ctx.addIssue({
        code: 'custom',
        message: `baseurl \`${value}\` is not a sub-path`,
        params: { fix: "write '' for a site at the root of its domain, or a path such as /my-site (no domain, no spaces)" },
      });
      return z.NEVER;
    }
    return text;
  });

/**
 * An address written in a data field, judged by the one gate
 * (lib/routing/addresses.ts): `accept` says which kinds fit. A refusal is
 * an issue on the key's line.
 */
export function addressField(accept: readonly AddressKind[]) {
  return z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .transform((value, ctx) => {
      const verdict = judgeAddress(value, accept);
      if (verdict.ok) return value;
      ctx.addIssue({ code: 'custom', message: verdict.message, params: { fix: verdict.fix } satisfies IssueWording });
      return z.NEVER;
    });
}

/** Where a project card leads instead of the project's own page: an address, or a path of the site. */
export const redirectField = addressField(['site', 'web']);

/** A link written in front matter (a course's materials): an address (http or https) or a path of the site. */
export const linkField = addressField(['site', 'web']);

/**
 * al-folio's `redirect:` on a page or a post: the page sends its visitors
 * elsewhere. `true` (al-folio's 404 page) is the home page, `/`; an address
 * (http or https) or a path of the site is that place; `false` or blank is
 * no redirect. Whether a site path leads to a page is checked with the
 * site's routes (lib/check/index.ts).
 */
export const pageRedirectField = z.union([z.boolean(), z.string(), z.null()]).transform((value, ctx) => {
  if (value === true) return '/';
  if (value === false || value === null || value.trim() === '') return undefined;
  const verdict = judgeAddress(value.trim(), ['site', 'web']);
  if (verdict.ok) return value.trim();
  ctx.addIssue({ code: 'custom', message: verdict.message, params: { fix: `${verdict.fix}, or \`true\` for the home page` } satisfies IssueWording });
  return z.NEVER;
});
