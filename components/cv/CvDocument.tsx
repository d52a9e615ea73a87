import type { Cv } from '@/lib/content';
import { CvEntries } from './CvEntry';
import { CvHeader } from './CvHeader';

/** The CV itself: header, then each section under its heading (the targets of the table of contents). */
export function CvDocument({ cv, lang }: { cv: Cv; lang: string }) {
  return (
    <div className="cv">
      <CvHeader cv={cv} />
      {cv.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="cv-section mb-10">
          <h2 id={section.id} className="mb-5 scroll-mt-6 border-b border-line pb-1.5 font-serif text-2xl font-semibold text-ink">
            {section.title}
          </h2>
          <CvEntries entries={section.entries} lang={lang} />
        </section>
      ))}
    </div>
  );
}
