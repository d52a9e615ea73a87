'use client';
import { useEffect, useRef, useState } from 'react';
import { faBars } from '@fortawesome/free-solid-svg-icons/faBars';
import { faXmark } from '@fortawesome/free-solid-svg-icons/faXmark';
import { Icon } from './Icon';

/**
 * The site navigation. On wide screens its links sit in the header; on
 * phones they fold behind a menu button (Escape closes it and returns focus).
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="inline-flex size-11 items-center justify-center rounded-full text-muted hover:bg-surface hover:text-accent md:hidden"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen(!open)}
      >
        <Icon icon={open ? faXmark : faBars} className="size-5" />
        <span className="sr-only">Menu</span>
      </button>
      <nav
        id="site-nav"
        aria-label="Main"
        className={`${open ? 'block' : 'hidden'} absolute inset-x-0 top-full border-b border-line bg-page px-4 pb-4 shadow-sm md:static md:block md:border-0 md:bg-transparent md:p-0 md:shadow-none`}
      >
        {children}
      </nav>
    </>
  );
}
