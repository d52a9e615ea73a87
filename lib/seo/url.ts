import path from 'node:path';
import { loadOptions, type Content } from '../content';
import { ContentError, type ContentIssue } from '../issues';
import type { LoadOptions } from '../content/types';
import { absoluteFrom } from '../routing/urls';

/** Feeds, the sitemap and share cards need absolute URLs: without `url` in site.yml there are none. */
export function missingUrlIssue(options: Pick<LoadOptions, 'contentDir' | 'root'>): ContentIssue {
  const file = path.relative(options.root, path.join(options.contentDir, 'site.yml')).split(path.sep).join('/');
  return {
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message: '`url` is missing: the feeds, the sitemap and share links need the public address of the site',
    fix: 'add url: https://... to content/site.yml',
  };
}

/** The site's public address, e.g. `https://lorenzo.olearo.com` (no trailing slash). */
export function siteUrl(content: Content): string {
  if (!content.site.url) throw new ContentError([missingUrlIssue(loadOptions())]);
  return content.site.url.replace(/\/+$/, '');
}

/** `/blog/2024/post/` as `https://example.org/blog/2024/post/` (with the base path, when the site has one). */
export function absoluteUrl(content: Content, path: string): string {
  return absoluteFrom(siteUrl(content), path);
}
