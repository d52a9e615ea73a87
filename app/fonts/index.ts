import localFont from 'next/font/local';

/**
 * Headings use Source Serif 4 (semibold, Latin), from the @fontsource
 * package: no network at build, one 21 KB file. Body text uses the system's
 * sans-serif, which costs nothing to load.
 */
export const headingFont = localFont({
  src: '../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
  weight: '600',
  style: 'normal',
  display: 'swap',
  variable: '--font-heading',
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
});
