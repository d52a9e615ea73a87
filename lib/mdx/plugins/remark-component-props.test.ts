import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/load';
import { makeProject, TINY_PNG } from '../../content/testing';
import { checkDocument } from '../pipeline';

const FRONT = '---\ntitle: Research\n---\n'; // the body starts on line 4

/** The content check's issues for a page whose body is `body`. */
async function check(body: string) {
  const project = makeProject({ 'content/pages/research.mdx': FRONT + body, 'public/x.png': TINY_PNG });
  const { content } = readContent(project);
  return checkDocument(content!.pages[0]!, project.publicDir);
}

describe('component attributes are checked against their allowed values', () => {
  it('a misspelt filter value is an error on its line, with the values allowed', async () => {
    expect(await check('Intro\n\n<Publications selected="ture" />\n')).toEqual([
      {
        severity: 'error',
        file: 'content/pages/research.mdx',
        line: 6,
        column: 15,
        message: '<Publications selected="ture">: `selected` must be one of: true, false',
        fix: 'correct the value, or leave `selected` out',
      },
    ]);
  });

  it('reports every bad value of a page, each on its own line', async () => {
    const body = '<Publications year="24" />\n\n<Publications type="inprocedings, article" maxAuthors="0" />\n\n<Callout type="info">\nHi.\n</Callout>\n';
    const issues = await check(body);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [4, '<Publications year="24">: `year` must be a year or a comma-separated list of years, e.g. "2024" or "2023, 2024"'],
      [6, expect.stringMatching(/^<Publications type="inprocedings, article">: `type` must be one or more of \(comma-separated\): article, .*inproceedings/)],
      [6, '<Publications maxAuthors="0">: `maxAuthors` must be a whole number above 0, e.g. "5"'],
      [8, '<Callout type="info">: `type` must be one of: note, tip, warning, danger'],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('a bare attribute is true for a flag, and needs a value otherwise', async () => {
    const issues = await check('<Publications selected />\n\n<Figure src="/x.png" zoomable />\n\n<Publications year />\n');
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', line: 8, message: '<Publications year>: `year` needs a value, a year or a comma-separated list of years, e.g. "2024" or "2023, 2024"' })]);
  });

  it('an attribute the component does not have is a warning', async () => {
    expect(await check('<Publications slected="true" />\n')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 4, message: '<Publications> has no attribute `slected`: it does nothing', fix: 'use one of: selected, year, type, author, maxAuthors' }),
    ]);
  });

  it('a YouTube id is an id: nothing that would lead the player elsewhere on YouTube', async () => {
    const issues = await check('<YouTube id="../../x" />\n\n<Video youtube="https://youtu.be/jNQXAC9IVRw" />\n\n<YouTube id=".." />\n');
    expect(issues.map((i) => [i.severity, i.line, i.message])).toEqual([
      ['error', 4, '<YouTube id="../../x">: `id` must be a YouTube video id, the part after `v=` in its address (e.g. "dQw4w9WgXcQ")'],
      ['error', 6, '<Video youtube="https://youtu.be/jNQXAC9IVRw">: `youtube` must be a YouTube video id, the part after `v=` in its address (e.g. "dQw4w9WgXcQ")'],
      ['error', 8, '<YouTube id="..">: `id` must be a YouTube video id, the part after `v=` in its address (e.g. "dQw4w9WgXcQ")'],
    ]);
  });

  it('allowed values pass: lists, any case of an entry type, numbers, every callout', async () => {
    const body = [
      '<Publications selected="false" year="2023, 2024" type="Article,inproceedings" author="Melzi" maxAuthors="5" />',
      '<Figure src="/x.png" alt="x" caption="c" width="300" height="200" zoomable="true" />',
      ...['note', 'tip', 'warning', 'danger'].map((type) => `<Callout type="${type}" title="T">\nx\n</Callout>`),
      '<Video youtube="jNQXAC9IVRw" title="t" />',
      '<YouTube id="dQw4w9WgXcQ" />',
      '',
    ].join('\n\n');
    expect(await check(body)).toEqual([]);
  });
});
