import { flatName, type ImportRun } from './import-run';
import { convertFile } from './import-convert';

/** al-folio's `_projects` collection → content/projects/, front matter as it is. */

export function importProjects(run: ImportRun) {
  if (!run.collection('projects')) return;
  for (const { file, source, name } of run.publishedMarkdown('_projects', 'projects', (file) => flatName(run.languages?.withoutFolder(file) ?? file, '_projects/'))) {
    run.frontMatterFiles(file, source, ['img'], '');
    convertFile(run, file, source, 'project', `content/projects/${name}`, 'projects');
  }
}
