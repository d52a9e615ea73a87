import { describe, expect, it } from 'vitest';
import { failures, table, type Row } from './rows';

const step = (status = 0, output = '') => ({ status, output, seconds: 3 });
const FOLDER = '/tmp/folio-corpus-x';
const clean = (over: Partial<Row> = {}): Row => ({
  fixture: 'v0',
  folder: FOLDER,
  import: step(),
  check: { ...step(), errors: 0, warnings: 2, firstErrors: [] },
  addresses: { found: 3, expected: 3, missing: [] },
  ...over,
});

describe('why a site of the corpus did not move in whole', () => {
  it('a site that moved in whole has no reason, and its row says ok', () => {
    expect(failures(clean())).toEqual([]);
    expect(table([clean()])).toContain('| v0 | 0 3 | 0 (0/2) 3 | 3/3 | not asked | ok |');
  });

  it('the import that stopped, with its first error and no folder name', () => {
    expect(failures(clean({ import: step(2, `reading\nimport:al-folio: ${FOLDER}/_config.yml: not an al-folio site\n`), check: undefined, addresses: undefined }))).toEqual([
      'the import exited 2: import:al-folio: _config.yml: not an al-folio site',
    ]);
  });

  it('the check errors, counted, the first with its file:line', () => {
    const row = clean({ check: { ...step(1), errors: 2, warnings: 0, firstErrors: ['content/blog/a.md:4 `toc` must be a group', 'content/b.md:1 x'] } });
    expect(failures(row)).toEqual(['the check found 2 errors, first content/blog/a.md:4 `toc` must be a group']);
  });

  it('old addresses that no longer answer', () => {
    expect(failures(clean({ addresses: { found: 1, expected: 3, missing: ['/news/a/', '/2018/x/'] } }))).toEqual(['2 old addresses no longer answer: /news/a/ /2018/x/']);
  });

  it('an export that stopped after a clean check: the check and the build disagree', () => {
    const row = clean({ export: { ...step(1, 'Error occurred prerendering page "/og/about.png"\nRangeError: Offset is outside the bounds of the DataView\n'), missing: [] } });
    expect(failures(row)).toEqual(['THE CHECK PASSED A SITE THE EXPORT COULD NOT BUILD: the export exited 1: Error occurred prerendering page "/og/about.png"']);
  });

  it('an address the check finds and the export did not write', () => {
    const row = clean({ export: { ...step(0, 'Exported 14 pages'), pages: 14, missing: ['/assets/json/resume.json'] } });
    expect(failures(row)).toEqual(['THE CHECK AND THE EXPORT DISAGREE: the site answers /assets/json/resume.json by its content, the export wrote no file there']);
    expect(table([row])).toContain('not in the export: /assets/json/resume.json');
  });
});
