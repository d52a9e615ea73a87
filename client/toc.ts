/**
 * The sidebar table of contents (components/TableOfContents.tsx) marks the
 * section being read with `aria-current="location"`. Without this, the list
 * is still a working table of contents.
 */
export function highlightTableOfContents() {
  for (const toc of document.querySelectorAll<HTMLElement>('[data-folio-toc]')) {
    const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((el): el is HTMLElement => el !== null);
    if (sections.length === 0) continue;
    const mark = () => {
      // The current section is the last heading above a line 30% down the screen.
      const line = innerHeight * 0.3;
      let current = sections[0]!;
      for (const section of sections) if (section.getBoundingClientRect().top <= line) current = section;
      for (const a of links) {
        if (decodeURIComponent(a.hash.slice(1)) === current.id) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    };
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
    for (const section of sections) observer.observe(section);
    addEventListener('scroll', mark, { passive: true });
    mark();
  }
}
