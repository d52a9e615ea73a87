import type { Content, Course, Page, Post } from '../content';
import { routes } from '../routing/urls';
import { socialLinks } from './socials';
import { htmlToText } from '../text';
import { shareImagePath } from './public-routes';

/**
 * schema.org data for search engines: the author as a `Person` on the about
 * page, each post as a `BlogPosting`. URLs are absolute when site.yml has `url`.
 */

function absolute(content: Content, href: string): string {
  return content.site.url ? new URL(href, content.site.url).href : href;
}

function author(content: Content) {
  const about = content.pages.find((p) => p.layout === 'about');
  return { '@type': 'Person', name: content.site.name, url: absolute(content, about?.permalink ?? '/') };
}

export function personJsonLd(content: Content, page: Page) {
  const links = socialLinks(content.site);
  const email = links.find((l) => l.key === 'email');
  const image = page.profile?.image;
  return {
    '@context': 'https://schema.org',
    ...author(content),
    ...(content.site.description && { description: htmlToText(content.site.description) }),
    ...(image && { image: absolute(content, image.src) }),
    ...(email && { email: email.href }),
    sameAs: links.filter((l) => l.key !== 'email').map((l) => l.href),
  };
}

export function blogPostingJsonLd(content: Content, post: Post) {
  const url = absolute(content, post.permalink);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    ...(post.description && { description: htmlToText(post.description) }),
    datePublished: post.date.iso,
    dateModified: (post.updated ?? post.date).iso,
    author: author(content),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: absolute(content, post.thumbnail?.src ?? shareImagePath(post.permalink)),
    inLanguage: content.site.lang,
    ...(post.tags.length > 0 && { keywords: post.tags }),
    ...(post.categories.length > 0 && { articleSection: post.categories }),
  };
}

/** A course as schema.org's `Course`, with the instance the page describes (its term, place and instructor). */
export function courseJsonLd(content: Content, course: Course) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    ...(course.description && { description: htmlToText(course.description) }),
    ...(course.courseId && { courseCode: course.courseId }),
    url: absolute(content, routes.course(course.slug)),
    inLanguage: content.site.lang,
    provider: author(content),
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: 'onsite',
      ...(course.term && { name: `${course.term} ${course.year}` }),
      ...(course.location && { location: course.location }),
      ...(course.time && { courseSchedule: { '@type': 'Schedule', description: course.time } }),
      ...(course.instructor && { instructor: { '@type': 'Person', name: course.instructor } }),
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are
 * escaped as \u003c..., so `</script>` in a title cannot end the script.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
