import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkListHeadingLevel } from './remark-list-heading-level';

/** The `level` each <Publications /> of a body gets, in order. */
async function levels(body: string): Promise<string[]> {
  const code = String(await compile(body, { remarkPlugins: [remarkListHeadingLevel] }));
  return [...code.matchAll(/_components\.Publications|Publications, \{[^}]*level: "(\d)"/g)].map((m) => m[1]).filter((l): l is string => l !== undefined);
}

describe('the heading level of a publication list’s years', () => {
  it('is one below the heading the list follows', async () => {
    expect(await levels('Intro.\n\n<Publications />\n')).toEqual(['2']);
    expect(await levels('## Publications\n\n<Publications selected />\n')).toEqual(['3']);
    expect(await levels('## Work\n\n### Papers\n\n<Publications />\n\n## More\n\n<Publications year="2024" />\n')).toEqual(['4', '3']);
  });

  it('never goes below h6', async () => {
    expect(await levels('###### Deep\n\n<Publications />\n')).toEqual(['6']);
  });
});
