import path from 'node:path';
import type { ImportRun } from './import-run';
import { convertFile } from './import-convert';
import { MARKDOWN } from './jekyll';

/** al-folio's `_news` collection → content/news/. */

export function importNews(run: ImportRun) {
  if (!run.collection('news')) return;
  for (const { file, source, name } of run.publishedMarkdown('_news', 'news', (file) => path.basename(file).replace(MARKDOWN, ''))) {
    convertFile(run, file, source, 'news', `content/news/${name}`, 'news');
  }
}
