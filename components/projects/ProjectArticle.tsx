import { GithubLink } from './GithubLink';
import { href } from '@/lib/routing/urls';
import { hasComments, type Content, type Project } from '@/lib/content';
import { Comments } from '../Comments';
import { Markdown } from '../Markdown';
import { References } from '../publications/References';
import { RichHtml } from '../RichHtml';
import { PageColumns } from '../PageColumns';
import { TocInline, TocSidebar, tocSide } from '../TableOfContents';

/** A project's own page: title, description, its repository, the text, and the references it cites. */
export function ProjectArticle({ project, content, projectsPage }: { project: Project; content: Content; projectsPage?: { href: string; title: string } }) {
  return (
    <PageColumns aside={tocSide(project.toc) && <TocSidebar toc={project.toc} />} side={tocSide(project.toc)}>
      <article>
        <header className="mb-8">
          {projectsPage && (
            <p className="mb-3 text-sm">
              <a href={href(projectsPage.href)} className="text-muted hover:text-accent">
                ← {projectsPage.title}
              </a>
            </p>
          )}
          <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{project.title}</h1>
          {project.description && <RichHtml html={project.description} className="mt-2 text-lg text-muted" />}
          {project.github && <GithubLink repo={project.github} className="mt-3" />}
        </header>
        <TocInline toc={project.toc} />
        <Markdown doc={project} content={content} />
        <References doc={project} content={content} />
        {hasComments(content, project) && <Comments giscus={content.site.giscus!} lang={content.site.lang} />}
      </article>
    </PageColumns>
  );
}
