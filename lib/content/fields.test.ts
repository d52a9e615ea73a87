import { describe, expect, it } from 'vitest';
import { dateField, parseContentDate, wordListField } from './fields';

describe('dates as al-folio writes them', () => {
  it.each([
    ['2024-06-06 09:00:00', '2024-06-06T09:00:00.000Z', '2024-06-06'],
    ['2015-10-20 11:12:00-0400', '2015-10-20T15:12:00.000Z', '2015-10-20'],
    ['2015-10-20 11:12:00 +02:00', '2015-10-20T09:12:00.000Z', '2015-10-20'],
    ['2024-9-30', '2024-09-30T00:00:00.000Z', '2024-09-30'],
    ['2024-06-06', '2024-06-06T00:00:00.000Z', '2024-06-06'],
    ['2024-06-06T09:30:00Z', '2024-06-06T09:30:00.000Z', '2024-06-06'],
    ['2024-06-06 9:05', '2024-06-06T09:05:00.000Z', '2024-06-06'],
  ])('%s', (text, iso, day) => {
    expect(parseContentDate(text)).toEqual({ iso, day, year: Number(day.slice(0, 4)) });
  });

  it('accepts a YAML date that a parser already turned into a Date', () => {
    expect(parseContentDate(new Date('2024-06-06T00:00:00Z'))?.day).toBe('2024-06-06');
  });

  it.each(['2024-13-01', '2024-02-30', 'next tuesday', '06/06/2024', ''])('rejects %j with a fix', (text) => {
    const result = dateField.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('is not a date');
  });
});

describe('tags and categories', () => {
  it.each([
    ['diffusion blending  math', ['diffusion', 'blending', 'math']],
    ['diffusion, image synthesis, math', ['diffusion', 'image synthesis', 'math']],
    [['diffusion', 'math', 'diffusion'], ['diffusion', 'math']],
    [null, []],
  ])('%j', (input, expected) => {
    expect(wordListField.parse(input)).toEqual(expected);
  });
});
