import type { Metadata } from 'next';
import type { Content } from './content';

/** The metadata every page shares: its title, description and one canonical URL. */
export function pageMetadata(content: Content, page: { title?: string; description?: string; path: string }): Metadata {
  return {
    title: page.title,
    description: page.description ?? content.site.description,
    alternates: { canonical: page.path },
  };
}

/** Site-wide defaults: the title template, the base URL, the favicon. */
export function siteMetadata(content: Content): Metadata {
  const { site } = content;
  return {
    metadataBase: site.url ? new URL(site.url) : undefined,
    title: { default: site.title, template: `%s | ${site.title}` },
    description: site.description,
    authors: [{ name: site.name }],
    icons: site.favicon ? { icon: faviconHref(site.favicon) } : undefined,
  };
}

/** al-folio allows an emoji as the favicon: draw it in an SVG data URL. An image path is used as it is. */
function faviconHref(favicon: string): string {
  if (/\.(png|ico|svg|jpe?g|webp)$/i.test(favicon)) return favicon.startsWith('/') ? favicon : `/assets/img/${favicon}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${favicon}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
