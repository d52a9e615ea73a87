import { projectGroups, projectsView, type Content, type ProjectsView } from '@/lib/content';
import type { PropsOf } from '@/lib/mdx/vocabulary';
import { ProjectList } from '../projects/ProjectList';

/**
 * `<Projects />` in MDX: al-folio's projects loop. Props are strings:
 * `categories="work, fun"`, `horizontal="true"`; without them, the page's
 * `display_categories` and `horizontal` (`page`, bound by the page that
 * renders the body, with the site's `content`).
 */
export function Projects({ content, page, ...props }: PropsOf<'Projects'> & { content: Content; page?: ProjectsView }) {
  const view = projectsView(props, page);
  return <ProjectList groups={projectGroups(content, view.categories)} horizontal={view.horizontal} />;
}
