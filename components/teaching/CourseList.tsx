import type { CourseYear } from '@/lib/content';
import { href, routes } from '@/lib/routing/urls';
import { RichHtml } from '../RichHtml';

/**
 * The courses on the teaching page, as al-folio's courses list shows them:
 * a heading per year, newest first, then a card per course with its term,
 * instructor and description; the title leads to the course's page.
 */
export function CourseList({ years }: { years: CourseYear[] }) {
  if (years.length === 0) return <p className="text-muted">No courses yet.</p>;
  return (
    <div className="space-y-10">
      {years.map(({ year, courses }) => (
        <section key={year} aria-labelledby={`courses-${year}`}>
          <h2 id={`courses-${year}`} className="mb-4 border-b border-line pb-2 font-serif text-2xl font-semibold text-ink">
            {year}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {courses.map((course) => (
              <li key={course.slug} className="group relative flex flex-col gap-1.5 rounded-xl border border-line p-4 transition-colors hover:border-accent focus-within:border-accent">
                <h3 className="font-serif text-lg font-semibold leading-snug text-ink">
                  <a href={href(routes.course(course.slug))} className="after:absolute after:inset-0 after:content-[''] group-hover:text-accent">
                    {course.courseId && <span className="mr-1.5 font-sans text-sm font-medium text-muted">{course.courseId}</span>}
                    {course.title}
                  </a>
                </h3>
                {(course.term || course.instructor) && (
                  <p className="flex flex-wrap gap-x-3 text-sm text-muted">
                    {course.term && <span>{course.term} {course.year}</span>}
                    {course.instructor && <span>{course.instructor}</span>}
                  </p>
                )}
                {course.description && <RichHtml html={course.description} className="text-sm leading-relaxed text-ink/85" />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
