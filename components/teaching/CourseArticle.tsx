import { hasComments, type Content, type Course } from '@/lib/content';
import { Comments } from '../Comments';
import { href } from '@/lib/routing/urls';
import { Markdown } from '../Markdown';
import { PageColumns } from '../PageColumns';
import { RichHtml } from '../RichHtml';
import { TocInline, TocSidebar, tocSide } from '../TableOfContents';
import { ScheduleTable } from './ScheduleTable';

/** A course's facts, in al-folio's order: who teaches it, when, where. */
function courseFacts(course: Course): [string, string][] {
  const facts: [string, string | undefined][] = [
    ['Instructor', course.instructor],
    ['Term', course.term ? `${course.term} ${course.year}` : String(course.year)],
    ['Location', course.location],
    ['Time', course.time],
  ];
  return facts.filter((fact): fact is [string, string] => !!fact[1]);
}

/** A course's own page (al-folio's course layout): title, facts, the text, then the schedule. */
export function CourseArticle({ course, content, teachingPage }: { course: Course; content: Content; teachingPage?: { href: string; title: string } }) {
  return (
    <PageColumns aside={tocSide(course.toc) && <TocSidebar toc={course.toc} />} side={tocSide(course.toc)}>
      <article>
        <header className="mb-8">
          {teachingPage && (
            <p className="mb-3 text-sm">
              <a href={href(teachingPage.href)} className="text-muted hover:text-accent">
                ← {teachingPage.title}
              </a>
            </p>
          )}
          {course.courseId && <p className="mb-1 text-sm font-medium tracking-wide text-muted">{course.courseId}</p>}
          <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">{course.title}</h1>
          {course.description && <RichHtml html={course.description} className="mt-2 text-lg text-muted" />}
          <dl className="mt-5 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
            {courseFacts(course).map(([name, value]) => (
              <div key={name} className="contents">
                <dt className="font-semibold text-ink">{name}</dt>
                <dd className="text-muted">{value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <TocInline toc={course.toc} />
        <Markdown doc={course} content={content} />
        {course.schedule.length > 0 && <ScheduleTable schedule={course.schedule} />}
        {hasComments(content, course) && <Comments giscus={content.site.giscus!} lang={content.site.lang} />}
      </article>
    </PageColumns>
  );
}
