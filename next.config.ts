import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { distDirOf, unfinishedBuild } from './lib/build-state';
import { EMBED_ORIGINS } from './lib/sanitize/policy';

const isDev = process.env.NODE_ENV === 'development';
// `npm run dev` (scripts/dev.ts) tells the page about content saves from this port.
const liveReload = isDev && process.env.FOLIO_LIVE_RELOAD_PORT ? ` http://127.0.0.1:${Number(process.env.FOLIO_LIVE_RELOAD_PORT)}` : '';

/**
 * The Content-Security-Policy of `next start` (and of Vercel's Next build).
 *
 * Scripts: 'self', plus 'unsafe-inline', and here is exactly why. Every page
 * Next prerenders carries its React Server Components payload as inline
 * `<script>self.__next_f.push(...)</script>` elements, different on every
 * page and every build; a nonce would need each page rendered per request
 * (no prerendering), and a hash list would name every inline script of every
 * page in one header. So inline scripts cannot be told apart here. What
 * keeps content from running code is upstream of the policy: front matter is
 * YAML only, MDX expressions are blocked, and every page's HTML goes through
 * one sanitizer (lib/sanitize/) that removes scripts, event handlers and
 * script URLs before the page is built. The static export (`npm run export`)
 * carries no framework runtime, so its policy allows no inline script but
 * Folio's own theme script, by hash.
 *
 * Everything else must come from this origin, except the video players
 * content may embed (lib/sanitize/policy.ts's EMBED_HOSTS). Development adds
 * 'unsafe-eval' for React's tooling.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${liveReload}`,
  "media-src 'self'",
  `frame-src ${EMBED_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Two years, subdomains included: browsers that saw the site over HTTPS never try plain HTTP again.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

const nextConfig: NextConfig = {
  // al-folio's URLs end in a slash (/about/, /blog/2024/post/): keep them.
  trailingSlash: true,
  // Tests build fixture content into a folder of their own.
  distDir: distDirOf(),
  poweredByHeader: false,
  // `npm run dev` listens on 127.0.0.1 (scripts/dev.ts). next dev lets pages from localhost and
  // from the -H host load its dev resources; this lets 127.0.0.1 do so whatever -H says.
  allowedDevOrigins: ['127.0.0.1'],
  // Prerendering is CPU-bound MDX work; Next leaves a core idle by default (cpus - 1).
  experimental: { cpus: Number(process.env.FOLIO_BUILD_CPUS) || 2 },
  reactStrictMode: true,
  // lib/client-bundle.ts runs esbuild, which starts its own native binary: loaded from node_modules, not bundled.
  serverExternalPackages: ['esbuild'],
  images: {
    // Only images from this site are optimised; no remote sources.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

/** `next start` serves only a build that finished (lib/build-state.ts). */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = unfinishedBuild(nextConfig.distDir!);
    if (problem) throw new Error(`Folio will not serve this folder: ${problem}.`);
  }
  return nextConfig;
}
