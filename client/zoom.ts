/**
 * Figure zoom. A zoomable figure (components/mdx/Figure.tsx) links to its
 * lightbox, which CSS shows as the link's `:target`, so it opens without
 * JavaScript. This opens it without touching the address or the history,
 * focuses it, closes it on a click, a tap or Escape, and gives focus back to
 * the figure. On a phone the lightbox shows the image larger than the screen,
 * to pan with a finger: it opens on the image's middle.
 */
const root = document.documentElement;
let shown: { lightbox: HTMLElement; opener: HTMLElement } | undefined;

function open(opener: HTMLAnchorElement): boolean {
  const lightbox = document.getElementById(decodeURIComponent(opener.hash.slice(1)));
  if (!lightbox) return false;
  shown = { lightbox, opener };
  lightbox.classList.add('open');
  root.classList.add('zoomed');
  lightbox.focus();
  lightbox.scrollLeft = (lightbox.scrollWidth - lightbox.clientWidth) / 2;
  lightbox.scrollTop = (lightbox.scrollHeight - lightbox.clientHeight) / 2;
  return true;
}

function close() {
  if (!shown) return;
  shown.lightbox.classList.remove('open');
  root.classList.remove('zoomed');
  shown.opener.focus({ preventScroll: true });
  shown = undefined;
}

addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  if (shown && shown.lightbox.contains(event.target)) {
    event.preventDefault();
    close();
    return;
  }
  const opener = event.target.closest<HTMLAnchorElement>('a[data-folio-zoom]');
  if (opener && open(opener)) event.preventDefault();
});

addEventListener('keydown', (event) => {
  if (!shown) return;
  if (event.key === 'Escape') close();
  // The lightbox is the one thing to act on while it is open.
  else if (event.key === 'Tab') event.preventDefault();
});
