import path from 'node:path';
import { parseContentDate } from '../../content/fields';
import { distillFrontMatter } from './distill-post';
import { FrontMatter } from './front-matter';
import { layoutOnlyKeys } from './layout-keys';
import { isFalse, type ImportRun } from './import-run';
import { convertFile } from './import-convert';
import { POST_NAME } from './jekyll';

/** Layouts a post may keep; another is the site's own, and the post is imported as `layout: post`. */
const POST_LAYOUTS = ['post', 'distill', 'default'];

/** al-folio's `_posts/` → content/blog/, under the same names; a future or unpublished post becomes a draft. */

export function importPosts(run: ImportRun) {
  for (const file of run.collectionFiles('_posts')) {
    const match = POST_NAME.exec(path.basename(file));
    if (!match) {
      run.skip(file, 'not named YYYY-MM-DD-title.md: Jekyll does not build it as a post');
      continue;
    }
    if (run.isDemo(file)) continue;
    const source = run.read(file);
    const name = `${match[1]}-${match[2]}`;
    if (!source) {
      run.copyUnconverted(file, `content/blog/${name}`, 'posts');
      continue;
    }
    const written = source.data.date;
    const date = typeof written === 'string' || written instanceof Date ? parseContentDate(written) : parseContentDate(match[1]!);
    const frontMatter = new FrontMatter(run.frontMatterText(file, source));
    if (source.data.published === false || isFalse(source.data.published))
      run.note(file, source.lineOf(['published']), '`published: false`: imported as a draft (shown only in `npm run dev`)');
    else if (date && new Date(date.iso) > run.now && source.data.draft === undefined) {
      frontMatter.set('draft', true);
      run.note(file, source.lineOf(['date']), 'dated in the future (Jekyll does not build it yet): imported as a draft, `draft: true` added');
    }
    const layout = source.data.layout;
    const distill = layout === 'distill';
    if (distill) distillFrontMatter(run, file, source, frontMatter);
    else if (typeof layout === 'string' && !POST_LAYOUTS.includes(layout)) {
      frontMatter.set('layout', 'post');
      run.note(file, source.lineOf(['layout']), `layout \`${layout}\` is the site's own: imported as \`layout: post\``);
      layoutOnlyKeys(run, file, source, layout, 'post', 'post');
    }
    if (typeof source.data.permalink === 'string')
      run.leftover(file, source.lineOf(['permalink']), `post permalink \`${source.data.permalink}\`: Folio serves every post at /blog/YEAR/SLUG/`);
    run.frontMatterFiles(file, source, ['thumbnail'], '');
    convertFile(run, file, source, 'post', `content/blog/${name}`, 'posts', { frontMatter, distill });
  }
}
