'use client';
import { useTheme } from 'next-themes';
import { faMoon } from '@fortawesome/free-solid-svg-icons/faMoon';
import { faSun } from '@fortawesome/free-solid-svg-icons/faSun';
import { Icon } from './Icon';

/** Switches between the light and dark theme; the choice persists across visits. */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  return (
    <button
      type="button"
      onClick={() => setTheme(resolvedTheme === 'dark' ? 'light' : 'dark')}
      className="inline-flex size-11 items-center justify-center rounded-full text-muted transition-colors hover:bg-surface hover:text-accent"
      title="Toggle dark mode"
    >
      {/* Both icons are in the HTML; CSS shows the right one before any script runs. */}
      <Icon icon={faMoon} className="size-5 dark:hidden" />
      <Icon icon={faSun} className="hidden size-5 dark:block" />
      <span className="sr-only">Toggle dark mode</span>
    </button>
  );
}
