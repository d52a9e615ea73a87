import { EMBED_ORIGINS } from '../sanitize/policy';
import type { CspSources } from '../services/csp';

/**
 * The security headers of every output, declared once: `next start` sends
 * them (next.config.ts), the static export writes them for hosts that read
 * a headers file (`out/_headers`, `out/vercel.json`) and puts its
 * Content-Security-Policy in each page's <meta> (GitHub Pages sets no headers).
 */

export type ScriptPolicy =
  /**
   * `next start`: 'unsafe-inline', and here is exactly why. Every page Next
   * prerenders carries its React Server Components payload as inline
   * `<script>self.__next_f.push(...)</script>` elements, different on every
   * page and every build; a nonce would need each page rendered per request
   * (no prerendering), and a hash list would name every inline script of
   * every page in one header. So inline scripts cannot be told apart there.
   * What keeps content from running code is upstream of the policy: front
   * matter is YAML only, MDX expressions are blocked, and every page's HTML
   * goes through one sanitizer (lib/sanitize/) that removes scripts, event
   * handlers and script URLs before the page is built.
   */
  | { inline: 'unsafe' }
  /** The static export: no framework runtime, so no inline script but the ones hashed here (Folio's theme script). */
  | { inline: 'hashed'; hashes: string[] };

export type PolicyOptions = {
  scripts: ScriptPolicy;
  /** `next dev`: React's tooling evaluates code, and live reload listens on another port. */
  dev?: { liveReloadPort?: number };
  /** A <meta> policy cannot say frame-ancestors (browsers ignore it there). */
  meta?: boolean;
  /** The hosts the site's services need (analytics, comments: lib/services/), each in its directive. */
  services?: CspSources;
};

/** Everything comes from the site itself, except the video players content may embed (lib/sanitize/policy.ts). */
export function contentSecurityPolicy({ scripts, dev, meta = false, services = {} }: PolicyOptions): string {
  const scriptSources = scripts.inline === 'unsafe' ? ["'unsafe-inline'"] : scripts.hashes.map((hash) => `'${hash}'`);
  const more = (key: keyof CspSources) => (services[key]?.length ? ` ${services[key].join(' ')}` : '');
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])].join(' ') + more('script'),
    `style-src 'self' 'unsafe-inline'${more('style')}`,
    `img-src 'self' data: blob:${more('img')}`,
    "font-src 'self'",
    `connect-src 'self'${dev?.liveReloadPort ? ` http://127.0.0.1:${dev.liveReloadPort}` : ''}${more('connect')}`,
    "media-src 'self'",
    `frame-src ${EMBED_ORIGINS.join(' ')}${more('frame')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

/** The response headers, in the order they are sent. */
export function securityHeaders(options: PolicyOptions): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // Two years, subdomains included: browsers that saw the site over HTTPS never try plain HTTP again.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  ];
}
