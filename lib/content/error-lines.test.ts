import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { formatIssue } from '../issues';
import { makeProject, TINY_PNG } from './testing';

/**
 * Every problem README's "When something is wrong" and "Content is data,
 * never code" name, each reported by the content check (MDX compiled) on the
 * line and column where it is, with a fix. A problem is never on line 1 nor
 * on the body's first line (except where line 1 is the answer), so a line
 * counted from the wrong origin fails: next-mdx-remote counts from the end of
 * the front matter, and the YAML parser from the opening `---`.
 */
type Case = {
  name: string;
  /** The file with the problem, and its text. */
  file: string;
  text: string;
  /** Other files the project needs. */
  also?: Record<string, string | Buffer>;
  /** Where the check puts it: `line:column`. */
  at: string;
  severity: 'error' | 'warning';
  /** Part of the message: what is wrong. */
  message: string;
  /** Part of the fix: how to put it right. */
  fix: string;
};

const POST = 'content/blog/2024-06-06-post.mdx';
const MD_POST = 'content/blog/2024-06-06-post.md';
const PAGE = 'content/pages/teaching.md';

/** A post's front matter: its body starts on line 6; each body below puts the problem on line 10 (the body's line 5). */
const FRONT = `---
title: A post
description: One line.
tags: notes
---
`;

const BIB = `@article{lovelace1843,
  title = {Notes on the Analytical Engine},
  author = {Lovelace, Ada},
  year = {1843},
}
`;

