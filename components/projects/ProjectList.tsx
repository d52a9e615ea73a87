import type { ProjectGroup } from '@/lib/content';
import { displayTitle } from '@/lib/text';
import { ProjectCard } from './ProjectCard';

/** The heading's id, as al-folio's `#<category>` anchors. */
function categoryId(category: string) {
  return category.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
}

/**
 * al-folio's projects page: the cards in a grid (three columns on wide
 * screens) or, `horizontal`, two columns of wide cards; grouped under a
 * heading per category when the groups have one.
 * `not-prose`: inside a Markdown page, the cards keep their own typography.
 */
export function ProjectList({ groups, horizontal }: { groups: ProjectGroup[]; horizontal: boolean }) {
  // Columns follow the room the list has: in the wide band, three cards a row from a tablet's width on, as al-folio shows them.
  const grid = horizontal ? 'grid gap-5 @2xl:grid-cols-2' : 'grid gap-5 @md:grid-cols-2 @2xl:grid-cols-3';
  if (groups.every((g) => g.projects.length === 0)) return <p className="text-muted">No projects yet.</p>;
  return (
    <div className="not-prose projects @container">
      {groups.map((group) =>
        group.category ? (
          <section key={group.category} aria-labelledby={categoryId(group.category)} className="mt-10 first:mt-2">
            <h2 id={categoryId(group.category)} className="mb-4 border-b border-line pb-2 font-serif text-2xl font-semibold text-ink">
              {displayTitle(group.category)}
            </h2>
            <div className={grid}>
              {group.projects.map((project) => (
                <ProjectCard key={project.slug} project={project} horizontal={horizontal} heading="h3" />
              ))}
            </div>
          </section>
        ) : (
          <div key="all" className={`${grid} mt-2`}>
            {group.projects.map((project) => (
              <ProjectCard key={project.slug} project={project} horizontal={horizontal} heading="h2" />
            ))}
          </div>
        ),
      )}
    </div>
  );
}
