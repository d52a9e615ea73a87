import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import { unfinishedBuild } from './lib/build/build-state';
import { settings } from './lib/build/settings';
import { securityHeaders } from './lib/build/security-headers';
import { siteFileServices } from './lib/services';
import { analyticsSources } from './lib/services/analytics';
import { mergeSources } from './lib/services/csp';
import { GISCUS_SOURCES } from './lib/services/giscus';

const isDev = process.env.NODE_ENV === 'development';
const exporting = settings.output === 'export';

/**
 * The headers of `next start` (lib/security-headers.ts says why its policy
 * allows inline scripts); `npm run dev`'s event stream for live reload comes
 * from another port. The static export sets its own (scripts/export/).
 */
const services = siteFileServices();
const headers = securityHeaders({
  scripts: { inline: 'unsafe' },
  dev: isDev ? { liveReloadPort: settings.liveReloadPort } : undefined,
  // The analytics provider's hosts (production only), and giscus' for the pages with comments: a page without narrows it (components/PageShell.tsx).
  services: mergeSources(!isDev && settings.analytics && services.analytics ? analyticsSources(services.analytics) : undefined, services.giscus ? GISCUS_SOURCES : undefined),
});

const nextConfig: NextConfig = {
  // al-folio's URLs end in a slash (/about/, /blog/2024/post/): keep them.
  trailingSlash: true,
  // Tests build fixture content into a folder of their own.
  distDir: settings.distDir,
  // A site served under a sub-path (a GitHub project page): `baseurl` in site.yml, or FOLIO_BASE_PATH.
  basePath: settings.basePath || undefined,
  // The same base path for the code that renders pages, as it was when they were built (lib/urls.ts).
  env: { FOLIO_BASE_PATH: settings.basePath },
  poweredByHeader: false,
  // `npm run dev` listens on 127.0.0.1 (scripts/dev.ts). next dev lets pages from localhost and
  // from the -H host load its dev resources; this lets 127.0.0.1 do so whatever -H says.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // Prerendering is CPU-bound MDX work; Next leaves a core idle by default (cpus - 1).
    cpus: settings.buildCpus,
    // The compiler keeps its work in `<distDir>/cache/turbopack` for the next build (Next 16.4's default,
    // said here: docs/performance.md has what it saves and what is known to go wrong with it).
    turbopackFileSystemCacheForBuild: true,
    // Pages a prerender worker renders at once (Next's default is 8): the pages are CPU-bound, so more at once
    // saved no time, and the garbage of eight in flight grew each worker's heap by about 100 MB more at 1000 posts.
    staticGenerationMaxConcurrency: 2,
    // Next measures every page's prefetch segments, gzipped, to bundle small ones for its client router's
    // prefetches (on by default since 16.3). Folio's links are plain links, which prefetch nothing: the
    // measuring was a quarter of a warm build's prerender at 1000 posts (docs/performance.md).
    prefetchInlining: false,
  },
  reactStrictMode: true,
  // Loaded from node_modules when the server code runs, not bundled: esbuild (lib/client-bundle.ts), which starts its
  // own native binary, and the libraries the content layer only calls into (none renders React, so none needs the
  // bundle's React): the compile is 5 s shorter cold (19.3 s -> 13.9 s here; issue 25's first export on a fresh clone).
  serverExternalPackages: ['esbuild', '@retorquere/bibtex-parser', 'katex', '@mdx-js/mdx', 'postcss', 'colorjs.io', 'minisearch', 'feed', 'liquidjs', 'parse5', 'hast-util-from-html', 'zod', 'yaml'],
  // Images are made at build (lib/images/, app/img/): next/image's server is off, so `/_next/image` answers 404.
  images: { unoptimized: true },
  // `npm run build` and `npm run export` compile in `--experimental-build-mode=compile`, which does not
  // type-check; a plain `next build` with FOLIO_OUTPUT=export would spend 18 s of 190 at 1000 posts on it.
  // The code's types are checked by `npm run typecheck` (first in `npm test`); content never changes them.
  typescript: { ignoreBuildErrors: exporting },
  // `npm run export`: a static site, no server (scripts/export.ts post-processes it); headers are written as files there.
  ...(exporting ? { output: 'export' as const } : { headers: async () => [{ source: '/:path*', headers }] }),
};

/** `next start` serves only a build that finished (lib/build-state.ts). */
export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = unfinishedBuild(nextConfig.distDir!);
    if (problem) throw new Error(`Folio will not serve this folder: ${problem}.`);
  }
  return nextConfig;
}
