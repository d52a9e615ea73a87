import GithubSlugger from 'github-slugger';
import { z } from 'zod';
import { markdownToHtml } from '../bibliography/latex';
import { judgeAddress } from '../routing/addresses';
import type { SafeHtml } from '../sanitize/sanitize';
import { smartHtml } from '../text/typography';

/**
 * The two CV formats al-folio reads, one schema each (cv-rendercv.ts,
 * cv-jsonresume.ts), both read into one shape (`Cv`) the CV page renders,
 * from the fields defined here:
 * - RenderCV (`content/cv.yml`, al-folio v1's `_data/cv.yml`): `cv:` with
 *   the person's details and `sections:`, each a list of entries whose kind
 *   follows from their keys, as RenderCV infers it (EducationEntry,
 *   ExperienceEntry, PublicationEntry, NormalEntry, OneLineEntry,
 *   BulletEntry, TextEntry). al-folio's sample writes some entries with JSON
 *   Resume's names (`studyType`, `releaseDate`, `awarder`, ...): those read too.
 * - JSON Resume (`content/resume.json`, al-folio's `assets/json/resume.json`).
 * Text fields are Markdown, as in RenderCV (`**bold**`, `[a link](https://...)`),
 * kept as sanitised inline HTML. Keys Folio does not show are kept, not rejected.
 */

/** A date as written: `iso` for `2020`, `2020-09` or `2020-09-24`; `text` for `present` or words such as "Fall 2023". */
export type CvDate = { iso?: string; text?: string };
/** One date, or a start and an end. */
export type CvPeriod = [CvDate] | [CvDate, CvDate];

/** Inline HTML from the CV file's Markdown, through the one sanitizer. */
type Html = SafeHtml;

type Dated = { period?: CvPeriod; location?: string; url?: string; summary?: Html; highlights: Html[] };

/** One entry; every string but `url`, `doi` and dates is inline HTML. */
export type CvEntry =
  | ({ kind: 'education'; institution: Html; area?: Html; degree?: Html; score?: Html; courses: Html[] } & Dated)
  | ({ kind: 'experience'; organization?: Html; position?: Html } & Dated)
  | ({ kind: 'publication'; title: Html; authors: Html[]; venue?: Html; doi?: string } & Dated)
  | ({ kind: 'normal'; name: Html; detail?: Html; keywords: Html[] } & Dated)
  | { kind: 'one-line'; label: Html; details: Html }
  | { kind: 'bullet'; text: Html }
  | { kind: 'text'; text: Html };

export type CvSection = { id: string; title: string; entries: CvEntry[] };

export type CvProfile = { network: string; username?: string; url?: string };

export type Cv = {
  format: 'rendercv' | 'jsonresume';
  /** The file it was read from, relative to the project root. */
  file: string;
  name?: string;
  label?: string;
  /** Inline HTML. */
  summary?: Html;
  contact: { email?: string; phone?: string; website?: string; location?: string };
  profiles: CvProfile[];
  sections: CvSection[];
};

/** Markdown to inline HTML, its prose with typographer's quotes and dashes as a page's; what the sanitizer removes is an error on the key's line. */
export const inline = (markdown: string, ctx?: z.RefinementCtx) =>
  smartHtml(markdownToHtml(markdown, { inline: true, report: (removal) => ctx?.addIssue({ code: 'custom', message: removal.message, params: { fix: removal.fix } }) }));

/** A text field: Markdown to inline HTML; blank is absent. */
export const text = z
  .union([z.string(), z.number(), z.null()], { error: 'text' })
  .optional()
  .transform((v, ctx) => (v === null || v === undefined || String(v).trim() === '' ? undefined : inline(String(v), ctx)));

/** A required text field. */
export const requiredText = z.union([z.string().trim().min(1), z.number()], { error: 'text' }).transform((v, ctx) => inline(String(v), ctx));

export const plain = z
  .string({ error: 'text' })
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** One line of a list. YAML reads `- Advisor: X` as a key and a value: say so. */
export const line = z.unknown().transform((v, ctx) => {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  ctx.addIssue({
    code: 'custom',
    message: 'a line of this list must be text',
    params: { fix: typeof v === 'object' && v !== null ? 'a line that contains `: ` must be quoted, e.g. - "Advisor: Prof. Smith"' : 'write the line as text' },
  });
  return z.NEVER;
});

/** A list of Markdown lines (`highlights`); `null` and blanks are none. */
export const textList = z
  .array(line)
  .nullish()
  .transform((v, ctx) => (v ?? []).filter((s) => s.trim() !== '').map((s) => inline(s, ctx)));

/** `keywords` or `courses`: a list, or al-folio's comma-separated string. */
export const wordList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string(), z.null()], { error: 'a list, or words separated by commas' })
  .optional()
  .transform((v, ctx) => (typeof v === 'string' ? v.split(',') : (v ?? []).map(String)).map((s) => s.trim()).filter(Boolean).map((s) => inline(s, ctx)));

