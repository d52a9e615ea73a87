import path from 'node:path';

/** One problem found in the author's content, always tied to a file and a line. */
export type ContentIssue = {
  severity: 'error' | 'warning';
  /** Path relative to the project root, e.g. `content/pages/about.mdx`. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** How to fix it, in the author's terms. */
  fix?: string;
};

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const fix = issue.fix ? `  (${issue.fix})` : '';
  return `${where}  ${issue.severity}: ${issue.message}${fix}`;
}

/**
 * Thrown when content cannot be turned into a site. The message lists every
 * problem, so a failed build reads like the content check.
 */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `Folio found ${errors.length} problem${errors.length === 1 ? '' : 's'} in content/:\n` +
        errors.map((i) => '  ' + formatIssue(i)).join('\n') +
        '\nRun `npm run check` for the full report.',
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Collects issues while content is read, so one run reports all of them. */
export class IssueLog {
  readonly issues: ContentIssue[] = [];

  constructor(private readonly root: string) {}

  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  error(file: string, line: number, message: string, fix?: string, column = 1): void {
    this.issues.push({ severity: 'error', file: this.relative(file), line, column, message, fix });
  }

  warn(file: string, line: number, message: string, fix?: string, column = 1): void {
    this.issues.push({ severity: 'warning', file: this.relative(file), line, column, message, fix });
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}
