import { faBars } from '@fortawesome/free-solid-svg-icons/faBars';
import { faXmark } from '@fortawesome/free-solid-svg-icons/faXmark';
import { Icon } from './Icon';

/**
 * The site navigation: a row of links in the header on wide screens; on
 * phones a popover under the header, opened by the menu button. The browser
 * does the rest, with JavaScript or without: Escape and a tap outside close
 * it, its backdrop dims the page, focus returns to the button (client/menu.ts
 * adds `aria-expanded`). CSS shows the close icon while it is open. `after`
 * (the header's profile icons) sits beside the navigation, not in it.
 */
export function MobileMenu({ children, after }: { children: React.ReactNode; after?: React.ReactNode }) {
  return (
    <>
      <button
        type="button"
        popoverTarget="site-nav"
        aria-controls="site-nav"
        className="menu-button inline-flex size-11 items-center justify-center rounded-full text-muted hover:bg-surface hover:text-accent lg:hidden"
      >
        <Icon icon={faBars} className="menu-closed size-5" />
        <Icon icon={faXmark} className="menu-open size-5" />
        <span className="sr-only">Menu</span>
      </button>
      <div id="site-nav" popover="auto" className="site-nav">
        <nav aria-label="Main">{children}</nav>
        {after}
      </div>
    </>
  );
}
