import { getContent } from '@/lib/content';
import { filterPublications, type PublicationFilter } from '@/lib/bibliography/select';
import { DEFAULT_MAX_AUTHORS } from './PublicationEntry';
import { PublicationList } from './PublicationList';

type PublicationsProps = PublicationFilter & { maxAuthors?: string };

/**
 * `<Publications />` in MDX: al-folio's `{% bibliography %}`. Every prop is a
 * string (scripts are blocked in content): `selected="true"`, `year="2024"`,
 * `type="inproceedings"`, `author="Melzi"`, `maxAuthors="5"`.
 */
export function Publications({ maxAuthors, ...filter }: PublicationsProps) {
  const { publications, site } = getContent();
  const max = Number(maxAuthors);
  return (
    <PublicationList
      publications={filterPublications(publications, filter)}
      siteName={site.name}
      siteUrl={site.url}
      maxAuthors={Number.isInteger(max) && max > 0 ? max : DEFAULT_MAX_AUTHORS}
      byYear
    />
  );
}
