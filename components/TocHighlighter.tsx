'use client';
import { useEffect, useRef } from 'react';

/**
 * Marks the link of the section being read (`aria-current="location"`) in
 * the sidebar table of contents it wraps. Without JavaScript the list is
 * still a working table of contents.
 */
export function TocHighlighter({ children }: { children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const links = [...(root.current?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
    const sections = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((el): el is HTMLElement => !!el);
    if (sections.length === 0) return;
    const mark = () => {
      // The current section is the last heading above a line 30% down the screen.
      const line = window.innerHeight * 0.3;
      let current = sections[0]!;
      for (const section of sections) if (section.getBoundingClientRect().top <= line) current = section;
      for (const a of links) {
        if (decodeURIComponent(a.hash.slice(1)) === current.id) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    };
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
    sections.forEach((s) => observer.observe(s));
    window.addEventListener('scroll', mark, { passive: true });
    mark();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', mark);
    };
  }, []);

  return <div ref={root}>{children}</div>;
}
