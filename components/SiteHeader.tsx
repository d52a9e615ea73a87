import { href, routes } from '@/lib/routing/urls';
import type { NavItem } from '@/lib/content';
import { MobileMenu } from './MobileMenu';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';

/**
 * The site title, the navigation from front matter, search, and the theme
 * switch: plain HTML that works without JavaScript. It stays at the top of
 * the screen on long pages.
 */
export function SiteHeader({ title, items, current }: { title: string; items: NavItem[]; current?: string }) {
  return (
    <header className="site-header sticky top-0 z-40 border-b border-line bg-page/90 backdrop-blur-md print:hidden">
      <div className="frame flex items-center gap-1 py-2">
        <a href={href(routes.home)} className="mr-auto py-2 font-serif text-lg font-semibold tracking-tight text-ink hover:text-accent">
          {title}
        </a>
        <MobileMenu>
          <ul className="flex flex-col gap-0.5 lg:flex-row lg:items-center">
            {items.map((item) => {
              const active = item.href === current;
              return (
                <li key={item.href}>
                  <a
                    href={href(item.href)}
                    aria-current={active ? 'page' : undefined}
                    className={`block rounded-md px-3 py-3 text-base transition-colors hover:bg-surface hover:text-accent lg:py-2 lg:text-[0.95rem] lg:hover:bg-transparent ${
                      active ? 'font-semibold text-accent' : 'text-muted'
                    }`}
                  >
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
