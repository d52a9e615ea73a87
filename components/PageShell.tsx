import { navItems, type Content } from '@/lib/content';
import { settings } from '@/lib/build/settings';
import { contentSecurityPolicy } from '@/lib/build/security-headers';
import { socialLinks } from '@/lib/seo/socials';
import { activeAnalytics, serviceSources } from '@/lib/services';
import { AnalyticsPixel, ConsentNotice } from './Analytics';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * Header, main and footer around a page, in one frame. Each route passes its
 * own path, so the current nav item is marked in the static HTML, with no
 * client script. What the page puts in `main` keeps to the text column,
 * unless it lays out the page's columns itself (PageColumns).
 */
export function PageShell({
  content,
  path,
  current,
  footerProfiles = true,
  comments = false,
  children,
}: {
  content: Content;
  /** The page's own path: GoatCounter's pixel counts it. */
  path?: string;
  current?: string;
  /** The page shows giscus comments: its policy allows giscus (next start's header allows it site-wide, and a page without narrows it). */
  comments?: boolean;
  /** `false` on a page that shows the author's profiles itself (the about page with `social: true`). */
  footerProfiles?: boolean;
  children: React.ReactNode;
}) {
  // Pages are prerendered: "now" is the build. `last_updated` shows the build day, as al-folio's `site.time` does.
  const built = new Date();
  const analytics = activeAnalytics(content.site);
  // `next start` sends one policy for every page; a page without comments narrows it by a <meta> (both apply).
  // The static export writes each page's policy itself (scripts/export/page.ts).
  const narrow = process.env.NODE_ENV === 'production' && settings.output === 'server' && content.site.giscus && !comments;
  return (
    <>
      {narrow && <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy({ scripts: { inline: 'unsafe' }, meta: true, services: serviceSources(content.site, { comments: false }) })} />}
      <a href="#main" className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-page focus:px-3 focus:py-2">
        Skip to content
      </a>
      <SiteHeader title={content.site.title} items={navItems(content)} current={current} socials={content.site.enable_navbar_social ? socialLinks(content.site) : []} />
      <main id="main" className="page-body frame flex-1 pt-8 sm:pt-12">
        {children}
      </main>
      <SiteFooter site={content.site} built={built} profiles={footerProfiles} />
      {analytics?.provider === 'ga4' && <ConsentNotice measurementId={analytics.measurement_id} />}
      {analytics && path && <AnalyticsPixel analytics={analytics} path={path} />}
    </>
  );
}
