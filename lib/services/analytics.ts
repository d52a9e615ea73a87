import { z } from 'zod';
import { originOf, type CspSources } from './csp';

/**
 * Analytics, one setting in content/site.yml: `analytics: {provider, ...}`
 * with each provider's own fields, as its documentation names them. Folio
 * writes the provider's documented snippet (`defer`) into production pages
 * and the static export, never into `npm run dev`, and extends the
 * Content-Security-Policy for that provider's hosts alone. GA4 loads only
 * after the visitor accepts a notice (client/consent.ts); GoatCounter counts
 * visitors without JavaScript with its pixel in <noscript>.
 */

const https = (what: string, example: string) =>
  z
    .string()
    .trim()
    .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:', { message: `is not an https:// address of ${what}`, params: { fix: `write it as the provider shows it, e.g. ${example}` } });

const plausible = z
  .strictObject({
    provider: z.literal('plausible'),
    /** The site's own script, as Plausible's snippet since 2025 names it: https://plausible.io/js/pa-XXXX.js. */
    script: https('your Plausible script', 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js')
      .refine((v) => /\/js\/pa-[\w-]+\.js$/.test(new URL(v).pathname), { message: 'is not a Plausible script (…/js/pa-….js)', params: { fix: "copy the src of the snippet under your site's Settings → Site installation" } })
      .optional(),
    /** The older snippet: the site's domain as registered with Plausible (`data-domain`), and its script (a self-hosted Plausible's). */
    domain: z.string().trim().regex(/^[a-z\d.-]+\.[a-z]{2,}$/i, 'is not a domain such as example.org').optional(),
    src: https('the Plausible script', 'https://plausible.io/js/script.js').optional(),
  })
  .refine((v) => !!v.script !== !!v.domain, { message: 'give `script` (Plausible\'s snippet since 2025) or `domain` (the older one), not both nor neither', params: { fix: 'e.g. `script: https://plausible.io/js/pa-XXXX.js`, or `domain: example.org`' } });

const umami = z.strictObject({
  provider: z.literal('umami'),
  website_id: z.string().trim().regex(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i, 'is not an Umami website ID (a UUID such as 94db1cb1-74f4-4a40-ad6c-962362670409)'),
  /** The tracker: Umami Cloud's, or a self-hosted Umami's `/script.js`. */
  src: https('the Umami script', 'https://cloud.umami.is/script.js').default('https://cloud.umami.is/script.js'),
  /** Where a self-hosted tracker sends its data (`data-host-url`), when not where the script is. */
  host_url: https('your Umami server', 'https://stats.example.org').optional(),
  /** Count only on these host names (`data-domains`), e.g. not on a preview deployment. */
  domains: z.array(z.string().trim().min(1)).optional(),
});

const goatcounter = z
  .strictObject({
    provider: z.literal('goatcounter'),
    /** The site's code: https://<code>.goatcounter.com. */
    code: z.string().trim().regex(/^[a-z\d-]+$/, 'is not a GoatCounter code (the name before .goatcounter.com)').optional(),
    /** A self-hosted GoatCounter's endpoint: https://stats.example.org/count. */
    endpoint: https('your GoatCounter endpoint', 'https://stats.example.org/count').optional(),
  })
  .refine((v) => !!v.code !== !!v.endpoint, { message: 'give `code` (goatcounter.com) or `endpoint` (self-hosted), one of the two', params: { fix: 'e.g. `code: mysite` for https://mysite.goatcounter.com' } });

const cloudflare = z.strictObject({
  provider: z.literal('cloudflare'),
  token: z.string().trim().regex(/^[\da-f]{32}$/i, 'is not a Cloudflare Web Analytics token (32 hexadecimal characters)'),
});

const ga4 = z.strictObject({
  provider: z.literal('ga4'),
  measurement_id: z.string().trim().regex(/^G-[A-Z\d]{4,}$/, 'is not a GA4 measurement ID (G-XXXXXXXXXX)'),
});

export const PROVIDERS = ['plausible', 'umami', 'goatcounter', 'cloudflare', 'ga4'] as const;

export const analyticsField = z
  .unknown()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return undefined;
    const provider = (value as { provider?: unknown }).provider;
    const schema = { plausible, umami, goatcounter, cloudflare, ga4 }[String(provider) as (typeof PROVIDERS)[number]];
    if (typeof value !== 'object' || !schema) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: `\`${String(provider)}\` is not a provider Folio knows`, params: { fix: `use one of: ${PROVIDERS.join(', ')}` } });
      return z.NEVER;
    }
    const result = (schema as z.ZodType).safeParse(value);
    if (result.success) return result.data as Analytics;
    for (const issue of result.error.issues) {
      const wording = (issue as { params?: { fix?: string } }).params;
      const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
      ctx.addIssue({ code: 'custom', path: issue.path, message: missing ? `${String(provider)} needs it` : issue.message, params: { fix: wording?.fix ?? `see "Analytics" in README.md: each provider's fields` } });
    }
    return z.NEVER;
  })
  .optional();

