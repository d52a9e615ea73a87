import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { ProjectArticle } from '@/components/projects/ProjectArticle';
import { OldAddressPage } from '@/components/OldAddressPage';
import { getContent, hasComments, projectAt, projectsPage } from '@/lib/content';
import { oldAddressAt, oldAddressSegments } from '@/lib/content/old-addresses';
import { decodeSegment } from '@/lib/routing/segments';
import { projectPagePath } from '@/lib/routing/urls';
import { movedMetadata, pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const content = getContent();
  const params = content.projects.filter((project) => projectPagePath(project)).map((project) => ({ slug: project.slug }));
  return staticParams([...params, ...oldAddressSegments(content, 'project').map(([, slug]) => ({ slug: slug! }))], { slug: NO_PAGE });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const slug = decodeSegment((await params).slug);
  const project = projectAt(content, slug);
  const moved = project && projectPagePath(project) ? undefined : oldAddressAt(content, `/projects/${slug}/`);
  if (moved) return movedMetadata(moved.title, moved.to);
  if (!project) return {};
  return pageMetadata(content, { title: project.title, description: project.description, path: projectPagePath(project)!, image: project.image });
}

export default async function ProjectPage({ params }: Props) {
  const content = getContent();
  const slug = decodeSegment((await params).slug);
  const project = projectAt(content, slug);
  const moved = project && projectPagePath(project) ? undefined : oldAddressAt(content, `/projects/${slug}/`);
  if (moved) return <OldAddressPage content={content} address={moved} />;
  if (!project) notFound();
  const list = projectsPage(content);
  return (
    <PageShell content={content} path={projectPagePath(project)!} current={list?.permalink} comments={hasComments(content, project)}>
      <ProjectArticle project={project} content={content} projectsPage={list && { href: list.permalink, title: list.title }} />
    </PageShell>
  );
}
