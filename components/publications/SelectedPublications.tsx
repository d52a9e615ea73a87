import { href } from '@/lib/routing/urls';
import { entrySettings } from '@/lib/bibliography/display';
import type { Content } from '@/lib/content';
import { SectionHeading } from '../SectionHeading';
import { PublicationList } from './PublicationList';

/**
 * The about page's "Selected publications" (`selected_papers: true`): the
 * entries marked `selected = {true}`, and a link to the page listing them all.
 */
export function SelectedPublications({ content }: { content: Content }) {
  const selected = content.publications.filter((p) => p.selected);
  if (selected.length === 0) return null;
  const fullList = content.pages.find((page) => page.source.format === 'mdx' && /<Publications\b/.test(page.source.body));
  return (
    <section aria-labelledby="selected-publications" className="mt-12">
      <SectionHeading id="selected-publications">Selected publications</SectionHeading>
      <PublicationList
        publications={selected}
        settings={entrySettings(content.site)}
        siteUrl={content.site.url}
        label="Selected publications"
      />
      {fullList && (
        <p className="mt-3 text-sm">
          <a href={href(fullList.permalink)} className="text-accent hover:underline">
            All publications →
          </a>
        </p>
      )}
    </section>
  );
}
