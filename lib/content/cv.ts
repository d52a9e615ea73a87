import fs from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { location } from 'vfile-location';
import { jsonResumeSchema } from './cv-jsonresume';
import { renderCvSchema } from './cv-rendercv';
import type { Cv } from './cv-schema';
import type { IssueLog } from '../issues';
import { LIMITS, readContentText } from './limits';
import { validate } from './validate';
import { parseYaml, type KeyPlaces } from './yaml';

export type { Cv, CvDate, CvEntry, CvPeriod, CvProfile, CvSection } from './cv-schema';

export type CvFormat = Cv['format'];

/** Where each format lives in content/ (al-folio: `_data/cv.yml`, `assets/json/resume.json`). */
export const CV_FILES: Record<CvFormat, string> = { rendercv: 'cv.yml', jsonresume: 'resume.json' };

/**
 * The CV files of content/, each read and validated once, whether or not a
 * page shows it (the check reports a broken file either way).
 */
export class CvFiles {
  private readonly read = new Map<CvFormat, Cv | null>();

  constructor(
    private readonly contentDir: string,
    private readonly log: IssueLog,
  ) {}

  private file(format: CvFormat) {
    // Read at build time only (every route is prerendered), so nothing needs tracing.
    return path.join(/*turbopackIgnore: true*/ this.contentDir, CV_FILES[format]);
  }

  exists(format: CvFormat): boolean {
    return fs.existsSync(this.file(format));
  }

  /** The CV in one format; null when its file is missing or has errors (logged). */
  get(format: CvFormat): Cv | null {
    if (!this.read.has(format)) this.read.set(format, this.exists(format) ? readCvFile(this.file(format), format, this.log) : null);
    return this.read.get(format)!;
  }

  /** Reads the files no page asked for, so their problems are reported too. */
  checkAll(): void {
    for (const format of Object.keys(CV_FILES) as CvFormat[]) if (this.exists(format)) this.get(format);
  }

  /**
   * The CV a `layout: cv` page shows: the file its `cv_format` names, else
   * the one that exists. Both files and no `cv_format`, or none at all, is
   * an error on the page.
   */
  forPage(format: CvFormat | undefined, page: { path: string; lineOf: (keys: string[]) => number }): Cv | undefined {
    const shown = (f: CvFormat) => `content/${CV_FILES[f]}`;
    if (format) {
      if (!this.exists(format)) {
        const other: CvFormat = format === 'rendercv' ? 'jsonresume' : 'rendercv';
        this.log.error(
          page.path,
          page.lineOf(['cv_format']),
          `\`cv_format: ${format}\` shows ${shown(format)}, which does not exist`,
          this.exists(other) ? `set \`cv_format: ${other}\` to show ${shown(other)}, or add ${shown(format)}` : `add ${shown(format)}`,
        );
        return undefined;
      }
      return this.get(format) ?? undefined;
    }
    const present = (Object.keys(CV_FILES) as CvFormat[]).filter((f) => this.exists(f));
    if (present.length === 2) {
      this.log.error(
        page.path,
        page.lineOf(['layout']),
        `the CV page could show ${shown('rendercv')} or ${shown('jsonresume')}: both exist`,
        'add `cv_format: rendercv` (for content/cv.yml) or `cv_format: jsonresume` (for content/resume.json) to the front matter, or remove the other file',
      );
      return undefined;
    }
    if (present.length === 0) {
      this.log.error(
        page.path,
        page.lineOf(['layout']),
        '`layout: cv` shows content/cv.yml or content/resume.json, and neither exists',
        'write your CV in content/cv.yml (RenderCV, as al-folio v1\'s _data/cv.yml) or content/resume.json (JSON Resume); see README.md',
      );
      return undefined;
    }
    return this.get(present[0]!) ?? undefined;
  }
}

function readCvFile(file: string, format: CvFormat, log: IssueLog): Cv | null {
  const text = readContentText(file, log, LIMITS.dataBytes);
  if (text === null) return null;
  const source = format === 'rendercv' ? parseYaml(text, file, log) : parseJson(text, file, log);
  if (!source) return null;
  const cv = validate(format === 'rendercv' ? renderCvSchema : jsonResumeSchema, source.data, { ...source, path: file }, log, { guide: 'see "The CV" in README.md' });
  if (!cv) return null;
  const data = 'cv' in cv ? cv.cv : cv;
  return { ...data, file: log.relative(file) };
}

/** JSON with the line and column of each key, for messages (strict JSON: no comments, no trailing commas). */
export function parseJson(text: string, file: string, log: IssueLog): (KeyPlaces & { data: Record<string, unknown> }) | null {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const place = location(text);
  const pointAt = (at: number) => place.toPoint(at) ?? { line: 1, column: 1 };
  if (errors.length > 0 || !tree) {
    // The first error only: the ones after it follow from it.
    for (const error of errors.slice(0, 1)) {
      log.error(file, pointAt(error.offset).line, `not valid JSON: ${printParseErrorCode(error.error)}`, 'check the commas, quotes and brackets near this line (JSON has no comments and no comma after the last item)', pointAt(error.offset).column);
    }
    if (errors.length === 0) log.error(file, 1, 'the file is empty', 'write a JSON Resume object: { "basics": { ... }, "work": [ ... ] }');
    return null;
  }
  const data = getNodeValue(tree) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    log.error(file, 1, 'expected a JSON object', 'write a JSON Resume object: { "basics": { ... }, "work": [ ... ] }');
    return null;
  }
  const pointOf = (keys: ReadonlyArray<string | number>) => {
    // The deepest part of the path that exists: a missing key is reported on its parent's line.
    for (let n = keys.length; n > 0; n--) {
      const node: Node | undefined = findNodeAtLocation(tree, [...keys.slice(0, n)]);
      if (node) return pointAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return { line: 1, column: 1 };
  };
  return { data: data as Record<string, unknown>, lineOf: (keys) => pointOf(keys).line, columnOf: (keys) => pointOf(keys).column };
}
