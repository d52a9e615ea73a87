import type { Content } from '../content/types';
import type { ContentIssue } from '../issues';

/**
 * Pages whose layout lists data kept elsewhere (`layout: teaching`, the
 * courses of content/teaching/; `layout: repositories`, content/repositories.yml)
 * and that data, checked against each other: a list with nothing to show, or
 * courses no page lists, is a warning that says what to add.
 */
export function listingIssues(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (file: string, line: number, message: string, fix: string) => issues.push({ severity: 'warning', file, line, column: 1, message, fix });
  for (const page of content.pages) {
    const line = page.source.lineOf(['layout']);
    if (page.layout === 'teaching' && content.courses.length === 0) {
      warn(page.file, line, '`layout: teaching` lists the courses of content/teaching/, and there are none', 'add a course: content/teaching/<name>.md with `layout: course`, `title` and `year`');
    }
    if (page.layout === 'repositories' && !content.repositories?.users.length && !content.repositories?.repos.length) {
      warn(page.file, line, '`layout: repositories` lists content/repositories.yml, which lists no GitHub user or repository', 'write content/repositories.yml as al-folio\'s _data/repositories.yml: `github_users:` and `github_repos:` lists');
    }
  }
  const listed = content.pages.some((page) => page.layout === 'teaching' && !page.redirect);
  if (content.courses.length > 0 && !listed) {
    const first = content.courses[0]!;
    warn(first.file, 1, 'no page lists the courses of content/teaching/ (each has its page all the same)', 'give your teaching page `layout: teaching`');
  }
  return issues;
}
