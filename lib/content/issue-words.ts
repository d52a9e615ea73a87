import type { z } from 'zod';

/**
 * What a schema found wrong, in the author's words: every code zod reports
 * (zod's own sentences, "Invalid input: expected boolean, received string",
 * never reach the author). `name` is the key as the author wrote it
 * (`profile.image`); the message leads with it. A schema's own custom
 * message (`unknown layout \`fancy\``) is kept: it is written for the author
 * already.
 */
export function issueWords(issue: z.core.$ZodIssue, name: string): string {
  const input = (issue as { input?: unknown }).input;
  const key = name ? `\`${name}\`` : 'the file';
  // A schema's own words for a type it takes (`z.string({ error: 'text' })`) say what the key must be.
  if (issue.code !== 'custom' && issue.message && !ZOD_DEFAULT.test(issue.message)) return `${key} must be ${issue.message}; here it is ${valueWords(input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${key} must be ${kindWords(issue.expected)}; here it is ${valueWords(input)}`;
    case 'too_small':
      return tooSmall(key, issue, input);
    case 'too_big':
      return tooBig(key, issue);
    case 'invalid_format':
      return `${key}: ${valueWords(input)} is not ${formatWords(issue.format)}`;
    case 'not_multiple_of':
      return `${key} must be a multiple of ${String(issue.divisor)}; here it is ${valueWords(input)}`;
    case 'unrecognized_keys':
      return `${key} has ${issue.keys.length === 1 ? 'a key' : 'keys'} Folio does not know: ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_union':
      return `${key} must be ${unionWords(issue)}; here it is ${valueWords(input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${key} must be \`${String(issue.values[0])}\`; here it is ${valueWords(input)}`
        : `${key} must be one of: ${issue.values.map(String).join(', ')}; here it is ${valueWords(input)}`;
    case 'invalid_key':
      return `${key} has a key Folio cannot use: ${issue.issues.map((i) => issueWords(i, '')).join('; ')}`;
    case 'invalid_element':
      return `${key}: the entry \`${String(issue.key)}\` is not one Folio can use`;
    case 'custom':
      // zod's default for a custom check that says nothing.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `${key}: ${valueWords(input)} is not a value Folio can use here`;
  }
}

/** zod's own sentences, which start so. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/** What a value is, as the author sees it in their file. */
export function valueWords(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text \`${short(value)}\``;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `\`${value}\``;
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of `key: value` lines';
  return `\`${String(value)}\``;
}

/** zod's names of types (and v4's number formats), as the author writes such a value. */
function kindWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    int32: 'a whole number',
    uint32: 'a whole number, 0 or more',
    safeint: 'a whole number',
    float32: 'a number',
    float64: 'a number',
    bigint: 'a whole number',
    boolean: '`true` or `false`',
    date: 'a date (YYYY-MM-DD)',
    array: 'a list (`- item` lines, or `[a, b]`)',
    tuple: 'a list (`- item` lines, or `[a, b]`)',
    object: 'a group of `key: value` lines, indented under it',
    record: 'a group of `key: value` lines, indented under it',
    map: 'a group of `key: value` lines, indented under it',
    null: 'empty',
    undefined: 'left out',
    literal: 'a fixed value',
  };
  return words[expected] ?? 'another kind of value';
}

function formatWords(format: string): string {
  const words: Record<string, string> = {
    url: 'a web address (https://...)',
    email: 'an email address',
    regex: 'written in the form this key takes',
    date: 'a date (YYYY-MM-DD)',
    datetime: 'a date and time (YYYY-MM-DD HH:MM:SS)',
    time: 'a time (HH:MM)',
    starts_with: 'written in the form this key takes',
    ends_with: 'written in the form this key takes',
    includes: 'written in the form this key takes',
  };
  return words[format] ?? `a valid ${format.replace(/_/g, ' ')}`;
}

function tooSmall(key: string, issue: z.core.$ZodIssueTooSmall, input: unknown): string {
  const min = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return min <= 1 ? `${key} is empty` : `${key} needs at least ${min} characters`;
    case 'array':
    case 'set':
      return min <= 1 ? `${key} is an empty list` : `${key} needs at least ${min} entries`;
    default:
      if (min === 0 && !issue.inclusive) return `${key} must be more than 0; here it is ${valueWords(input)}`;
      return `${key} must be ${issue.inclusive ? 'at least' : 'more than'} ${min}; here it is ${valueWords(input)}`;
  }
}

function tooBig(key: string, issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `${key} is too long: at most ${max} characters`;
    case 'array':
    case 'set':
      return `${key} has too many entries: at most ${max}`;
    default:
      return `${key} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}`;
  }
}

/** The kinds of value a union takes, from what each of its branches asked for: "`true` or `false`, or a group of ..." */
function unionWords(issue: z.core.$ZodIssueInvalidUnion): string {
  const kinds = new Set<string>();
  for (const branch of issue.errors) {
    const first = branch.find((i) => i.path.length === 0) ?? branch[0];
    if (!first) continue;
    if (first.code === 'invalid_type') kinds.add(kindWords(first.expected));
    else if (first.code === 'invalid_value') kinds.add(first.values.map((v) => `\`${String(v)}\``).join(', '));
    else if (first.code === 'custom' && first.message && first.message !== 'Invalid input') kinds.add(first.message);
  }
  kinds.delete('empty');
  const list = [...kinds];
  if (list.length === 0) return 'a value of another kind';
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
