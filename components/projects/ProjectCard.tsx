import { GithubLink } from './GithubLink';
import { href as siteHref } from '@/lib/routing/urls';
import { faArrowUpRightFromSquare } from '@fortawesome/free-solid-svg-icons/faArrowUpRightFromSquare';
import type { Project } from '@/lib/content';
import { projectHref } from '@/lib/routing/urls';
import { Icon } from '../Icon';
import { ResponsiveImage } from '../ResponsiveImage';
import { RichHtml } from '../RichHtml';

/**
 * One project as al-folio's projects page shows it: its image, title and
 * description, the whole card a link to the project's page (or to its
 * `redirect`). `horizontal`: the image beside the text, as al-folio's
 * horizontal cards.
 */
export function ProjectCard({ project, horizontal, heading: Heading }: { project: Project; horizontal: boolean; heading: 'h2' | 'h3' }) {
  const link = projectHref(project);
  const external = /^https?:/.test(link);
  return (
    <article
      className={`group relative flex overflow-hidden rounded-xl border border-line bg-page transition-colors hover:border-accent focus-within:border-accent ${
        horizontal ? 'flex-row' : 'flex-col'
      }`}
    >
      {project.image && (
        <ResponsiveImage
          image={project.image}
          role={horizontal ? 'cardRow' : 'card'}
          alt=""
          className={horizontal ? 'w-1/3 shrink-0 self-stretch object-cover sm:w-40' : 'aspect-[4/3] w-full object-cover'}
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 p-4">
        <Heading className="font-serif text-lg font-semibold leading-snug text-ink">
          <a href={siteHref(link)} className="after:absolute after:inset-0 after:content-[''] group-hover:text-accent">
            {project.title}
            {external && (
              <>
                <Icon icon={faArrowUpRightFromSquare} className="ml-1.5 inline size-3 align-baseline text-muted" />
                <span className="sr-only"> (another site)</span>
              </>
            )}
          </a>
        </Heading>
        {project.description && <RichHtml html={project.description} className="text-sm leading-relaxed text-muted" />}
        {project.github && (
          <GithubLink repo={project.github} className="relative z-10 mt-auto w-fit pt-1" />
        )}
      </div>
    </article>
  );
}
