import { navItems, type Content } from '@/lib/content';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * Header, main and footer around a page. Each route passes its own path, so
 * the current nav item is marked in the static HTML, with no client script.
 */
export function PageShell({ content, current, children }: { content: Content; current?: string; children: React.ReactNode }) {
  // Pages are prerendered: "now" is the build. `last_updated` shows the build day, as al-folio's `site.time` does.
  const built = new Date();
  return (
    <>
      <a href="#main" className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-page focus:px-3 focus:py-2">
        Skip to content
      </a>
      <SiteHeader title={content.site.title} items={navItems(content)} current={current} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-10 sm:px-6 sm:pt-14">
        {children}
      </main>
      <SiteFooter site={content.site} built={built} />
    </>
  );
}
