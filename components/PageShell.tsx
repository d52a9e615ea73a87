import { navItems, type Content } from '@/lib/content';
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
  current,
  footerProfiles = true,
  children,
}: {
  content: Content;
  current?: string;
  /** `false` on a page that shows the author's profiles itself (the about page with `social: true`). */
  footerProfiles?: boolean;
  children: React.ReactNode;
}) {
  // Pages are prerendered: "now" is the build. `last_updated` shows the build day, as al-folio's `site.time` does.
  const built = new Date();
  return (
    <>
      <a href="#main" className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-page focus:px-3 focus:py-2">
        Skip to content
      </a>
      <SiteHeader title={content.site.title} items={navItems(content)} current={current} />
      <main id="main" className="page-body frame flex-1 pt-8 sm:pt-12">
        {children}
      </main>
      <SiteFooter site={content.site} built={built} profiles={footerProfiles} />
    </>
  );
}
