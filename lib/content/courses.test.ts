import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { searchDocs } from '../search';
import { publicRoutes } from '../seo/public-routes';
import { courseGroups, teachingPage } from './index';
import { readContent } from './load';
import { makeProject } from './testing';

const course = (front: string, body = 'Text.\n') => `---\nlayout: course\n${front}---\n${body}`;

const COURSES = {
  'content/teaching/15-451-spring-2026.md': course(`title: Algorithm Design and Analysis
description: Proofs about algorithms.
instructor: Lin Chen
year: 2026
term: Spring
location: Wean Hall 7500
time: Tuesdays, 11:00
course_id: 15-451
schedule:
  - week: 1
    date: Jan 13
    topic: Recurrences
    description: The **master** theorem.
    materials:
      - name: Slides
        url: /assets/pdf/lecture01.pdf
      - name: Notes
  - week: 2
    topic: Dynamic programming
`),
  'content/teaching/15-850-fall-2025.md': course('title: Advanced Algorithms\nyear: 2025\nterm: Fall\n'),
  'content/teaching/seminar-2025.md': course('title: A reading seminar\nyear: 2025\nterm: Spring\n'),
  'content/teaching/lab-2025.md': course('title: A summer lab\nyear: "2025"\nterm: Summer session\n'),
  'content/pages/teaching.md': '---\nlayout: teaching\ntitle: teaching\npermalink: /teaching/\nnav: true\n---\nCourses I teach.\n',
};

describe("the teaching collection (al-folio's _teachings)", () => {
  const { content, log } = readContent(makeProject(COURSES));

  it("reads al-folio's course keys, the schedule's Markdown as HTML", () => {
    expect(log.issues).toEqual([]);
    const algorithms = content!.courses.find((c) => c.slug === '15-451-spring-2026');
    expect(algorithms).toMatchObject({
      title: 'Algorithm Design and Analysis',
      instructor: 'Lin Chen',
      year: 2026,
      term: 'Spring',
      location: 'Wean Hall 7500',
      time: 'Tuesdays, 11:00',
      courseId: '15-451',
    });
    expect(algorithms!.schedule).toEqual([
      { week: '1', date: 'Jan 13', topic: 'Recurrences', description: 'The <strong>master</strong> theorem.', materials: [{ name: 'Slides', url: '/assets/pdf/lecture01.pdf' }, { name: 'Notes', url: undefined }] },
      { week: '2', date: undefined, topic: 'Dynamic programming', description: undefined, materials: [] },
    ]);
  });

  it('lists them by year, newest first, the latest term of a year first', () => {
    expect(courseGroups(content!).map((g) => [g.year, g.courses.map((c) => c.slug)])).toEqual([
      [2026, ['15-451-spring-2026']],
      [2025, ['15-850-fall-2025', 'lab-2025', 'seminar-2025']],
    ]);
    expect(teachingPage(content!)?.permalink).toBe('/teaching/');
  });

  it('gives each course a page at /teachings/<file name>/, in the sitemap, the share images and search', () => {
    const routes = publicRoutes(content!).filter((r) => r.label === 'Course');
    expect(routes.map((r) => r.path).sort()).toEqual(['/teachings/15-451-spring-2026/', '/teachings/15-850-fall-2025/', '/teachings/lab-2025/', '/teachings/seminar-2025/']);
    const doc = searchDocs(content!).find((d) => d.kind === 'course' && d.url === '/teachings/15-451-spring-2026/');
    expect(doc).toMatchObject({ title: 'Algorithm Design and Analysis', description: '15-451 · Spring 2026 · Lin Chen — Proofs about algorithms.' });
    expect(doc!.text).toContain('Recurrences');
  });

  it('reports a course without a year, a year that is none, and a material that is no link, each on its line', async () => {
    const issues = await checkContent(
      makeProject({
        'content/teaching/a.md': course('title: A\n'),
        'content/teaching/b.md': course('title: B\nyear: next\n'),
        'content/teaching/c.md': course('title: C\nyear: 2024\nschedule:\n  - week: 1\n    materials:\n      - name: Slides\n        url: "javascript:alert(1)"\n'),
      }),
    );
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'content/teaching/a.md:1 `year` is missing',
      'content/teaching/b.md:4 `year` must be a year such as 2026; here it is the text `next`',
      'content/teaching/c.md:9 `schedule.0.materials.0.url`: `javascript:alert(1)` is a `javascript:` address, which would run a script',
    ]);
  });

  it('a page may not take the address of a course', async () => {
    const issues = await checkContent(makeProject({ ...COURSES, 'content/pages/x.md': '---\ntitle: X\npermalink: /teachings/15-850-fall-2025/\n---\n' }));
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual(['content/pages/x.md:3 permalink /teachings/15-850-fall-2025/ is where a course\'s page goes']);
  });
});
