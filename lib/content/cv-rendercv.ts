import { z } from 'zod';
import { trustedHtml } from '../sanitize/sanitize';
import { address, dated, datedFields, inline, optionalDate, plain, profile, requiredText, sections, text, textList, url, wordList, type Cv, type CvEntry } from './cv-schema';

/** RenderCV (`content/cv.yml`, al-folio v1's `_data/cv.yml`): `cv:` with the person's details and `sections:` of entries whose kind follows from their keys. */

const educationEntry = z
  .looseObject({ institution: requiredText, area: text, degree: text, studyType: text, score: text, courses: wordList, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'education', institution: e.institution, area: e.area, degree: e.degree ?? e.studyType, score: e.score, courses: e.courses, ...dated(e) }));

const experienceEntry = z
  .looseObject({ company: text, organization: text, position: text, ...datedFields })
  .transform((e): CvEntry => ({ kind: 'experience', organization: e.company ?? e.organization, position: e.position, ...dated(e) }));

const publicationEntry = z
  .looseObject({
    title: requiredText,
    authors: textList,
    doi: plain,
    journal: text,
    publisher: text,
    releaseDate: optionalDate,
    ...datedFields,
  })
  .transform(
    (e): CvEntry => ({
      kind: 'publication',
      title: e.title,
      authors: e.authors,
      venue: e.journal ?? e.publisher,
      doi: e.doi,
      ...dated({ ...e, date: e.date ?? e.releaseDate }),
      // RenderCV links the DOI rather than the URL when both are given.
      url: e.doi ? `https://doi.org/${e.doi}` : e.url,
    }),
  );

const normalEntry = z
  .looseObject({
    name: text,
    title: text,
    level: text,
    awarder: text,
    issuer: text,
    fluency: text,
    reference: text,
    description: text,
    keywords: wordList,
    ...datedFields,
  })
  .transform((e, ctx): CvEntry => {
    const name = e.name ?? e.title;
    if (!name) {
      ctx.addIssue({ code: 'custom', message: 'the entry has no `name`', path: ['name'], params: { fix: 'add `name: ...` (or `title: ...`)' } });
      return z.NEVER;
    }
    const { summary, ...rest } = dated(e);
    return { kind: 'normal', name, detail: e.level ?? e.awarder ?? e.issuer ?? e.fluency, keywords: e.keywords, ...rest, summary: summary ?? e.reference ?? e.description };
  });

const oneLineEntry = z.looseObject({ label: requiredText, details: text }).transform((e): CvEntry => ({ kind: 'one-line', label: e.label, details: e.details ?? trustedHtml('') }));

const bulletEntry = z.looseObject({ bullet: requiredText }).transform((e): CvEntry => ({ kind: 'bullet', text: e.bullet }));

const has = (o: Record<string, unknown>, ...keys: string[]) => keys.some((k) => o[k] !== undefined && o[k] !== null);

/** RenderCV's rule: an entry's kind follows from its keys. */
function entrySchemaFor(o: Record<string, unknown>) {
  if (has(o, 'bullet')) return bulletEntry;
  if (has(o, 'label')) return oneLineEntry;
  if (has(o, 'institution')) return educationEntry;
  if (has(o, 'company', 'organization', 'position')) return experienceEntry;
  if (has(o, 'title') && has(o, 'authors', 'doi', 'journal', 'publisher', 'releaseDate') && !has(o, 'awarder')) return publicationEntry;
  if (has(o, 'name', 'title', 'language')) return normalEntry;
  return undefined;
}

const ENTRY_KINDS =
  'institution (education), company and position (experience), title and authors (publication), name (any other entry), label and details (one line), bullet, or a plain line of text';

const renderCvEntry = z.unknown().transform((value, ctx): CvEntry => {
  if (typeof value === 'string' || typeof value === 'number') return { kind: 'text', text: inline(String(value)) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'an entry is a line of text or a set of `key: value` lines', params: { fix: `give it ${ENTRY_KINDS}` } });
    return z.NEVER;
  }
  const o = value as Record<string, unknown>;
  // al-folio's sample writes languages as `name` + `summary`; JSON Resume's form is `language` + `fluency`.
  const schema = entrySchemaFor(o);
  if (!schema) {
    ctx.addIssue({ code: 'custom', message: 'the entry is none of the kinds RenderCV knows', params: { fix: `give it ${ENTRY_KINDS}` } });
    return z.NEVER;
  }
  const result = schema.safeParse(has(o, 'language') && !has(o, 'name') ? { ...o, name: o.language } : o, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

export const renderCvSchema = z.looseObject({
  cv: z
    .looseObject({
      name: plain,
      label: plain,
      headline: plain,
      location: plain,
      address: address.nullish(),
      email: plain,
      phone: z.union([z.string(), z.number(), z.null()]).optional(),
      website: url,
      summary: text,
      social_networks: z.array(profile).nullish(),
      sections: z.record(z.string(), z.array(renderCvEntry).nullable()).nullish(),
    })
    .transform(
      (cv): Omit<Cv, 'file'> => ({
        format: 'rendercv',
        name: cv.name,
        label: cv.label ?? cv.headline,
        summary: cv.summary,
        contact: {
          email: cv.email,
          phone: cv.phone === null || cv.phone === undefined ? undefined : String(cv.phone).replace(/^tel:/, ''),
          website: cv.website,
          location: cv.location ?? cv.address ?? undefined,
        },
        profiles: cv.social_networks ?? [],
        sections: sections(Object.entries(cv.sections ?? {}).map(([key, list]) => [key, list ?? []])),
      }),
    ),
});
