import type { Content, Document } from '@/lib/content';
import { ContentError } from '@/lib/issues';
import { citationIssues, referencesOf } from '@/lib/bibliography/citations';
import { entrySettings } from '@/lib/bibliography/display';
import { SectionHeading } from '../SectionHeading';
import { PublicationList } from './PublicationList';

/**
 * The end of a post (or a project) that cites publications: its reference list, numbered in
 * the order of first citation, the targets of its `[N]` links. A key missing
 * from the bibliography stops the build, with the file and line of the <Cite>.
 */
export function References({ doc, content }: { doc: Document; content: Content }) {
  if (doc.citations.length === 0) return null;
  const { publications, site } = content;
  const issues = citationIssues(doc, publications, { inPost: true });
  if (issues.length > 0) throw new ContentError(issues);
  return (
    <section aria-labelledby="reference-list" className="mt-12 border-t border-line pt-8">
      <SectionHeading id="reference-list">References</SectionHeading>
      <PublicationList
        publications={referencesOf(doc.citations, publications)}
        settings={entrySettings(site)}
        numbered
        label="References"
      />
    </section>
  );
}
