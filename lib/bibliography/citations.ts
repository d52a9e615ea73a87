import type { ContentIssue } from '../issues';
import type { Citation } from './remark-cite';
import type { Publication } from './types';

/** What the citation check reads of a document (lib/content's Document has it): its file, where its body starts, its <Cite>s. */
type CitingDocument = { file: string; source: { bodyLine: number }; derived: { citations: Citation[] } };

/**
 * Problems with a document's <Cite>s, on the lines of its file: a missing id,
 * a key that is not in the bibliography, a citation outside a blog post or a
 * project (only those end with a reference list).
 */
export function citationIssues(doc: CitingDocument, publications: Publication[], { inPost }: { inPost: boolean }): ContentIssue[] {
  const keys = new Set(publications.map((p) => p.key));
  const examples = publications.slice(0, 3).map((p) => `\`${p.key}\``).join(', ');
  const issues: ContentIssue[] = [];
  for (const cite of doc.derived.citations) {
    const at = { severity: 'error' as const, file: doc.file, line: cite.line + doc.source.bodyLine - 1, column: cite.column };
    if (!inPost) {
      issues.push({ ...at, message: '<Cite> works in blog posts and projects only, which end with their reference list', fix: 'link to the publication instead, e.g. [the paper](/research/)' });
    } else if (!cite.id) {
      issues.push({ ...at, message: '<Cite> needs the key of a publication', fix: `write it as <Cite id="key" />${examples ? `, e.g. one of ${examples}` : ''}` });
    } else if (!keys.has(cite.id)) {
      issues.push({
        ...at,
        message: `<Cite id="${cite.id}">: no publication has the key \`${cite.id}\``,
        fix: publications.length > 0 ? `use a key from content/publications.bib, e.g. ${examples}` : 'add the entry to content/publications.bib',
      });
    }
  }
  return issues;
}

/** A post's cited publications in the order of its numbers; unknown keys are left out (the check reports them). */
export function referencesOf(citations: string[], publications: Publication[]): Publication[] {
  const byKey = new Map(publications.map((p) => [p.key, p]));
  return citations.map((key) => byKey.get(key)).filter((p): p is Publication => p !== undefined);
}
