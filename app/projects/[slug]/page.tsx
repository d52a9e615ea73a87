import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { ProjectArticle } from '@/components/projects/ProjectArticle';
import { getContent, hasComments, projectAt, projectsPage } from '@/lib/content';
import { projectPagePath } from '@/lib/routing/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = getContent()
    .projects.filter((project) => projectPagePath(project))
    .map((project) => ({ slug: project.slug }));
  return staticParams(params, { slug: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const project = projectAt(content, decodeURIComponent((await params).slug));
  if (!project) return {};
  return pageMetadata(content, { title: project.title, description: project.description, path: projectPagePath(project)!, image: project.image });
}

export default async function ProjectPage({ params }: Props) {
  const content = getContent();
  const project = projectAt(content, decodeURIComponent((await params).slug));
  if (!project) notFound();
  const list = projectsPage(content);
  return (
    <PageShell content={content} path={projectPagePath(project)!} current={list?.permalink} comments={hasComments(content, project)}>
      <ProjectArticle project={project} content={content} projectsPage={list && { href: list.permalink, title: list.title }} />
    </PageShell>
  );
}
