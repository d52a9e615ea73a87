'use client';
import { ThemeProvider as NextThemes } from 'next-themes';

/**
 * next-themes puts a tiny blocking script in the page head that sets the
 * `dark` class before first paint (no flash of the wrong theme), follows the
 * system until the visitor chooses, and remembers the choice.
 */
export function ThemeProvider({ children }: { children: React.ReactNode }) {
  return (
    <NextThemes attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
    </NextThemes>
  );
}
