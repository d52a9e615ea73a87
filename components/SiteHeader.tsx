import { href, routes } from '@/lib/routing/urls';
import type { NavItem } from '@/lib/content';
import type { SocialLink } from '@/lib/seo/socials';
import { MobileMenu } from './MobileMenu';
import { NavMenu, navLinkClass } from './NavMenu';
import { SearchButton } from './SearchButton';
import { SocialLinks } from './SocialLinks';
import { ThemeToggle } from './ThemeToggle';

/**
 * The site title, the navigation from front matter (a page with
 * `dropdown: true` as a submenu), the profile icons when `site.yml` says
 * `enable_navbar_social: true`, search, and the theme switch: plain HTML
 * that works without JavaScript. It stays at the top of the screen on long
 * pages. On a phone the links, submenus and icons are in the menu.
 */
export function SiteHeader({ title, items, current, socials = [] }: { title: string; items: NavItem[]; current?: string; socials?: SocialLink[] }) {
  return (
    <header className="site-header sticky top-0 z-40 border-b border-line bg-page/90 backdrop-blur-md print:hidden">
      <div className="frame flex items-center gap-1 py-2">
        <a href={href(routes.home)} className="mr-auto py-2 font-serif text-lg lg:whitespace-nowrap font-semibold tracking-tight text-ink hover:text-accent">
          {title}
        </a>
        <MobileMenu
          after={
            socials.length > 0 && (
              <div className="header-socials mt-2 border-t border-line pt-2 lg:mt-0 lg:border-0 lg:pt-0">
                <SocialLinks links={socials} size="sm" />
              </div>
            )
          }
        >
          <ul className="flex flex-col gap-0.5 lg:flex-row lg:items-center">
            {items.map((item) => {
              if (item.children) return <NavMenu key={item.href} item={{ ...item, children: item.children }} current={current} />;
              const active = item.href === current;
              return (
                <li key={item.href}>
                  <a href={href(item.href)} aria-current={active ? 'page' : undefined} className={navLinkClass(active)}>
                    {item.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </MobileMenu>
        <SearchButton />
        <ThemeToggle />
      </div>
    </header>
  );
}
