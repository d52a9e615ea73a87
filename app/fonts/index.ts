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

/**
 * Source Serif 4 for body text (site.yml's `theme.fonts.body:
 * source-serif-4`): regular, italic and bold. Not preloaded: most sites
 * do not pick it, and a browser fetches a face only where the page uses it.
 * So it arrives after the page's first paint, and `swap` then reflowed the
 * text (a description a word longer in the new face took a second line and
 * pushed the post down: a layout shift of 0.02). `optional` uses the face
 * only if it is there within the first moment (from the browser's cache, on
 * every page after the first), else the fallback for that page: the text
 * never moves under the reader.
 */
export const textSerifFont = localFont({
  src: [
    { path: '../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', weight: '400', style: 'italic' },
    { path: '../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'optional',
  preload: false,
  variable: '--font-serif-text',
  fallback: ['Georgia', 'Cambria', 'Times New Roman', 'serif'],
});
