import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './load';
import { makeProject } from './testing';
import type { Cv, CvEntry } from './cv';
import { sectionTitle } from './cv-schema';

const RENDERCV = fs.readFileSync(path.join(import.meta.dirname, '../../e2e/fixture-content/cv.yml'), 'utf8');
const JSON_RESUME = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/resume.json'), 'utf8');
const CV_PAGE = (extra = '') => `---\nlayout: cv\ntitle: cv\npermalink: /cv/\n${extra}---\n`;

function load(files: Record<string, string>) {
  const { content, log } = readContent(makeProject({ 'content/pages/cv.md': CV_PAGE(), ...files }));
  return { cv: content?.pages.find((p) => p.layout === 'cv')?.cv, issues: log.issues, content };
}

function section(cv: Cv, title: string): CvEntry[] {
  const found = cv.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section ${title} in ${cv.sections.map((s) => s.title).join(', ')}`);
  return found.entries;
}

describe('a RenderCV cv.yml, as al-folio v1 writes it', () => {
  const { cv, issues } = load({ 'content/cv.yml': RENDERCV });

  it('reads without a problem', () => {
    expect(issues).toEqual([]);
    expect(cv?.format).toBe('rendercv');
  });

  it('reads the person and how to reach them', () => {
    expect(cv).toMatchObject({
      name: 'Ada Lovelace',
      label: 'Analyst of engines',
      summary: 'Writes programs for machines that do not exist yet, and notes on <strong>what they could do</strong>.',
      contact: { email: 'ada@example.org', phone: '+44 20 7946 0000', website: 'https://fixture.example.org', location: 'London, UK' },
      profiles: [
        { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
        { network: 'ORCID', username: '0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' },
        { network: 'X', username: 'ada', url: 'https://x.com/ada' },
      ],
    });
  });

  it('keeps the sections in the order written, with RenderCV titles', () => {
    expect(cv!.sections.map((s) => [s.id, s.title])).toEqual([
      ['education', 'Education'],
      ['experience', 'Experience'],
      ['volunteer', 'Volunteer'],
      ['awards', 'Awards'],
      ['publications', 'Publications'],
      ['skills', 'Skills'],
      ['languages', 'Languages'],
      ['interests', 'Interests'],
      ['certificates', 'Certificates'],
      ['projects', 'Projects'],
      ['references', 'References'],
      ['talks', 'Talks'],
      ['service-and-outreach', 'Service and Outreach'],
      ['statement', 'Statement'],
    ]);
  });

  it('reads education (EducationEntry, with al-folio\'s studyType and courses string)', () => {
    expect(section(cv!, 'Education')[0]).toEqual({
      kind: 'education',
      institution: 'University of London',
      area: 'Mathematics',
      degree: 'PhD',
      score: undefined,
      courses: ['Analysis', 'Difference engines'],
      period: [{ iso: '2020-09' }, { text: 'present' }],
      location: 'London, UK',
      url: 'https://www.london.ac.uk/',
      summary: undefined,
      highlights: ['Thesis: <em>Notes on the Analytical Engine</em>', 'Advisor: Augustus De Morgan'],
    });
    expect(section(cv!, 'Education')[1]).toMatchObject({ period: [{ iso: '2016' }, { iso: '2020' }] });
  });

  it('reads work and volunteering (ExperienceEntry), a single year as one date', () => {
    const [fellow, visit] = section(cv!, 'Experience');
    expect(fellow).toMatchObject({ kind: 'experience', organization: 'Analytical Engine Society', position: 'Research Fellow', period: [{ iso: '2023-01' }, { text: 'present' }] });
    expect(fellow).toMatchObject({ highlights: ["Translated and annotated Menabrea’s article", '<a href="https://example.org/note-g">Note G</a>, the first algorithm'] });
    expect(visit).toMatchObject({ period: [{ iso: '2021' }] });
    expect(section(cv!, 'Volunteer')[0]).toMatchObject({ kind: 'experience', organization: 'Mechanics’ Institute', position: 'Lecturer', period: [{ iso: '2019-04-01' }, { iso: '2020-07-01' }] });
  });

  it('reads awards, certificates, skills, languages, interests, projects and references (NormalEntry)', () => {
    expect(section(cv!, 'Awards')[0]).toMatchObject({ kind: 'normal', name: 'Medal of the Analytical Society', detail: 'Analytical Society', period: [{ iso: '2024-11-01' }], url: 'https://example.org/medal' });
    expect(section(cv!, 'Certificates')[0]).toMatchObject({ kind: 'normal', name: 'Engine Operation', detail: 'Royal Society', period: [{ iso: '2022-01-01' }] });
    expect(section(cv!, 'Skills')[0]).toMatchObject({ kind: 'normal', name: 'Programming', detail: 'Expert', keywords: ['Loops', 'Subroutines', 'Bernoulli numbers'] });
    expect(section(cv!, 'Languages')).toMatchObject([
      { kind: 'normal', name: 'English', summary: 'Native speaker' },
      { kind: 'normal', name: 'French', summary: 'Fluent' },
    ]);
    expect(section(cv!, 'Interests')[0]).toMatchObject({ kind: 'normal', name: 'Music', keywords: ['Composition', 'Harmony'] });
    expect(section(cv!, 'Projects')[0]).toMatchObject({ kind: 'normal', name: 'Bernoulli table', period: [{ iso: '2023-01-01' }, { iso: '2023-06-01' }] });
    expect(section(cv!, 'References')[0]).toMatchObject({ kind: 'normal', name: 'Charles Babbage', summary: 'She understood the engine better than anyone.' });
  });

  it('reads publications (PublicationEntry, with al-folio\'s publisher and releaseDate)', () => {
    expect(section(cv!, 'Publications')[0]).toMatchObject({
      kind: 'publication',
      title: 'Sketch of the Analytical Engine',
      authors: ['Luigi Menabrea', '<strong>Ada Lovelace</strong>'],
      venue: 'Scientific Memoirs',
      period: [{ iso: '2023-06-30' }],
      url: 'https://example.org/sketch',
    });
  });

  it('reads one-line, bullet and text entries', () => {
    expect(section(cv!, 'Talks')).toEqual([
      { kind: 'one-line', label: '2024', details: 'The engine as a composer, Royal Institution' },
      { kind: 'one-line', label: '2023', details: 'On Note G, Analytical Society' },
    ]);
    expect(section(cv!, 'Service and Outreach')).toEqual([
      { kind: 'bullet', text: 'Organised the engine reading group' },
      { kind: 'bullet', text: 'Reviewer for <em>Scientific Memoirs</em>' },
    ]);
    expect(section(cv!, 'Statement')).toEqual([{ kind: 'text', text: 'A plain line of text, RenderCV’s TextEntry.' }]);
  });

  it('links a DOI rather than a URL, as RenderCV does', () => {
    const yml = 'cv:\n  sections:\n    publications:\n      - title: T\n        authors: [A]\n        doi: 10.1000/xyz\n        url: https://example.org\n        date: 2004-01\n';
    expect(section(load({ 'content/cv.yml': yml }).cv!, 'Publications')[0]).toMatchObject({ doi: '10.1000/xyz', url: 'https://doi.org/10.1000/xyz', period: [{ iso: '2004-01' }] });
  });

  it('gives the page a table of contents of its sections when it asks for one', () => {
    const { content } = readContent(makeProject({ 'content/pages/cv.md': CV_PAGE('toc:\n  sidebar: left\n'), 'content/cv.yml': RENDERCV }));
    const toc = content!.pages[0]!.toc!;
    expect(toc.placement).toBe('left');
    expect(toc.headings.slice(0, 3)).toEqual([
      { depth: 2, text: 'Education', id: 'education' },
      { depth: 2, text: 'Experience', id: 'experience' },
      { depth: 2, text: 'Volunteer', id: 'volunteer' },
    ]);
  });
});

describe('a JSON Resume resume.json, as al-folio keeps it', () => {
  const { cv, issues } = load({ 'content/resume.json': JSON_RESUME });

  it('reads every section', () => {
    expect(issues).toEqual([]);
    expect(cv).toMatchObject({
      format: 'jsonresume',
      name: 'Ada Lovelace',
      label: 'Analyst of engines',
      contact: { email: 'ada@example.org', phone: '(020) 7946 0000', website: 'https://fixture.example.org', location: "12 St James's Square, London, Westminster, SW1Y 4JH, GB" },
      profiles: [{ network: 'GitHub', username: 'ada', url: 'https://github.com/ada' }],
    });
    // In the order of the file (volunteer before education, projects last), never reordered.
    expect(cv!.sections.map((s) => s.title)).toEqual([
      'Experience',
      'Volunteering',
      'Education',
      'Awards',
      'Certificates',
      'Publications',
      'Skills',
      'Languages',
      'Interests',
      'References',
      'Projects',
    ]);
    expect(section(cv!, 'Experience')[0]).toMatchObject({ kind: 'experience', organization: 'Analytical Engine Society', position: 'Research Fellow', period: [{ iso: '2023-01-01' }, { text: 'present' }] });
    expect(section(cv!, 'Education')[0]).toMatchObject({ kind: 'education', institution: 'University of London', degree: 'PhD', area: 'Mathematics', courses: ['Analysis'], period: [{ iso: '2020-09' }, { iso: '2024' }] });
    expect(section(cv!, 'Volunteering')[0]).toMatchObject({ kind: 'experience', organization: 'Mechanics’ Institute', position: 'Lecturer' });
    expect(section(cv!, 'Publications')[0]).toMatchObject({ kind: 'publication', title: 'Sketch of the Analytical Engine', venue: 'Scientific Memoirs', period: [{ iso: '2023-06-30' }] });
    expect(section(cv!, 'Awards')[0]).toMatchObject({ kind: 'normal', name: 'Medal of the Analytical Society', detail: 'Analytical Society' });
    expect(section(cv!, 'Certificates')[0]).toMatchObject({ kind: 'normal', name: 'Engine Operation', detail: 'Royal Society' });
    expect(section(cv!, 'Projects')[0]).toMatchObject({ kind: 'normal', name: 'Bernoulli table', highlights: ['Steps'] });
    expect(section(cv!, 'Skills')[0]).toMatchObject({ kind: 'normal', name: 'Programming', detail: 'Expert', keywords: ['Loops', 'Subroutines'] });
    expect(section(cv!, 'Languages')[0]).toEqual({ kind: 'one-line', label: 'English', details: 'Native speaker' });
    expect(section(cv!, 'Interests')[0]).toMatchObject({ kind: 'normal', name: 'Music', keywords: ['Composition'] });
    expect(section(cv!, 'References')[0]).toMatchObject({ kind: 'normal', name: 'Charles Babbage', summary: 'She understood the engine.' });
  });
});

describe('which CV the page shows', () => {
  it('the one cv_format names', () => {
    const { cv, issues } = load({ 'content/pages/cv.md': CV_PAGE('cv_format: jsonresume\n'), 'content/cv.yml': RENDERCV, 'content/resume.json': JSON_RESUME });
    expect(issues).toEqual([]);
    expect(cv?.format).toBe('jsonresume');
  });

  it('both files and no cv_format: an error naming both, with the fix', () => {
    const { issues } = load({ 'content/cv.yml': RENDERCV, 'content/resume.json': JSON_RESUME });
    expect(issues).toEqual([
      {
        severity: 'error',
        file: 'content/pages/cv.md',
        line: 2,
        column: 1,
        message: 'the CV page could show content/cv.yml or content/resume.json: both exist',
        fix: 'add `cv_format: rendercv` (for content/cv.yml) or `cv_format: jsonresume` (for content/resume.json) to the front matter, or remove the other file',
      },
    ]);
  });

  it('cv_format naming a file that does not exist', () => {
    const { issues } = load({ 'content/pages/cv.md': CV_PAGE('cv_format: jsonresume\n'), 'content/cv.yml': RENDERCV });
    expect(issues).toMatchObject([
      { file: 'content/pages/cv.md', line: 5, message: '`cv_format: jsonresume` shows content/resume.json, which does not exist', fix: 'set `cv_format: rendercv` to show content/cv.yml, or add content/resume.json' },
    ]);
  });

  it('no CV file at all', () => {
    expect(load({}).issues).toMatchObject([{ file: 'content/pages/cv.md', line: 2, message: '`layout: cv` shows content/cv.yml or content/resume.json, and neither exists' }]);
  });

  it('a cv_pdf missing from public/', () => {
    const { issues } = load({ 'content/pages/cv.md': CV_PAGE('cv_pdf: /assets/pdf/cv.pdf\n'), 'content/cv.yml': RENDERCV });
    expect(issues).toEqual([
      { severity: 'error', file: 'content/pages/cv.md', line: 5, column: 1, message: 'cv_pdf `/assets/pdf/cv.pdf` does not exist', fix: 'put the file at public/assets/pdf/cv.pdf or change `cv_pdf`' },
    ]);
  });

  it('a cv_pdf in public/, by path, by file name, or an address', () => {
    const files = { 'content/cv.yml': RENDERCV, 'public/assets/pdf/cv.pdf': '%PDF-1.4' };
    const pdf = (value: string) => readContent(makeProject({ ...files, 'content/pages/cv.md': CV_PAGE(`cv_pdf: ${value}\n`) })).content!.pages[0]!.cvPdf;
    expect(pdf('/assets/pdf/cv.pdf')).toBe('/assets/pdf/cv.pdf');
    expect(pdf('cv.pdf')).toBe('/assets/pdf/cv.pdf');
    expect(pdf('assets/pdf/cv.pdf')).toBe('/assets/pdf/cv.pdf');
    expect(pdf('https://example.org/cv.pdf')).toBe('https://example.org/cv.pdf');
  });
});

describe('bad CV files name the file and the line', () => {
  const errors = (files: Record<string, string>) => load(files).issues.map((i) => `${i.file}:${i.line}: ${i.message} (${i.fix})`);

  it('a date that is not one, in cv.yml', () => {
    const yml = 'cv:\n  name: A\n  sections:\n    Education:\n      - institution: U\n        area: Maths\n        start_date: 2020-13\n';
    expect(errors({ 'content/cv.yml': yml })).toEqual([
      'content/cv.yml:7: `cv.sections.Education.0.start_date`: `2020-13` is not a date (write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-09), or present)',
    ]);
  });

  it('a highlight YAML reads as a key (an unquoted colon)', () => {
    const yml = 'cv:\n  sections:\n    Education:\n      - institution: U\n        highlights:\n          - Advisor: Prof. Smith\n';
    expect(errors({ 'content/cv.yml': yml })).toEqual([
      'content/cv.yml:6: `cv.sections.Education.0.highlights.0`: a line of this list must be text (a line that contains `: ` must be quoted, e.g. - "Advisor: Prof. Smith")',
    ]);
  });

  it('an entry of no kind RenderCV knows', () => {
    const yml = 'cv:\n  sections:\n    Misc:\n      - foo: bar\n';
    expect(errors({ 'content/cv.yml': yml })).toEqual([
      'content/cv.yml:4: `cv.sections.Misc.0`: the entry is none of the kinds RenderCV knows (give it institution (education), company and position (experience), title and authors (publication), name (any other entry), label and details (one line), bullet, or a plain line of text)',
    ]);
  });

  it('a required key with the wrong type is not "missing"', () => {
    const yml = 'cv:\n  sections:\n    Education:\n      - institution: [a, b]\n';
    expect(errors({ 'content/cv.yml': yml })).toEqual(['content/cv.yml:4: `cv.sections.Education.0.institution` must be text; here it is a list (see "The CV" in README.md)']);
  });

  it('a website that is not an address', () => {
    expect(errors({ 'content/cv.yml': 'cv:\n  name: A\n  website: not a url\n' })).toEqual([
      'content/cv.yml:3: `cv.website`: `not a url` is not a full address (write it as https://example.org/...)',
    ]);
  });

  it('no `cv:` at the top', () => {
    expect(errors({ 'content/cv.yml': 'name: A\n' })).toEqual(['content/cv.yml:1: `cv` is missing (add `cv: ...` to the file)']);
  });

  it('a date that is not one, in resume.json, on the line of its key', () => {
    const json = JSON.stringify({ basics: { name: 'A' }, work: [{ name: 'W', position: 'P', startDate: '2020-02-30' }] }, null, 2);
    expect(errors({ 'content/resume.json': json })).toEqual([
      'content/resume.json:9: `work.0.startDate`: `2020-02-30` is not a date (write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-09), or present)',
    ]);
  });

  it('a required key missing in resume.json, on its parent\'s line', () => {
    const json = '{\n  "education": [\n    {\n      "area": "Maths"\n    }\n  ]\n}\n';
    expect(errors({ 'content/resume.json': json })).toEqual(['content/resume.json:3: `education.0.institution` is missing (add `education.0.institution: ...` to the file)']);
  });

  it('JSON that does not parse', () => {
    const json = '{\n  "basics": {\n    "name": "A",\n  }\n}\n';
    expect(errors({ 'content/resume.json': json })).toEqual([
      'content/resume.json:4: not valid JSON: PropertyNameExpected (check the commas, quotes and brackets near this line (JSON has no comments and no comma after the last item))',
    ]);
  });

  it('a broken file is reported even when no page shows it', () => {
    const { log } = readContent(makeProject({ 'content/cv.yml': 'cv:\n  website: nope\n' }));
    expect(log.issues.map((i) => `${i.file}:${i.line}`)).toEqual(['content/cv.yml:2']);
  });
});

describe('section titles', () => {
  it('follow RenderCV: snake_case keys read as titles, others as written', () => {
    expect(sectionTitle('quick_guide')).toBe('Quick Guide');
    expect(sectionTitle('service_and_outreach')).toBe('Service and Outreach');
    expect(sectionTitle('Honors and Awards')).toBe('Honors and Awards');
    expect(sectionTitle('welcome_to_RenderCV!')).toBe('welcome_to_RenderCV!');
  });
});

describe('a CV file with a wrong value', () => {
  it('is reported at the key, line and column, in cv.yml and in resume.json', () => {
    const yml = load({ 'content/cv.yml': 'cv:\n  name: Ada\n  sections:\n    education: 5\n' }).issues;
    expect(yml).toEqual([expect.objectContaining({ file: 'content/cv.yml', line: 4, column: 5, message: expect.stringContaining('`cv.sections.education`') })]);
    const json = load({ 'content/resume.json': '{\n  "basics": {\n    "name": ["Ada"]\n  }\n}\n' }).issues;
    expect(json).toEqual([expect.objectContaining({ file: 'content/resume.json', line: 3, column: 5, message: '`basics.name` must be text; here it is a list' })]);
  });
});

describe('the CV as the author wrote it', () => {
  it('keeps the sections in the order of the file, in either format', () => {
    const yaml = load({ 'content/cv.yml': 'cv:\n  name: Ada\n  sections:\n    education:\n      - label: PhD\n        details: London\n    experience:\n      - label: Fellow\n        details: Society\n' });
    expect(yaml.cv!.sections.map((s) => s.title)).toEqual(['Education', 'Experience']);
    const json = load({ 'content/resume.json': JSON.stringify({ education: [{ institution: 'London' }], basics: { name: 'Ada' }, work: [{ name: 'Society' }] }) });
    expect(json.cv!.sections.map((s) => s.title)).toEqual(['Education', 'Experience']);
  });

  it('gives every text typographer’s quotes and dashes, as a page’s, and leaves code as written', () => {
    const { cv } = load({ 'content/cv.yml': `cv:\n  name: Ada\n  sections:\n    statement:\n      - 'She wrote "the engine weaves" and "it has no pretensions" -- in 1843; \`print("x")\` runs.'\n` });
    expect(section(cv!, 'Statement')).toEqual([
      { kind: 'text', text: 'She wrote “the engine weaves” and “it has no pretensions” – in 1843; <code>print("x")</code> runs.' },
    ]);
  });
});
