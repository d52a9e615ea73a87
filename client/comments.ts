/**
 * giscus comments (components/Comments.tsx): nothing is fetched from
 * giscus.app until the reader presses "Show comments", or, when the author
 * set `loading: lazy`, until the comments come into view. Then giscus' own
 * script is added with the settings the page carries and the theme the page
 * shows; when the reader switches the theme, the comments follow.
 */
const ORIGIN = 'https://giscus.app';

const theme = () => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');

function load(section: HTMLElement) {
  if (section.dataset.folioCommentsLoaded) return;
  section.dataset.folioCommentsLoaded = 'true';
  const script = document.createElement('script');
  script.src = `${ORIGIN}/client.js`;
  for (const [key, value] of Object.entries(section.dataset)) {
    // data-giscus-repo-id → data-repo-id, as giscus' script reads them.
    if (key.startsWith('giscus') && value !== undefined) script.setAttribute(`data-${key.slice(6).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '')}`, value);
  }
  script.dataset.theme = theme();
  script.crossOrigin = 'anonymous';
  script.async = true;
  section.querySelector('.giscus')?.before(script);
  section.querySelector('[data-folio-comments-intro]')?.remove();
  // The theme switch (client/theme.ts) marks <html>; giscus hears it by message.
  new MutationObserver(() => {
    const frame = section.querySelector<HTMLIFrameElement>('iframe.giscus-frame');
    frame?.contentWindow?.postMessage({ giscus: { setConfig: { theme: theme() } } }, ORIGIN);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}

export function enhanceComments() {
  const section = document.querySelector<HTMLElement>('[data-folio-comments]');
  if (!section) return;
  section.querySelector('[data-folio-comments-show]')?.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    event.preventDefault();
    load(section);
  });
  if (section.dataset.folioComments === 'lazy') {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      load(section);
    }, { rootMargin: '200px' });
    seen.observe(section);
  }
}