/** A web address (a bare domain, `example.org/x`, gains https://), judged by the one gate (lib/routing/addresses.ts). */
export const url = z
  .string({ error: 'a web address (https://...)' })
  .nullish()
  .transform((value, ctx) => {
    const v = value?.trim();
    if (!v) return undefined;
    const address = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(v) ? `https://${v}` : v;
    const verdict = judgeAddress(address, ['web', 'mailto']);
    if (verdict.ok) return address;
    ctx.addIssue({ code: 'custom', message: verdict.message, params: { fix: 'write it as https://example.org/...' } });
    return z.NEVER;
  });

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date as RenderCV and JSON Resume write it: `2020`, `2020-09`,
 * `2020-09-24`, `present`, or free text ("Fall 2023"). A string shaped like
 * a date that is not one (`2020-13`) is an error.
 */
export const date = z.union([z.string(), z.number()], { error: 'a date (YYYY, YYYY-MM or YYYY-MM-DD, or present)' }).transform((value, ctx): CvDate => {
  const v = String(value).trim();
  if (/^present$/i.test(v)) return { text: 'present' };
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(v);
  if (!m) {
    if (/^\d{4}-\d/.test(v)) {
      ctx.addIssue({ code: 'custom', message: `\`${v}\` is not a date`, params: { fix: 'write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-09), or present' } });
      return z.NEVER;
    }
    return { text: v };
  }
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12 || (day && (Number(day) < 1 || Number(day) > MONTH_DAYS[Number(month) - 1]!)))) {
    ctx.addIssue({ code: 'custom', message: `\`${v}\` is not a date`, params: { fix: 'write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-09), or present' } });
    return z.NEVER;
  }
  const iso = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
  return { iso };
});

export const optionalDate = date.nullish();

/**
 * A period from RenderCV's `date`, `start_date`, `end_date` (or JSON Resume's
 * `startDate`, `endDate`): a start without an end runs to the present, as in
 * both formats; the same start and end are one date.
 */
function period(d: { date?: CvDate | null; start?: CvDate | null; end?: CvDate | null }): CvPeriod | undefined {
  if (d.start) {
    const end = d.end ?? { text: 'present' };
    return d.start.iso && d.start.iso === end.iso ? [d.start] : [d.start, end];
  }
  if (d.end) return [d.end];
  return d.date ? [d.date] : undefined;
}

export const datedFields = {
  date: optionalDate,
  start_date: optionalDate,
  end_date: optionalDate,
  startDate: optionalDate,
  endDate: optionalDate,
  location: text,
  url,
  summary: text,
  highlights: textList,
};

type DatedInput = {
  date?: CvDate | null;
  start_date?: CvDate | null;
  end_date?: CvDate | null;
  startDate?: CvDate | null;
  endDate?: CvDate | null;
  location?: string;
  url?: string;
  summary?: Html;
  highlights: Html[];
};

export function dated(e: DatedInput): Dated {
  return {
    period: period({ date: e.date, start: e.start_date ?? e.startDate, end: e.end_date ?? e.endDate }),
    location: e.location,
    url: e.url,
    summary: e.summary,
    highlights: e.highlights,
  };
}

// ---------- The person and the sections, in both formats ----------

/** RenderCV's section titles: a key such as `quick_guide` reads "Quick Guide"; one with spaces or capitals stays as written. */
export function sectionTitle(key: string): string {
  if (/[\sA-Z]/.test(key)) return key;
  const small = new Set(['and', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'with']);
  return key
    .split('_')
    .filter(Boolean)
    .map((word, i) => (i > 0 && small.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');
}

export function sections(entries: [string, CvEntry[]][]): CvSection[] {
  const slugger = new GithubSlugger();
  return entries.filter(([, list]) => list.length > 0).map(([key, list]) => ({ id: slugger.slug(sectionTitle(key)), title: sectionTitle(key), entries: list }));
}

/** RenderCV's networks and the address each username makes (Mastodon's `@user@host` is handled apart). */
const NETWORKS: Record<string, string> = {
  linkedin: 'https://linkedin.com/in/',
  github: 'https://github.com/',
  gitlab: 'https://gitlab.com/',
  imdb: 'https://imdb.com/name/',
  instagram: 'https://instagram.com/',
  orcid: 'https://orcid.org/',
  stackoverflow: 'https://stackoverflow.com/users/',
  researchgate: 'https://researchgate.net/profile/',
  youtube: 'https://youtube.com/@',
  'google scholar': 'https://scholar.google.com/citations?user=',
  telegram: 'https://t.me/',
  leetcode: 'https://leetcode.com/u/',
  x: 'https://x.com/',
  twitter: 'https://x.com/',
  bluesky: 'https://bsky.app/profile/',
};

export function profileUrl(network: string, username: string): string | undefined {
  const key = network.trim().toLowerCase();
  if (key === 'mastodon') {
    const m = /^@?([^@]+)@([^@]+)$/.exec(username);
    return m ? `https://${m[2]}/@${m[1]}` : undefined;
  }
  const base = NETWORKS[key];
  return base ? base + username.replace(/^@/, '') : undefined;
}

export const profile = z
  .looseObject({ network: z.string().trim().min(1), username: plain, url })
  .transform((p): CvProfile => ({ network: p.network, username: p.username, url: p.url ?? (p.username ? profileUrl(p.network, p.username) : undefined) }));

export const address = z
  .looseObject({ address: plain, street: plain, city: plain, region: plain, postalCode: plain, countryCode: plain })
  .transform((a) => [a.address ?? a.street, a.city, a.region, a.postalCode, a.countryCode].filter(Boolean).join(', ') || undefined);
