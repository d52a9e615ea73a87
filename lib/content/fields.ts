import { z } from 'zod';
import { isValid, parse } from 'date-fns';
import { utc, UTCDate } from '@date-fns/utc';

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

/** URL paths are written like al-folio's: a leading and a trailing slash. */
export const permalinkField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value.startsWith('/') || value.includes('..') || /[?#\s]/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `permalink \`${value}\` is not a site path`,
        params: { fix: 'write it like /teaching/: a leading slash, no spaces, ? or #' },
      });
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
 * al-folio's `baseurl`: empty (or `/`) for a site at the root of its domain,
 * `/repo` for one served from a sub-path (a GitHub project page). Read as
 * `''` or `/repo`: no trailing slash, so paths are `baseurl + '/blog/'`.
 */
export function normalizeBaseurl(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/\/+$/, '');
  return text === '' || /^(\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+$/.test(text) ? text : null;
}

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

/** Where a project card leads instead of the project's own page: an address, or a path of the site. */
export const redirectField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (/^https?:\/\/\S+$/.test(value) || (value.startsWith('/') && !/[\s]/.test(value) && !value.includes('..'))) return value;
    ctx.addIssue({
      code: 'custom',
      message: `redirect \`${value}\` is neither an address nor a path of the site`,
      params: { fix: 'write a full address (https://...) or a path from the site root, e.g. /assets/pdf/poster.pdf' },
    });
    return z.NEVER;
  });
