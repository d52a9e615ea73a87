import type { Site } from '@/lib/content';
import { formatDay } from '@/lib/text/dates';
import { socialLinks } from '@/lib/seo/socials';
import { RichHtml } from './RichHtml';
import { SocialLinks } from './SocialLinks';

/**
 * Profiles, copyright, `footer_text`, and with `last_updated: true` the day
 * the site was built (the profiles are left out on a page that shows them): the one date that is never older than an edit (pages
 * carry no dates, and file times are the checkout's, not the author's).
 */
export function SiteFooter({ site, built, profiles = true }: { site: Site; built: Date; profiles?: boolean }) {
  const day = built.toISOString().slice(0, 10);
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="frame flex flex-col items-center gap-3 py-8 text-center text-sm text-muted">
        {profiles && <SocialLinks links={socialLinks(site)} />}
        <p>
          © {built.getUTCFullYear()} {site.name}
        </p>
        {site.footer_text && <RichHtml html={site.footer_text} className="footer-text max-w-prose" />}
        {site.last_updated && (
          <p>
            Last updated <time dateTime={day}>{formatDay(day, site.lang)}</time>
          </p>
        )}
      </div>
    </footer>
  );
}
