import type { NextConfig } from 'next';

const isDev = process.env.NODE_ENV === 'development';
// `npm run dev` (scripts/dev.ts) tells the page about content saves from this port.
const liveReload = isDev && process.env.FOLIO_LIVE_RELOAD_PORT ? ` http://127.0.0.1:${Number(process.env.FOLIO_LIVE_RELOAD_PORT)}` : '';

/**
 * A Content-Security-Policy that works with prerendered pages: nonces need a
 * server render per request, so inline scripts (Next's RSC payload and the
 * theme script) are allowed by 'unsafe-inline', and everything else must come
 * from this origin. Development adds 'unsafe-eval' for React's tooling.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${liveReload}`,
  "media-src 'self'",
  "frame-src https://www.youtube-nocookie.com",
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
];

const nextConfig: NextConfig = {
  // al-folio's URLs end in a slash (/about/, /blog/2024/post/): keep them.
  trailingSlash: true,
  // Tests build fixture content into a folder of their own.
  distDir: process.env.FOLIO_DIST_DIR ?? '.next',
  poweredByHeader: false,
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

export default nextConfig;
