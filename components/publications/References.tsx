import { ContentError, getContent, type Post } from '@/lib/content';
import { citationIssues, referencesOf } from '@/lib/bibliography/citations';
import { SectionHeading } from '../SectionHeading';
import { PublicationList } from './PublicationList';

/**
 * The end of a post that cites publications: its reference list, numbered in
 * the order of first citation, the targets of its `[N]` links. A key missing
 * from the bibliography stops the build, with the file and line of the <Cite>.
 */
export function References({ post }: { post: Post }) {
  if (post.citations.length === 0) return null;
  const { publications, site } = getContent();
  const issues = citationIssues(post, publications, { inPost: true });
  if (issues.length > 0) throw new ContentError(issues);
  return (
    <section aria-labelledby="reference-list" className="mt-12 border-t border-line pt-8">
      <SectionHeading id="reference-list">References</SectionHeading>
      <PublicationList publications={referencesOf(post.citations, publications)} siteName={site.name} numbered label="References" />
    </section>
  );
}
