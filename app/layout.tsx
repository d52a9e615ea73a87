import { href, routes } from '@/lib/routing/urls';
import type { Metadata, Viewport } from 'next';
import { LiveReload } from '@/components/LiveReload';
import { clientVersion } from '@/lib/build/client-bundle';
import { getContent } from '@/lib/content';
import { siteStylesheet } from '@/lib/content/stylesheet';
import { siteMetadata } from '@/lib/seo/metadata';
import { settings } from '@/lib/build/settings';
import { THEME_SCRIPT } from '@/lib/build/theme-script';
import { AnalyticsScripts } from '@/components/Analytics';
import { activeAnalytics } from '@/lib/services';
import { headingFont, textSerifFont } from './fonts';
import './globals.css';

export function generateMetadata(): Metadata {
  return siteMetadata(getContent());
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111214' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { site, styles } = getContent();
  const own = siteStylesheet(site, styles);
  const version = await clientVersion();
  const analytics = activeAnalytics(site);
  return (
    // The theme script marks <html> with the visitor's theme before the first paint, before React hydrates.
    <html lang={site.lang} className={`${headingFont.variable} ${textSerifFont.variable}`} suppressHydrationWarning>
      <head>
        {/* The site's own styles after Folio's: site.yml's theme and max_width as design tokens, then content/styles.css (app/folio-theme.css/route.ts). */}
        {own.css && <link rel="stylesheet" href={href(routes.stylesheet(own.version))} />}
        {/* Constant text (lib/build/theme-script.ts): the static export's CSP allows it by its hash. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Production builds and the export only (lib/services/): the provider's own snippet, `defer`. */}
        {analytics && <AnalyticsScripts analytics={analytics} />}
      </head>
      <body className="flex min-h-dvh flex-col bg-page text-ink antialiased">
        {children}
        {/* Folio's own script (client/folio.ts): theme switch, phone menu, figure zoom, search on Ctrl+K and `/`; its modules load on first use.
            A module script runs after the document is parsed without saying so (HTML allows no `defer` on it). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred already; the rule knows only classic scripts */}
        <script type="module" src={href(routes.script('folio.js', version))} />
        {/* `npm run dev` only: re-render on a content save. Statically false in a production build. */}
        {process.env.NODE_ENV === 'development' && settings.liveReloadPort ? <LiveReload /> : null}
      </body>
    </html>
  );
}
