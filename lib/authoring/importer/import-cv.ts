import YAML from 'yaml';
import { isOlderCv, olderCvToRenderCv } from './cv-data';
import type { ImportRun } from './import-run';

/**
 * al-folio's CV data: `_data/cv.yml` (RenderCV, al-folio v1) →
 * content/cv.yml, and the JSON Resume jekyll-get-json reads
 * (`assets/json/resume.json`) → content/resume.json. Returns the formats
 * written, in al-folio's order of preference.
 */
export function importCvData(run: ImportRun): ('rendercv' | 'jsonresume')[] {
  const formats: ('rendercv' | 'jsonresume')[] = [];
  const cv = '_data/cv.yml';
  let olderCv = false;
  let olderData: unknown;
  const cvBytes = run.isDemo(cv) ? null : run.bytes(cv);
  if (cvBytes) {
    const doc = YAML.parseDocument(cvBytes.toString('utf8'));
    const data: unknown = doc.errors.length === 0 ? doc.toJS() : null;
    if (doc.errors.length > 0) {
      run.leftover(cv, doc.errors[0]!.linePos?.[0].line ?? 1, `not valid YAML (${doc.errors[0]!.message.split('\n')[0]}): the CV was not imported`);
    } else if (data && typeof data === 'object' && 'cv' in data) {
      run.emit('content/cv.yml', cvBytes, 'CV');
      formats.push('rendercv');
    } else {
      run.emit('content/_imported/cv.yml', cvBytes, 'kept for later');
      olderCv = true;
      olderData = data;
    }
  }
  const getJson = Array.isArray(run.config.jekyll_get_json) ? (run.config.jekyll_get_json as { data?: unknown; json?: unknown }[]) : [];
  const declared = getJson.find((entry) => entry?.data === 'resume')?.json;
  const resume = typeof declared === 'string' && !/^[a-z]+:\/\//i.test(declared) ? declared.replace(/^\//, '') : 'assets/json/resume.json';
  const resumeBytes = run.jekyll.whySkipped(resume)?.startsWith('excluded') || run.isDemo(resume) ? null : run.bytes(resume);
  if (resumeBytes) {
    run.emit('content/resume.json', resumeBytes, 'CV');
    formats.push('jsonresume');
  }
  // al-folio's older CV format (a list of `title`/`type`/`contents` sections): al-folio showed the JSON Resume instead when there was one.
  const older = "_data/cv.yml is al-folio's older CV format (a list of `title`/`type`/`contents` sections)";
  if (olderCv && formats.includes('jsonresume')) run.note(cv, 1, `${older}, kept in content/_imported/cv.yml: the CV page shows ${resume}, as al-folio did`);
  else if (olderCv && olderData && isOlderCv(olderData)) {
    const converted = olderCvToRenderCv(olderData, run.siteName);
    const header = "# al-folio's older CV (_data/cv.yml), written in RenderCV's form by npm run import:al-folio;\n# the original is in content/_imported/cv.yml.\n";
    run.emit('content/cv.yml', header + YAML.stringify(converted, { lineWidth: 0 }), 'CV');
    formats.push('rendercv');
    run.note(cv, 1, `${older}: written in RenderCV's form as content/cv.yml (maps → label/details, lists → bullets, time tables → entries with dates); the original is kept in content/_imported/cv.yml`);
  } else if (olderCv) run.leftover(cv, 1, `${older}, kept in content/_imported/cv.yml: Folio reads RenderCV's form (\`cv:\` with \`sections:\`) or JSON Resume; rewrite it as content/cv.yml`);
  return formats;
}
