import { z } from 'zod';
import { joinHtml, trustedHtml } from '../sanitize/sanitize';
import { address, dated, datedFields, optionalDate, plain, profile, requiredText, sections, text, url, wordList, type Cv, type CvEntry } from './cv-schema';

/** JSON Resume (`content/resume.json`, al-folio's `assets/json/resume.json`), read into the CV's one shape. */

const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().transform((v) => v ?? []);

const jsonWork = z
  .looseObject({ name: text, company: text, position: text, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'experience', organization: e.name ?? e.company, position: e.position, ...dated(e) }));
const jsonVolunteer = z
  .looseObject({ organization: text, position: text, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'experience', organization: e.organization, position: e.position, ...dated(e) }));
const jsonEducation = z
  .looseObject({ institution: requiredText, area: text, studyType: text, score: text, courses: wordList, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'education', institution: e.institution, area: e.area, degree: e.studyType, score: e.score, courses: e.courses, ...dated(e) }));
const jsonAward = z
  .looseObject({ title: requiredText, awarder: text, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'normal', name: e.title, detail: e.awarder, keywords: [], ...dated(e) }));
const jsonCertificate = z
  .looseObject({ name: requiredText, issuer: text, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'normal', name: e.name, detail: e.issuer, keywords: [], ...dated(e) }));
const jsonPublication = z
  .looseObject({ name: requiredText, publisher: text, releaseDate: optionalDate, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'publication', title: e.name, authors: [], venue: e.publisher, ...dated({ ...e, date: e.releaseDate ?? e.date }) }));
const jsonSkill = z
  .looseObject({ name: requiredText, level: text, keywords: wordList })
  .transform((e): CvEntry => ({ kind: 'normal', name: e.name, detail: e.level, keywords: e.keywords, highlights: [] }));
const jsonLanguage = z
  .looseObject({ language: requiredText, fluency: text })
  .transform((e): CvEntry => ({ kind: 'one-line', label: e.language, details: e.fluency ?? trustedHtml('') }));
const jsonInterest = z
  .looseObject({ name: requiredText, keywords: wordList })
  .transform((e): CvEntry => ({ kind: 'normal', name: e.name, keywords: e.keywords, highlights: [] }));
const jsonReference = z
  .looseObject({ name: requiredText, reference: text })
  .transform((e): CvEntry => ({ kind: 'normal', name: e.name, summary: e.reference, keywords: [], highlights: [] }));
const jsonProject = z
  .looseObject({ name: requiredText, description: text, entity: text, roles: wordList, keywords: wordList, ...datedFields })
  .transform((e): CvEntry => {
    const { summary, ...rest } = dated(e);
    return { kind: 'normal', name: e.name, detail: e.roles.length > 0 || e.entity ? joinHtml([...e.roles, ...(e.entity ? [e.entity] : [])], ', ') : undefined, keywords: e.keywords, ...rest, summary: e.description ?? summary };
  });

/** JSON Resume's sections and their titles. */
const JSON_SECTIONS = [
  ['work', 'Experience'],
  ['education', 'Education'],
  ['volunteer', 'Volunteering'],
  ['publications', 'Publications'],
  ['awards', 'Awards'],
  ['certificates', 'Certificates'],
  ['projects', 'Projects'],
  ['skills', 'Skills'],
  ['languages', 'Languages'],
  ['interests', 'Interests'],
  ['references', 'References'],
] as const;

/** Where the file's own order of keys is kept through validation (zod gives its output the schema's order). */
const KEY_ORDER = '__folio_key_order';

/** A JSON Resume; its sections in the order the author's file has them, as RenderCV's are. */
export const jsonResumeSchema = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, [KEY_ORDER]: Object.keys(raw) } : raw),
  z
    .looseObject({
      basics: z
        .looseObject({
          name: plain,
          label: plain,
          email: plain,
          phone: plain,
          url,
          summary: text,
          location: z.union([address, z.string()]).nullish(),
          profiles: list(profile),
        })
        .nullish(),
      work: list(jsonWork),
      education: list(jsonEducation),
      volunteer: list(jsonVolunteer),
      awards: list(jsonAward),
      certificates: list(jsonCertificate),
      publications: list(jsonPublication),
      skills: list(jsonSkill),
      languages: list(jsonLanguage),
      interests: list(jsonInterest),
      references: list(jsonReference),
      projects: list(jsonProject),
      [KEY_ORDER]: z.array(z.string()).default([]),
    })
    .transform((r): Omit<Cv, 'file'> => {
      const order = r[KEY_ORDER];
      const inFile = [...JSON_SECTIONS].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      return {
        format: 'jsonresume',
        name: r.basics?.name,
        label: r.basics?.label,
        summary: r.basics?.summary,
        contact: { email: r.basics?.email, phone: r.basics?.phone, website: r.basics?.url, location: r.basics?.location ?? undefined },
        profiles: r.basics?.profiles ?? [],
        sections: sections(inFile.map(([key, title]) => [title, r[key]])),
      };
    }),
);