export type Analytics = z.output<typeof plausible> | z.output<typeof umami> | z.output<typeof goatcounter> | z.output<typeof cloudflare> | z.output<typeof ga4>;

/** Plausible's init call, as its 2025 snippet writes it: constant text, so the export's policy allows it by its hash. */
export const PLAUSIBLE_INIT = 'window.plausible=window.plausible||function(){(plausible.q=plausible.q||[]).push(arguments)},plausible.init=plausible.init||function(i){plausible.o=i||{}};plausible.init()';

const GOATCOUNTER_SCRIPT = 'https://gc.zgo.at/count.js';
const CLOUDFLARE_SCRIPT = 'https://static.cloudflareinsights.com/beacon.min.js';
export const GTAG_SCRIPT = 'https://www.googletagmanager.com/gtag/js';

/** What a page carries for the provider: scripts (attributes as written), an inline script, a pixel for visitors without JavaScript, GA4's consent. */
export type AnalyticsTags = {
  scripts: { src: string; data: Record<string, string> }[];
  inline?: string;
  /** GoatCounter's /count endpoint: the page's pixel is `<endpoint>?p=<path>`. */
  pixel?: string;
  /** GA4: the measurement ID, loaded by Folio's script after the visitor's consent. */
  consent?: { measurementId: string };
};

export function goatcounterEndpoint(a: Extract<Analytics, { provider: 'goatcounter' }>): string {
  return a.endpoint ?? `https://${a.code}.goatcounter.com/count`;
}

export function analyticsTags(a: Analytics): AnalyticsTags {
  switch (a.provider) {
    case 'plausible':
      return a.script ? { scripts: [{ src: a.script, data: {} }], inline: PLAUSIBLE_INIT } : { scripts: [{ src: a.src ?? 'https://plausible.io/js/script.js', data: { domain: a.domain! } }] };
    case 'umami':
      return { scripts: [{ src: a.src, data: { 'website-id': a.website_id, ...(a.host_url && { 'host-url': a.host_url }), ...(a.domains && { domains: a.domains.join(',') }) } }] };
    case 'goatcounter':
      return { scripts: [{ src: GOATCOUNTER_SCRIPT, data: { goatcounter: goatcounterEndpoint(a) } }], pixel: goatcounterEndpoint(a) };
    case 'cloudflare':
      return { scripts: [{ src: CLOUDFLARE_SCRIPT, data: { 'cf-beacon': JSON.stringify({ token: a.token }) } }] };
    case 'ga4':
      return { scripts: [], consent: { measurementId: a.measurement_id } };
  }
}

/** The hosts each provider's documentation says its snippet needs, and no other. */
export function analyticsSources(a: Analytics): CspSources {
  switch (a.provider) {
    case 'plausible': {
      const origin = originOf(a.script ?? a.src ?? 'https://plausible.io/js/script.js');
      return { script: [origin], connect: [origin] };
    }
    case 'umami':
      return { script: [originOf(a.src)], connect: [originOf(a.host_url ?? a.src)] };
    case 'goatcounter': {
      const origin = originOf(goatcounterEndpoint(a));
      return { script: [originOf(GOATCOUNTER_SCRIPT)], connect: [origin], img: [origin] };
    }
    case 'cloudflare':
      return { script: [originOf(CLOUDFLARE_SCRIPT)], connect: ['https://cloudflareinsights.com'] };
    case 'ga4':
      // Google's list for GA4 (Tag Platform, "Use Tag Manager with a Content Security Policy").
      return {
        script: ['https://*.googletagmanager.com'],
        img: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
        connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'],
      };
  }
}
