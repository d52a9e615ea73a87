import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../issues';
import { formatClosing, formatReport, type ImportReport, type Leftover } from './report';

function report(leftovers: Leftover[] = []): ImportReport {
  return {
    site: '/sites/ada',
    out: '/sites/folio',
    layout: 'v0',
    files: new Map([['pages', 2]]),
    conversions: new Map(),
    written: [],
    skipped: [],
    notes: [],
    leftovers,
    notCarried: [],
    refused: [],
    demo: { included: false, files: [], bibEntries: [], settings: [] },
  };
}

const leftover: Leftover = { file: '_pages/about.md', line: 9, text: '{% include x.liquid %}', message: 'an include Folio has no place for: write it by hand' };
const warning: ContentIssue = { severity: 'warning', file: 'content/pages/about.md', line: 4, column: 1, message: '`nav: Flase` is not true or false', fix: 'write `nav: true`' };
const error: ContentIssue = { severity: 'error', file: 'content/blog/2024-01-02-x.md', line: 7, column: 3, message: 'a Liquid tag left in the text' };

describe("the import report's last word", () => {
  it('says nothing is left only when the import left nothing and the check found nothing', () => {
    const text = formatClosing(report(), []);
    expect(text).toBe('\nThe content check on the result: 0 errors, 0 warnings\n\nNothing left to finish by hand.\n');
  });

  it("with the check's warnings, no claim of nothing left: how many, where they are, that they are worth reading", () => {
    const text = formatClosing(report(), [warning, { ...warning, line: 8, message: '`inline: ture` is not true or false' }]);
    expect(text).not.toContain('Nothing left');
    expect(text).toContain('The content check on the result: 0 errors, 2 warnings\n  content/pages/about.md:4:1  warning: `nav: Flase` is not true or false  (write `nav: true`)\n');
    expect(text).toMatch(/\nLeft for you: the content check's 2 warnings, listed above with their file and line: worth reading, though none stops `npm run build`\.\n$/);
    expect(formatClosing(report(), [warning])).toContain("the content check's 1 warning, listed above with its file and line: worth reading, though it does not stop `npm run build`.");
  });

  it('counts the leftovers and the errors too, errors first (the build stops on them)', () => {
    const text = formatClosing(report([leftover]), [warning, error]);
    expect(text).toContain('The content check on the result: 1 error, 1 warning\n');
    expect(text).toMatch(
      /\nLeft for you: the content check's 1 error, listed above with its file and line: `npm run build` stops on it, so fix it first; 1 leftover to finish by hand, listed above with its al-folio file and line; the content check's 1 warning, .*\.\n$/,
    );
    expect(formatClosing(report([leftover, leftover]), [])).toMatch(/\nLeft for you: 2 leftovers to finish by hand, listed above with their al-folio file and line\.\n$/);
  });

  it('says the check was not run when it was not (--no-check)', () => {
    expect(formatClosing(report())).toBe('\nNothing left to finish by hand (the content check was not run: `npm run check` runs it).\n');
    expect(formatClosing(report([leftover]))).toBe('\nLeft for you: 1 leftover to finish by hand, listed above with its al-folio file and line (the content check was not run: `npm run check` runs it).\n');
  });

  it('the report itself lists the leftovers and leaves the last word to what follows the check', () => {
    expect(formatReport(report(), '/sites')).not.toContain('Nothing left');
    expect(formatReport(report([leftover]), '/sites')).toContain('Left for you to finish by hand (1), in the al-folio files:\n  _pages/about.md:9  {% include x.liquid %}\n      an include Folio has no place for');
  });
});
