import { href, routes } from '@/lib/urls';
import type { NavItem } from '@/lib/content';
import { MobileMenu } from './MobileMenu';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';

/** The site title, the navigation from front matter, search, and the theme switch. */
export function SiteHeader({ title, items, current }: { title: string; items: NavItem[]; current?: string }) {
  return (
    <header className="relative border-b border-line print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-2 px-4 py-2 sm:px-6">
        <a href={href(routes.home)} className="mr-auto py-2 font-serif text-lg font-semibold tracking-tight text-ink hover:text-accent">
          {title}
        </a>
        <MobileMenu>
          <ul className="flex flex-col gap-1 md:flex-row md:items-center md:gap-1">
            {items.map((item) => {
              const active = item.href === current;
              return (
                <li key={item.href}>
                  <a
                    href={href(item.href)}
                    aria-current={active ? 'page' : undefined}
                    className={`block rounded-md px-3 py-2.5 text-[0.95rem] capitalize transition-colors hover:text-accent md:py-2 ${
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
