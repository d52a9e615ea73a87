import { faChevronDown } from '@fortawesome/free-solid-svg-icons/faChevronDown';
import { href } from '@/lib/routing/urls';
import type { NavItem } from '@/lib/content';
import { Icon } from './Icon';

/** The look of a header link; `current` marks the page the visitor is on. */
export function navLinkClass(current: boolean): string {
  return `block rounded-md px-3 py-3 text-base transition-colors hover:bg-surface hover:text-accent lg:py-2 lg:text-[0.95rem] lg:hover:bg-transparent ${
    current ? 'font-semibold text-accent' : 'text-muted'
  }`;
}

/**
 * al-folio's header submenu (`dropdown: true`): a disclosure (<details>) the
 * browser opens by mouse, Enter or Space, with JavaScript or without; Tab
 * walks its links. On wide screens it drops below the header; in the phone
 * menu it opens in place. `name` keeps one open at a time. client/menu.ts
 * adds Escape, the arrow keys, and closing it on a click or focus elsewhere.
 */
export function NavMenu({ item, current }: { item: Required<NavItem>; current?: string }) {
  const here = item.children.some((child) => 'href' in child && child.href === current);
  return (
    <li className="nav-menu">
      <details name="site-nav-menu" data-nav-menu>
        <summary className={`${navLinkClass(here)} flex cursor-pointer list-none items-center gap-1.5`}>
          {item.title}
          <Icon icon={faChevronDown} className="nav-menu-chevron size-3" />
        </summary>
        <ul className="nav-menu-items">
          {item.children.map((child, index) =>
            'divider' in child ? (
              <li key={`divider-${index}`} className="nav-menu-divider">
                <hr />
              </li>
            ) : (
              <li key={`${child.href}-${index}`}>
                <a href={href(child.href)} aria-current={child.href === current ? 'page' : undefined} className={`${navLinkClass(child.href === current)} lg:px-4`}>
                  {child.title}
                </a>
              </li>
            ),
          )}
        </ul>
      </details>
    </li>
  );
}
