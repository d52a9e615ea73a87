/**
 * The phone menu is a popover (components/SiteHeader.tsx): the browser opens
 * it from its button, closes it on Escape or a tap outside, draws its
 * backdrop and returns focus, with JavaScript or without. This adds what
 * HTML cannot say: the button's `aria-expanded` once it is used, and closing it when the
 * window widens into the desktop header, where the links sit in a row.
 * A browser without popovers gets the same menu from a class.
 */
const nav = document.getElementById('site-nav');
const button = document.querySelector<HTMLButtonElement>('[popovertarget="site-nav"]');

if (nav && button) {
  const supported = Object.hasOwn(HTMLElement.prototype, 'popover');
  const isOpen = () => (supported ? nav.matches(':popover-open') : nav.classList.contains('open'));
  // Set on each toggle, never before: React may not have hydrated the header yet, and the
  // browser already gives a popover's button its expanded state until then.
  const sync = () => button.setAttribute('aria-expanded', String(isOpen()));
  if (supported) nav.addEventListener('toggle', sync);
  else {
    button.addEventListener('click', () => {
      nav.classList.toggle('open');
      sync();
    });
  }
  matchMedia('(min-width: 48rem)').addEventListener('change', (event) => {
    if (!event.matches || !isOpen()) return;
    if (supported) nav.hidePopover();
    else nav.classList.remove('open');
    sync();
  });
}

/**
 * Header submenus (components/NavMenu.tsx) are <details>: the browser opens
 * them by mouse, Enter and Space, and Tab walks their links, without this.
 * This adds what a menu of links is expected to do besides: Escape closes
 * it and returns focus to its title, the arrow keys (and Home, End) move
 * through its links, ArrowDown on the title opens it, and a click or focus
 * anywhere else closes it.
 */
const submenus = [...document.querySelectorAll<HTMLDetailsElement>('details[data-nav-menu]')];
const linksOf = (menu: HTMLDetailsElement) => [...menu.querySelectorAll<HTMLAnchorElement>('.nav-menu-items a')];

for (const menu of submenus) {
  const summary = menu.querySelector('summary');
  if (!summary) continue;
  menu.addEventListener('keydown', (event) => {
    const links = linksOf(menu);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    let next: HTMLAnchorElement | undefined;
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      summary.focus();
      event.preventDefault();
      // The phone menu is a popover that Escape would close too: this key closed the submenu only.
      event.stopPropagation();
      return;
    }
    if (event.key === 'ArrowDown') next = at < 0 ? links[0] : links[(at + 1) % links.length];
    else if (event.key === 'ArrowUp') next = at < 0 ? links.at(-1) : links[(at - 1 + links.length) % links.length];
    else if (event.key === 'Home' && at >= 0) next = links[0];
    else if (event.key === 'End' && at >= 0) next = links.at(-1);
    if (!next) return;
    menu.open = true;
    next.focus();
    event.preventDefault();
  });
  // Focus leaving the submenu (Tab past its last link, a click elsewhere) closes it.
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node | null)) menu.open = false;
  });
}

if (submenus.length > 0) {
  document.addEventListener('click', (event) => {
    for (const menu of submenus) if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}
