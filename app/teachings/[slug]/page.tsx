import { NO_PAGE, staticParams } from '@/lib/routing/static-params';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { PageShell } from '@/components/PageShell';
import { CourseArticle } from '@/components/teaching/CourseArticle';
import { courseAt, getContent, hasComments, teachingPage } from '@/lib/content';
import { routes } from '@/lib/routing/urls';
import { courseJsonLd } from '@/lib/seo/jsonld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    getContent().courses.map((course) => ({ slug: course.slug })),
    { slug: NO_PAGE },
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const content = getContent();
  const course = courseAt(content, decodeURIComponent((await params).slug));
  if (!course) return {};
  return pageMetadata(content, { title: course.title, description: course.description, path: routes.course(course.slug) });
}

export default async function CoursePage({ params }: Props) {
  const content = getContent();
  const course = courseAt(content, decodeURIComponent((await params).slug));
  if (!course) notFound();
  const list = teachingPage(content);
  return (
    <PageShell content={content} path={routes.course(course.slug)} current={list?.permalink} comments={hasComments(content, course)}>
      <JsonLd data={courseJsonLd(content, course)} />
      <CourseArticle course={course} content={content} teachingPage={list && { href: list.permalink, title: list.title }} />
    </PageShell>
  );
}
