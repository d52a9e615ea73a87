import type { Site } from '@/lib/content';
import { socialLinks } from '@/lib/socials';
import { RichHtml } from './RichHtml';
import { SocialLinks } from './SocialLinks';

export function SiteFooter({ site, year }: { site: Site; year: number }) {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-5xl flex-col items-center gap-3 px-4 py-8 text-center text-sm text-muted sm:px-6">
        <SocialLinks links={socialLinks(site)} />
        <p>
          © {year} {site.name}
        </p>
        {site.footer_text && <RichHtml html={site.footer_text} className="footer-text max-w-prose" />}
      </div>
    </footer>
  );
}
