import type { ImportRun } from './import-run';
import { carriedDataFiles, carriedTeachings } from './services';

/**
 * What is imported as it is: the bibliography, the collections Folio has no
 * place for, and the site's files (assets/img/, and every file the
 * converted content links to).
 */

export function importBibliography(run: ImportRun, config: Record<string, unknown>) {
  const scholar = (config.scholar ?? {}) as { source?: unknown; bibliography?: unknown };
  const folder = typeof scholar.source === 'string' ? scholar.source.replace(/^\/|\/$/g, '') : '_bibliography';
  const name = typeof scholar.bibliography === 'string' ? scholar.bibliography : 'papers.bib';
  const bib = `${folder}/${name.endsWith('.bib') ? name : `${name}.bib`}`;
  const written = run.bytes(bib);
  if (!written) return run.note(bib, 1, 'no bibliography: content/publications.bib is not written');
  // al-folio's demo entries (einstein1950meaning, ...) stay behind; every other byte is copied as written.
  const filtered = run.demo.bibliography(bib, written.toString('utf8'));
  const bytes = filtered === written.toString('utf8') ? written : Buffer.from(filtered, 'utf8');
  run.emit('content/publications.bib', bytes, 'publications');
  // al-folio finds an entry's local files by name: previews in assets/img/publication_preview/, the rest in assets/pdf/.
  const FILE_FIELD = /^\s*(pdf|supp|poster|slides|preview)\s*=\s*[{"]\s*([^}"]*?)\s*[}"]/gim;
  const text = bytes.toString('utf8');
  for (const m of text.matchAll(FILE_FIELD)) {
    const [, field, value] = m as unknown as [string, string, string];
    if (!value || /^[a-z]+:|^\/\//i.test(value)) continue;
    const folder = field.toLowerCase() === 'preview' ? 'assets/img/publication_preview/' : 'assets/pdf/';
    const line = text.slice(0, m.index).split('\n').length;
    run.references.push({ file: bib, line, path: value.startsWith('/') ? value.slice(1) : folder + value });
  }
}

/** `_data/venues.yml` and `_data/coauthors.yml`: the badges' colours and links, the coauthors' pages; content/ takes them as they are. */
export function importPublicationData(run: ImportRun) {
  for (const name of ['venues', 'coauthors']) {
    const file = `_data/${name}.yml`;
    const bytes = run.isDemo(file) ? null : run.bytes(file);
    if (bytes) run.emit(`content/${name}.yml`, bytes, 'publication data');
  }
}

/** Collections Folio has no place for (books, teachings, ...): copied to content/_imported/ as they are, each a leftover. */
export function keepForLater(run: ImportRun, config: Record<string, unknown>) {
  const collections = Object.keys((config.collections ?? {}) as Record<string, unknown>).filter((c) => !['posts', 'news', 'projects', 'teachings'].includes(c));
  for (const name of collections) {
    if (!run.collection(name)) continue;
    const files = run.collectionFiles(`_${name}`).filter((file) => !run.isDemo(file));
    if (files.length === 0) continue;
    for (const file of files) run.emit(`content/_imported/${file.slice(1)}`, run.bytes(file)!, 'kept for later');
    run.leftover(
      '_config.yml',
      run.configLine(['collections', name]),
      `the \`${name}\` collection (${files.length} file${files.length === 1 ? '' : 's'}): Folio has no ${name} pages; kept in content/_imported/${name}/, move what you want into pages`,
    );
  }
}

/** assets/img/**, and every other site file the converted content links to, into public/ under the same path. */
export function copyFiles(run: ImportRun) {
  const { files, skipped } = run.jekyll.walk('assets/img');
  skipped.forEach((s) => run.skip(s.file, s.reason));
  // al-folio's demo images stay behind, unless the author's own content shows one.
  const shown = new Set(run.references.map((r) => r.path));
  const images = files.filter((file) => shown.has(file) || !run.isDemo(file));
  const copied = new Set(images);
  for (const file of images) run.emit(`public/${file}`, run.bytes(file)!, 'files');
  const seen = new Set<string>();
  for (const ref of run.references) {
    if (copied.has(ref.path)) continue;
    if (/\.html?$/.test(ref.path)) continue;
    const why = run.jekyll.exists(ref.path) ? run.jekyll.whySkipped(ref.path) : run.reader.isRefused(ref.path) ? 'refused' : 'missing';
    if (why) {
      const message =
        why === 'missing'
          ? `\`/${ref.path}\` is not a file of the site: add it to public/${ref.path} or fix the link`
          : why === 'refused'
            ? `\`/${ref.path}\` is a symbolic link out of the site: refused, nothing of it was copied (copy the file itself into public/${ref.path} if it is yours to publish)`
            : `\`/${ref.path}\` is not part of the built site (${why})`;
      run.leftover(ref.file, ref.line, message);
      continue;
    }
    if (seen.has(ref.path)) continue;
    seen.add(ref.path);
    run.emit(`public/${ref.path}`, run.bytes(ref.path)!, 'files');
  }
}

/** `_teachings` (in the language carried), `_data/repositories.yml` and `CNAME` (./services.ts); al-folio's demo ones left out. */
export function importCarriedFiles(run: ImportRun) {
  const courses = carriedTeachings(run.reader, run.collection('teachings') ? run.collectionFiles('_teachings') : []);
  const data = carriedDataFiles(run.reader);
  for (const f of [...courses.files, ...data.files]) run.emit(f.target, f.data, f.target.startsWith('content/teaching/') ? 'courses' : f.from);
  for (const file of [...courses.demo, ...data.demo]) run.skip(file, "al-folio's demo content");
  if (courses.files.length > 0) run.counted('courses', courses.files.length);
}
