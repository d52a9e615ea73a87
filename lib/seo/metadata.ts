import { htmlToText } from '../text';
import type { Metadata } from 'next';
import type { Content, ContentDate, LocalImage, Page } from '../content';
import { href } from '../routing/urls';
import { shareImageOf, siteFeeds } from './public-routes';

export type PageInfo = {
  title?: string;
  description?: string;
  /** The page's own URL path: its canonical address, and the key of its share image. */
  path: string;
  /** A post's `thumbnail`, shared instead of the generated image. */
  image?: LocalImage;
  /** Posts: OpenGraph's article fields. */
  article?: { published: ContentDate; modified?: ContentDate; tags?: string[] };
  /** The title of the page's share card, when it is not the page's title (the about page's is the person's name). */
  shareTitle?: string;
};

/**
 * A content page's metadata. The about page is shared as the person: its card
 * is titled with the name and described by the subtitle (role, affiliation)
 * unless the page has a description of its own.
 */
export function contentPageInfo(content: Content, page: Page): PageInfo {
  const about = page.layout === 'about';
  return {
    title: page.title,
    description: page.description ?? (about ? page.subtitle : undefined),
    path: page.permalink,
    shareTitle: about ? content.site.name : undefined,
  };
}

/** A content page's metadata, or, for a page that moved (`redirect:`), its title and the new place as canonical. */
export function contentPageMetadata(content: Content, page: Page): Metadata {
  return page.redirect ? movedMetadata(page.title, page.redirect) : pageMetadata(content, contentPageInfo(content, page));
}

const SHARE_IMAGE = { width: 1200, height: 630 };

/**
 * The metadata of every page: title, description, one canonical URL, the
 * feeds, and the OpenGraph and Twitter cards with the page's share image.
 * Next resolves the paths against `metadataBase` (site.yml `url`); each
 * carries the base path (lib/routing/urls.ts), which Next does not add to metadata.
 */
export function pageMetadata(content: Content, page: PageInfo): Metadata {
  const { site } = content;
  const title = page.shareTitle ?? page.title ?? site.title;
  const description = htmlToText(page.description ?? site.description) || undefined;
  const image = page.image
    ? { url: href(page.image.src), width: page.image.width, height: page.image.height, alt: title }
    : { url: href(shareImageOf(content, page.path)), ...SHARE_IMAGE, alt: title, type: 'image/png' };
  const x = site.socials.x_username ? `@${site.socials.x_username.replace(/^@/, '')}` : undefined;
  return {
    title: page.title,
    description,
    alternates: { canonical: href(page.path), types: feedAlternates(content) },
    openGraph: {
      ...(page.article
        ? {
            type: 'article',
            publishedTime: page.article.published.iso,
            modifiedTime: page.article.modified?.iso,
            authors: [site.name],
            tags: page.article.tags,
          }
        : { type: 'website' }),
      title,
      description,
      url: href(page.path),
      siteName: site.title,
      locale: site.lang.replace('-', '_'),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: title }], site: x, creator: x },
  };
}

/**
 * A page that moved (`redirect:`): its title, and the new place as its
 * canonical address, so search engines credit the page it leads to. No
 * share card: the page is not meant to be shared.
 */
export function movedMetadata(title: string, target: string): Metadata {
  return { title, alternates: { canonical: href(target) } };
}

/** Site-wide defaults: the title template, the base URL, the favicon, the feeds. */
export function siteMetadata(content: Content): Metadata {
  const { site } = content;
  return {
    metadataBase: site.url ? new URL(site.url) : undefined,
    title: { default: site.title, template: `%s | ${site.title}` },
    description: htmlToText(site.description) || undefined,
    authors: [{ name: site.name }],
    icons: site.favicon ? { icon: faviconHref(site.favicon) } : undefined,
    alternates: { types: feedAlternates(content) },
    openGraph: { siteName: site.title, type: 'website' },
  };
}

function feedAlternates(content: Content) {
  const { title } = content.site;
  return Object.fromEntries(siteFeeds(content).map((feed) => [feed.type, [{ url: href(feed.path), title: `${title} (${feed.name})` }]]));
}


/** al-folio allows an emoji as the favicon: draw it in an SVG data URL. An image path is used as it is. */
function faviconHref(favicon: string): string {
  if (/\.(png|ico|svg|jpe?g|webp)$/i.test(favicon)) return href(favicon.startsWith('/') ? favicon : `/assets/img/${favicon}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${favicon}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
