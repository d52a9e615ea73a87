import path from 'node:path';
import { plannedFiles, type ImageRole, type ImageUse } from '../images';
import { loadOptions } from './index';
import { perIndex } from './memo';
import type { Content, Document } from './types';

/**
 * The images the content shows, in the roles lib/images/plan.ts sizes them
 * for: the build makes each one's files (app/img/[file]/), and the content
 * check decodes each one (lib/check/images.ts).
 */

/** Every image the content shows, with the file and line that shows it. */
export function imageUses(content: Content, contentDir = loadOptions().contentDir): ImageUse[] {
  const uses: ImageUse[] = [];
  const add = (src: string, roles: ImageRole[], file: string, line: number) => roles.forEach((role) => uses.push({ src, role, file, line }));
  const frontMatter = (doc: Document, image: { src: string } | undefined, keys: string[], roles: ImageRole[]) => {
    if (image) add(image.src, roles, doc.file, doc.source.lineOf(keys));
  };
  for (const page of content.pages) frontMatter(page, page.profile?.image, ['profile', 'image'], ['profile']);
  for (const post of content.posts) frontMatter(post, post.thumbnail, ['thumbnail'], post.featured ? ['thumbnail', 'featured'] : ['thumbnail']);
  // A projects page shows its cards upright or as al-folio's horizontal cards (a page's choice): both.
  for (const project of content.projects) frontMatter(project, project.image, ['img'], ['card', 'cardRow']);
  const bibliography = path.relative(content.root, path.join(contentDir, 'publications.bib')).split(path.sep).join('/');
  for (const publication of content.publications) if (publication.preview) add(publication.preview.src, ['preview'], bibliography, publication.line);
  for (const doc of [...content.pages, ...content.posts, ...content.news, ...content.projects]) {
    // A figure may be zoomed: the same widths, drawn over the whole page.
    for (const image of doc.derived.images) add(image.src, ['figure', 'zoom'], doc.file, doc.source.bodyLine + image.line - 1);
  }
  return uses;
}

/** Every file the build writes for the site's content, once per content index. */
export const generatedImages = perIndex((content: Content) => plannedFiles(imageUses(content), loadOptions().publicDir));
