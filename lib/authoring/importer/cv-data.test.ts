import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { isOlderCv, olderCvToRenderCv } from './cv-data';

// al-folio v0's _data/cv.yml, each of its section types.
const OLDER = YAML.parse(`
- title: General Information
  type: map
  contents:
    - name: Full Name
      value: Grace Hopper
    - name: Languages
      value: English, Spanish
- title: Education
  type: time_table
  contents:
    - title: PhD in Mathematics
      institution: Yale University
      year: 1934
      description:
        - Thesis on irreducibility criteria.
        - title: Advisors
          contents:
            - Øystein Ore
- title: Experience
  type: time_table
  contents:
    - title: Senior mathematician
      institution: Eckert-Mauchly Computer Corporation
      year: 1949 - 1971
      description: Wrote the first compiler.
- title: Honors and Awards
  type: time_table
  contents:
    - year: 1991
      items:
        - National Medal of Technology
- title: Interests
  type: nested_list
  contents:
    - title: Languages
      items:
        - COBOL
- title: Other
  type: list
  contents:
    - <u>Hobbies:</u> knitting
`);

describe("al-folio's older CV", () => {
  it('is told from RenderCV', () => {
    expect(isOlderCv(OLDER)).toBe(true);
    expect(isOlderCv({ cv: { name: 'x' } })).toBe(false);
  });

  it("becomes RenderCV's sections, entry by entry, text as written", () => {
    expect(olderCvToRenderCv(OLDER, 'Someone')).toEqual({
      cv: {
        name: 'Grace Hopper',
        sections: {
          'General Information': [
            { label: 'Full Name', details: 'Grace Hopper' },
            { label: 'Languages', details: 'English, Spanish' },
          ],
          Education: [{ institution: 'Yale University', degree: 'PhD in Mathematics', date: 1934, highlights: ['Thesis on irreducibility criteria.', 'Advisors Øystein Ore'] }],
          Experience: [{ company: 'Eckert-Mauchly Computer Corporation', position: 'Senior mathematician', start_date: '1949', end_date: '1971', summary: 'Wrote the first compiler.' }],
          'Honors and Awards': [{ name: 'National Medal of Technology', date: 1991 }],
          Interests: [{ name: 'Languages', highlights: ['COBOL'] }],
          Other: [{ bullet: '<u>Hobbies:</u> knitting' }],
        },
      },
    });
  });
});
