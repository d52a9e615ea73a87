import { getContent } from '@/lib/content';
import { authorLimit, filterPublications, type PublicationFilter } from '@/lib/bibliography/select';
import { PublicationList } from './PublicationList';

type PublicationsProps = PublicationFilter & { maxAuthors?: string };

/**
 * `<Publications />` in MDX: al-folio's `{% bibliography %}`. Every prop is a
 * string (scripts are blocked in content): `selected="true"`, `year="2024"`,
 * `type="inproceedings"`, `author="Melzi"`, `maxAuthors="5"` (default: site.yml's
 * `max_author_limit`).
 */
export function Publications({ maxAuthors, ...filter }: PublicationsProps) {
  const { publications, site } = getContent();
  return (
    <PublicationList
      publications={filterPublications(publications, filter)}
      siteName={site.name}
      siteUrl={site.url}
      maxAuthors={authorLimit(site.max_author_limit, maxAuthors)}
      byYear
    />
  );
}
