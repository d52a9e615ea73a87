import type { Site } from '@/lib/content';
import { formatDay } from '@/lib/format';
import { socialLinks } from '@/lib/socials';
import { RichHtml } from './RichHtml';
import { SocialLinks } from './SocialLinks';

/**
 * Profiles, copyright, `footer_text`, and with `last_updated: true` the day
 * the site was built: the one date that is never older than an edit (pages
 * carry no dates, and file times are the checkout's, not the author's).
 */
export function SiteFooter({ site, built }: { site: Site; built: Date }) {
  const day = built.toISOString().slice(0, 10);
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col items-center gap-3 px-4 py-8 text-center text-sm text-muted sm:px-6">
        <SocialLinks links={socialLinks(site)} />
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
