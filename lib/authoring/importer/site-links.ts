import path from 'node:path';
import { parseContentDate } from '../../content/fields';
import { routes } from '../../routing/urls';
import type { SiteLinks } from './body';
import { flatName, permalinkOf, type ImportRun } from './import-run';
import { MARKDOWN, POST_NAME } from './jekyll';
import { isTrue } from './pages';

/**
 * Where Jekyll's `{% post_url %}` and `{% link %}` lead once the site is
 * Folio's: a post at /blog/YEAR/SLUG/, a page at its permalink, a news item
 * or a project at its own page, any other file of the site at its path.
 * Read lazily, from the files the import reads anyway.
 */
export function siteLinks(run: ImportRun, pages: string[]): SiteLinks {
  let posts: Map<string, string> | undefined;
  const postUrls = () => {
    if (posts) return posts;
    posts = new Map();
    for (const file of run.jekyll.walk('_posts').files) {
      const match = POST_NAME.exec(path.basename(file));
      if (!match) continue;
      const written = run.read(file)?.data.date;
      const date = (typeof written === 'string' || written instanceof Date ? parseContentDate(written) : null) ?? parseContentDate(match[1]!);
      if (!date) continue;
      const url = routes.post(date.year, match[2]!.toLowerCase());
      // post_url names a post by its file name, with the folders under _posts/ when it is in one.
      const name = file.replace(/^_posts\//, '').replace(MARKDOWN, '');
      posts.set(name, url);
      if (!posts.has(path.basename(name))) posts.set(path.basename(name), url);
      posts.set(file, url);
    }
    return posts;
  };

  const pageUrl = (file: string) => {
    const source = run.read(file);
    return permalinkOf(source) ?? `/${flatName(run.languages?.withoutFolder(file) ?? file, '_pages/')}/`;
  };

  return {
    post: (name) => postUrls().get(name.replace(MARKDOWN, '')) ?? null,
    file: (target) => {
      const post = target.startsWith('_posts/') ? postUrls().get(target) : undefined;
      if (post) return post;
      if (pages.includes(target)) return pageUrl(target);
      if (!run.jekyll.exists(target)) return null;
      const collection = /^_(news|projects)\/(.+)$/.exec(target);
      if (collection && MARKDOWN.test(target)) {
        const data = run.read(target)?.data ?? {};
        if (collection[1] === 'news') {
          const name = path.basename(target);
          const slug = (POST_NAME.exec(name)?.[2] ?? name.replace(MARKDOWN, '')).toLowerCase();
          return isTrue(data.inline) ? routes.newsAnchor(slug) : routes.newsItem(slug);
        }
        return typeof data.redirect === 'string' && data.redirect ? data.redirect : routes.project(flatName(run.languages?.withoutFolder(target) ?? target, '_projects/'));
      }
      return `/${target}`;
    },
  };
}
