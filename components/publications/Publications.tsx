import { getContent } from '@/lib/content';
import { filterPublications } from '@/lib/bibliography/select';
import type { PropsOf } from '@/lib/component-props';
import { DEFAULT_MAX_AUTHORS } from './PublicationEntry';
import { PublicationList } from './PublicationList';

/**
 * `<Publications />` in MDX: al-folio's `{% bibliography %}`. Every prop is a
 * string (scripts are blocked in content): `selected="true"` (or bare
 * `selected`), `year="2024"`, `type="inproceedings"`, `author="Melzi"`,
 * `maxAuthors="5"`; the content check stops on a value outside those
 * allowed (lib/component-props.ts).
 */
export function Publications({ maxAuthors, selected, ...filter }: PropsOf<'Publications'>) {
  const { publications, site } = getContent();
  const max = Number(maxAuthors);
  return (
    <PublicationList
      publications={filterPublications(publications, { ...filter, selected: selected === true ? 'true' : selected })}
      siteName={site.name}
      siteUrl={site.url}
      maxAuthors={Number.isInteger(max) && max > 0 ? max : DEFAULT_MAX_AUTHORS}
      byYear
    />
  );
}
