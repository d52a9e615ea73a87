import type { Content, Document } from '@/lib/content';
import type { Publication } from '@/lib/bibliography/types';
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
export function References({ doc, content }: { doc: Document & { bibliography?: Publication[] }; content: Content }) {
  if (doc.citations.length === 0) return null;
  const { site } = content;
  // A post's own BibTeX file (`bibliography:`) comes after the site's, so that its entry wins a key both have.
  const publications = doc.bibliography ? [...content.publications, ...doc.bibliography] : content.publications;
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
