import type { Content } from '@/lib/content';
import { entrySettings } from '@/lib/bibliography/display';
import { filterPublications } from '@/lib/bibliography/select';
import type { PropsOf } from '@/lib/mdx/vocabulary';
import { PublicationList } from './PublicationList';

/** What content writes, and `level`, the heading level of its years (set by the pipeline: lib/mdx/plugins/remark-list-heading-level.ts). */
export type PublicationsProps = PropsOf<'Publications'> & { level?: string };

/**
 * `<Publications />` in MDX: al-folio's `{% bibliography %}`. Every prop is a
 * string (scripts are blocked in content): `selected="true"` (or bare
 * `selected`), `year="2024"`, `type="inproceedings"`, `author="Melzi"`,
 * `maxAuthors="5"` (default: site.yml's `max_author_limit`); the content
 * check stops on a value outside those allowed (lib/mdx/vocabulary.ts).
 * The page binds `publications` and `site` in (components/mdx documentComponents).
 */
export function Publications({ publications, site, maxAuthors, selected, level, ...filter }: PublicationsProps & Pick<Content, 'publications' | 'site'>) {
  return (
    <PublicationList
      publications={filterPublications(publications, { ...filter, selected: selected === true ? 'true' : selected })}
      settings={entrySettings(site, maxAuthors)}
      siteUrl={site.url}
      byYear
      yearLevel={Number(level ?? 2)}
      filterable
    />
  );
}
