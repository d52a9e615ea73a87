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