const FRONT_MATTER: Case[] = [
  {
    name: 'an unknown layout',
    file: 'content/pages/teaching.mdx',
    text: `---
title: Teaching
description: Courses.
layout: fancy
---
Text.
`,
    at: '4:1',
    severity: 'error',
    message: 'unknown layout `fancy`',
    fix: 'use one of: about, page',
  },
  {
    name: 'a nested key with a value it does not take (at the key, indented)',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
profile:
  align: middle
---
`,
    at: '5:3',
    severity: 'error',
    message: '`profile.align`',
    fix: 'see the front-matter table in README.md',
  },
  {
    name: 'a missing title (on the opening ---: there is no line to point at)',
    file: PAGE,
    text: `---
description: Courses.
layout: page
---
Text.
`,
    at: '1:1',
    severity: 'error',
    message: '`title` is missing',
    fix: 'add `title: ...` to the front matter',
  },
  {
    name: 'front matter in another language (`---js`, on line 1 by definition)',
    file: PAGE,
    text: `---js
{ title: "Teaching" }
---
Text.
`,
    at: '1:4',
    severity: 'error',
    message: 'front matter in `js` is not read: Folio reads YAML front matter only',
    fix: 'start the file with a line of just `---`',
  },
  {
    name: 'a YAML alias bomb, at its first alias',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
---
`,
    at: '5:8',
    severity: 'error',
    message: 'the YAML repeats its aliases (`*name`) too often to be read',
    fix: 'write the values out',
  },
  {
    name: '`yes` read as a boolean',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
nav: yes
---
`,
    at: '4:6',
    severity: 'warning',
    message: '`yes` is read as true',
    fix: 'write `true`',
  },
  {
    name: '`Off` read as a boolean, in a nested key',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
profile:
  align: left
  image_circular: Off
---
`,
    at: '6:19',
    severity: 'warning',
    message: '`Off` is read as false',
    fix: 'write `false`',
  },
  {
    name: 'a setting under its old name (lib/content/migrations.json), at its key',
    file: 'content/site.yml',
    text: `title: Test Site
name: Ada Lovelace
url: https://example.org
socials:
  twitter_username: ada
`,
    at: '5:3',
    severity: 'warning',
    message: '`socials.twitter_username` is now called `socials.x_username`',
    fix: 'rename `twitter_username` to `x_username`',
  },
  {
    name: 'a page width that is not one (al-folio writes `max_width: 930px`), at its key',
    file: 'content/site.yml',
    text: `title: Test Site
name: Ada Lovelace
url: https://example.org
max_width: 930
`,
    at: '4:1',
    severity: 'error',
    message: 'max_width `930` is not a width',
    fix: 'e.g. `max_width: 930px`',
  },
  {
    name: 'an unclosed quote, at the quote (issue 15: it was reported at the end of the front matter, with an indentation hint)',
    file: POST,
    text: `---
title: A post
description: "never closed
tags: notes
layout: post
---
Text.
`,
    at: '3:14',
    severity: 'error',
    message: 'not valid YAML: the " opened here is never closed',
    fix: 'end the value with " on the same line',
  },
  {
    name: 'an unclosed single quote',
    file: PAGE,
    text: `---
title: Teaching
description: 'never closed
nav: true
---
`,
    at: '3:14',
    severity: 'error',
    message: "the ' opened here is never closed",
    fix: "end the value with ' on the same line",
  },
  {
    name: 'a key indented too far',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
profile:
  align: left
    image: me.jpg
---
`,
    at: '6:5',
    severity: 'error',
    message: '`image` is indented further than the key above it',
    fix: 'indent it as `align:` is (2 spaces)',
  },
  {
    name: 'a key not indented enough, at the key',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
profile:
  align: left
 image: me.jpg
---
`,
    at: '6:2',
    severity: 'error',
    message: '`image` is not indented as the keys it belongs with',
    fix: 'keys of one group start at the same column',
  },
  {
    name: 'a key twice',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
title: Lectures
---
`,
    at: '4:1',
    severity: 'error',
    message: '`title` appears twice',
    fix: 'each key may appear once',
  },
  {
    name: 'a tab for indentation',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
profile:
\talign: left
---
`,
    at: '5:1',
    severity: 'error',
    message: 'a tab indents this line',
    fix: 'indent with spaces',
  },
  {
    name: 'a value holding `: `',
    file: PAGE,
    text: `---
title: Teaching
description: Part 1: the start
---
`,
    at: '3:14',
    severity: 'error',
    message: 'the value `Part 1: the start` holds `: `',
    fix: 'quote the value: description: "Part 1: the start"',
  },
  {
    name: 'an unclosed [',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
tags: [a, b
nav: true
---
`,
    at: '4:7',
    severity: 'error',
    message: 'the [ opened here is never closed',
    fix: 'end the list with ]',
  },
  {
    name: 'HTML that is not allowed, in front-matter HTML (`subtitle`)',
    file: 'content/pages/about.md',
    text: `---
title: About
layout: about
description: My page.
subtitle: <b>Hi</b> <script>alert(1)</script>
---
Text.
`,
    at: '5:1',
    severity: 'error',
    message: '`subtitle`: <script> is removed: content cannot run scripts',
    fix: 'delete it',
  },
  {
    name: "a post's own bibliography that is not there (al-folio's distill `bibliography`)",
    file: POST,
    text: `---
title: A post
description: One line.
bibliography: engines.bib
tags: notes
---
Text.
`,
    at: '4:1',
    severity: 'error',
    message: 'bibliography `engines.bib` does not exist',
    fix: 'put the file at public/assets/bibliography/engines.bib',
  },
  // Publication entries (lib/content/publication-settings.ts, content/venues.yml, content/publications.bib): each wrong value at its key.
  ...(
    [
      ['a button that does not exist, at the item', 'publications:\n  buttons:\n    - pdf\n    - paper\n', '7:7', '`paper` in `publications.buttons` is not a button', 'use some of: abstract, bibtex, award, pdf'],
      ['a badge that shows nothing Folio knows', 'publications:\n  buttons: [pdf]\n  badge: venue\n', '6:3', '`publications.badge`: `venue` is not something a badge shows', '`[abbr, kind]`'],
      ['an author mark that is not one', 'publications:\n  annotations:\n    "*": Equal contribution\n    "x": Other\n', '7:5', '`x` in `publications.annotations` is not an author mark', 'use one of * ∗ †'],
      ['a thumbnail switch that is not true or false', 'enable_publication_thumbnails: sometimes\n', '4:1', '`enable_publication_thumbnails`: `sometimes` is not true or false', 'write `true` or `false`'],
      ['a citation service switch that is not true or false, at the service', 'enable_publication_badges:\n  altmetric: true\n  dimensions: maybe\n', '6:3', '`enable_publication_badges.dimensions`: `maybe` is not true or false', 'write `true` or `false`'],
      ['a reveal speed that is not a number', 'max_author_limit: 3\nmore_authors_animation_delay: fast\n', '5:1', '`more_authors_animation_delay`: `fast` is not a number of milliseconds', '0 shows the names at once'],
      ['an author limit that is not a number of authors', 'last_updated: true\nmax_author_limit: 0\n', '5:1', '`max_author_limit`: `0` is not a number of authors', 'leave it blank to list every author'],
      ['scholar names that are not names', 'scholar:\n  last_name: [Lovelace]\n  first_name:\n    ada: A.\n', '6:3', '`scholar.first_name`: `{"ada":"A."}` is not a name or a list of names', '[Ada, A.] for first_name'],
    ] as const
  ).map(
    ([name, yml, at, message, fix]): Case => ({ name: `site.yml: ${name}`, file: 'content/site.yml', text: `title: Test Site\nname: Ada Lovelace\nurl: https://example.org\n${yml}`, at, severity: 'error', message, fix }),
  ),
  {
    name: 'venues.yml: a kind that is not one',
    file: 'content/venues.yml',
    text: '"NeurIPS":\n  color: "#00369f"\n  kind: conferense\n',
    at: '3:3',
    severity: 'error',
    message: '`NeurIPS.kind`: `conferense` is not a kind of publication',
    fix: 'use one of: journal, conference, workshop',
  },
  {
    name: 'publications.bib: an author mark nothing explains (a warning, at the entry)',
    file: 'content/publications.bib',
    text: `---\n---\n\n@article{marked24,\n  title = {T},\n  author = {Lovelace*, Ada and Babbage*, Charles},\n  year = {2024},\n}\n`,
    at: '4:1',
    severity: 'warning',
    message: 'entry `marked24`: the author mark `*` is not explained',
    fix: '`annotation = {* Equal contribution}`',
  },
  {
    name: 'publications.bib: a Google Scholar id without the site’s Scholar profile (a warning, at the entry)',
    file: 'content/publications.bib',
    text: `---\n---\n\n@article{cited24,\n  title = {T},\n  year = {2024},\n  google_scholar_id = {u5HHmVD_uO8C},\n}\n`,
    at: '4:1',
    severity: 'warning',
    message: 'entry `cited24`: `google_scholar_id` needs your Google Scholar profile to link to',
    fix: 'set `socials.scholar_userid` in content/site.yml',
  },
  {
    name: 'publications.bib: a protocol-relative address in a link field',
    file: 'content/publications.bib',
    text: `---\n---\n\n@article{linked24,\n  title = {T},\n  year = {2024},\n  code = {//example.org/code},\n}\n`,
    at: '4:1',
    severity: 'error',
    message: 'entry `linked24`: `code` `//example.org/code` is not a web address',
    fix: 'write the full address, https://...',
  },
];

const BODIES: Case[] = [
  {
    name: 'an HTML comment in .mdx',
    file: POST,
    text: `${FRONT}Intro.

More text.

<!-- note to self -->
`,
    at: '10:2',
    severity: 'error',
    message: 'MDX syntax error: Unexpected character `!`',
    fix: 'MDX has no HTML comments: delete the <!-- --> block, or rename the file to .md',
  },
  {
    name: 'an unclosed { in a paragraph of several lines, at the { (it was reported at the end of the paragraph)',
    file: POST,
    text: `${FRONT}Intro.

More text.

A set {a, b
still the same paragraph
and more.
`,
    at: '10:7',
    severity: 'error',
    message: 'expected a corresponding closing brace for `{`',
    fix: 'a literal { or } must be written \\{ or \\}',
  },
  {
    name: 'an unclosed { on a line of its own, at the { (it was reported at the end of the file)',
    file: POST,
    text: `${FRONT}Intro.

More text.

{a, b

Another paragraph.

And one more.
`,
    at: '10:1',
    severity: 'error',
    message: 'expected a corresponding closing brace for `{`',
    fix: 'a literal { or } must be written \\{ or \\}',
  },
  {
    name: 'a link to a site path that leads nowhere',
    file: POST,
    text: `${FRONT}Intro.

More text.

See [the old post](/blog/2024/old-name/).
`,
    at: '10:5',
    severity: 'warning',
    message: 'the link `/blog/2024/old-name/` leads to no page, post or file of the site',
    fix: 'use the permalink of a page',
  },
  {
    name: 'a JavaScript expression',
    file: POST,
    text: `${FRONT}Intro.

More text.

Two is {1+1}.
`,
    at: '10:8',
    severity: 'warning',
    message: 'the JavaScript expression `{1+1}` is removed',
    fix: 'write \\{ and \\} for literal braces',
  },
  {
    name: 'an import line',
    file: POST,
    text: `${FRONT}Intro.

More text.

import Chart from './chart'
`,
    at: '10:1',
    severity: 'warning',
    message: "the line `import Chart from './chart'` is removed: content cannot import or export code",
    fix: 'need no import',
  },
  {
    name: 'an export line',
    file: POST,
    text: `${FRONT}Intro.

More text.

export const year = 2024
`,
    at: '10:1',
    severity: 'warning',
    message: 'the line `export const year = 2024` is removed',
    fix: 'delete it',
  },
  {
    name: 'an onClick={...} on a component written over several lines, at the attribute',
    file: POST,
    text: `${FRONT}Intro.

<Callout
  type="note"
  onClick={() => alert(1)}
>
Hi.
</Callout>
`,
    at: '10:3',
    severity: 'warning',
    message: 'the attribute `onClick={() => alert(1)}` of <Callout> is removed',
    fix: 'delete it: content cannot run scripts',
  },
  {
    name: '<script> in a .md body',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

<script>alert(1)</script>
`,
    at: '10:1',
    severity: 'error',
    message: '<script> is removed: content cannot run scripts',
    fix: 'delete it',
  },
  {
    name: 'onerror= in a .md body, at the attribute',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

<p>An image: <img src="/assets/img/x.png" alt="x" onerror="alert(1)"></p>
`,
    also: { 'public/assets/img/x.png': TINY_PNG },
    at: '10:51',
    severity: 'error',
    message: 'the `onerror` attribute of <img> is removed: content cannot run scripts',
    fix: 'delete it',
  },
  {
    name: 'a .md body\'s HTML over several lines: the attribute\'s own line',
    file: MD_POST,
    text: `${FRONT}Intro.

<div class="note"
     title="A note"
     onclick="alert(1)">
Text.
</div>
`,
    at: '10:6',
    severity: 'error',
    message: 'the `onclick` attribute of <div> is removed: content cannot run scripts',
    fix: 'delete it',
  },
  {
    name: 'onError= on an <img> written as JSX over several lines, at the attribute',
    file: POST,
    text: `${FRONT}Intro.

<img
  alt="x"
  onError="alert(1)"
  src="/assets/img/x.png"
/>
`,
    also: { 'public/assets/img/x.png': TINY_PNG },
    at: '10:3',
    severity: 'error',
    message: 'the `onError` attribute of <img> is removed',
    fix: 'delete it',
  },
  {
    name: 'an unsafe component address',
    file: POST,
    text: `${FRONT}Intro.

More text.

<Figure src="javascript:alert(1)" alt="x" />
`,
    at: '10:9',
    severity: 'error',
    message: 'the src `javascript:alert(1)` of <Figure> is not a safe address',
    fix: 'use a path of this site',
  },
  {
    name: 'an unsafe address in a component written over several lines, at the attribute',
    file: POST,
    text: `${FRONT}Intro.

<Figure
  alt="x"
  src="javascript:alert(1)"
/>
`,
    at: '10:3',
    severity: 'error',
    message: 'the src `javascript:alert(1)` of <Figure> is not a safe address',
    fix: 'use a path of this site',
  },
  {
    name: 'a missing image in a <Figure> written over several lines, at `src`',
    file: POST,
    text: `${FRONT}Intro.

<Figure
  alt="A plot"
  src="/assets/img/missing.png"
/>
`,
    at: '10:3',
    severity: 'error',
    message: '`/assets/img/missing.png` does not exist',
    fix: 'put the file at public/assets/img/missing.png',
  },
  {
    name: 'a missing image in Markdown',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

See ![a plot](/assets/img/missing.png).
`,
    at: '10:5',
    severity: 'error',
    message: '`/assets/img/missing.png` does not exist',
    fix: 'put the file at public/assets/img/missing.png',
  },
  {
    name: 'an invalid component prop value',
    file: 'content/pages/research.mdx',
    text: `---
title: Research
description: Papers.
nav: true
---
Intro.

More text.

<Publications selected="ture" />
`,
    also: { 'content/publications.bib': BIB },
    at: '10:15',
    severity: 'error',
    message: '<Publications selected="ture">: `selected` must be one of: true, false',
    fix: 'correct the value, or leave `selected` out',
  },
  {
    name: 'an unknown <Cite> key',
    file: POST,
    text: `${FRONT}Intro.

More text.

As shown <Cite id="babbage1837" />.
`,
    also: { 'content/publications.bib': BIB },
    at: '10:10',
    severity: 'error',
    message: '<Cite id="babbage1837">: no publication has the key `babbage1837`',
    fix: 'use a key from content/publications.bib, e.g. `lovelace1843`',
  },
  {
    name: "a <Cite> key in neither the site's nor the post's own bibliography",
    file: POST,
    text: `---
title: A post
description: One line.
bibliography: engines.bib
---
Intro <Cite id="lovelace1843" />.

More text.

As shown <Cite id="babbage1837" />.
`,
    also: { 'public/assets/bibliography/engines.bib': BIB },
    at: '10:10',
    severity: 'error',
    message: '<Cite id="babbage1837">: no publication has the key `babbage1837`',
    fix: 'e.g. `lovelace1843`',
  },
];

describe('each problem is reported on its line and column, with a fix that applies', () => {
  it.each([...FRONT_MATTER, ...BODIES])('$name: $file:$at', async ({ file, text, also, at, severity, message, fix }) => {
    const issues = await checkContent(makeProject({ [file]: text, ...also }));
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`)).toEqual([`${file}:${at} ${severity}`]);
    expect(issues[0]!.message).toContain(message);
    expect(issues[0]!.fix).toContain(fix);
  });

  it("issue 15's unclosed quote reads as the author needs it: its line, and no indentation hint", async () => {
    const [issue] = await checkContent(makeProject({ [POST]: `---\ntitle: A post\ndescription: "never closed\ntags: notes\nlayout: post\n---\nText.\n` }));
    expect(formatIssue(issue!)).toBe(`${POST}:3:14  error: not valid YAML: the " opened here is never closed  (end the value with " on the same line)`);
  });
});
