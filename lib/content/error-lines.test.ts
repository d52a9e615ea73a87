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
    message: 'entry `linked24`: `code`: `//example.org/code` starts with `//`, which a browser reads as the address of another site',
    fix: 'write a path of this site with one leading slash, or a full https:// address',
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

/** Issue 20: hostile addresses, each refused by the address gate (lib/routing/addresses.ts) on its line with a fix, never a crash, a silent blank or a build that fails later. */
const HOSTILE_ADDRESSES: Case[] = [
  {
    name: 'a permalink the search dialog read as a javascript: link',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
permalink: "/javascript:alert(document.domain)//"
---
`,
    at: '4:1',
    severity: 'error',
    message: 'permalink `/javascript:alert(document.domain)//` holds an empty part (`//`)',
    fix: 'write one slash between the parts of a path',
  },
  {
    name: 'a permalink with a scheme in its first part',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
permalink: /javascript:alert(document.domain)/
---
`,
    at: '4:1',
    severity: 'error',
    message: 'permalink `/javascript:alert(document.domain)/` holds a `:`',
    fix: 'without spaces, ?, # or :',
  },
  {
    name: 'a %-escaped permalink out of the site (it passed the check and failed the build)',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
permalink: /%2e%2e/%2e%2e/etc/
---
`,
    at: '4:1',
    severity: 'error',
    message: 'permalink `/%2e%2e/%2e%2e/etc/` holds a `.` or `..` part',
    fix: "write the path from the site's root without . or .. parts",
  },
  {
    name: 'a post whose slug is `.`',
    file: 'content/blog/2024-06-06-..md',
    text: `---
title: Dot
description: A post.
---
Text.
`,
    at: '1:1',
    severity: 'error',
    message: "the address part made of the file's name `.` is not a name a page can have",
    fix: 'rename the file',
  },
  {
    name: 'a thumbnail out of public/ (it told whether the file existed)',
    file: MD_POST,
    text: `---
title: A post
description: One line.
thumbnail: ../../../../etc/passwd
---
Text.
`,
    at: '4:1',
    severity: 'error',
    message: 'thumbnail `../../../../etc/passwd` holds a `.` or `..` part',
    fix: 'write the name of an image in public/assets/img/',
  },
  {
    name: 'a javascript: redirect',
    file: PAGE,
    text: `---
title: Teaching
description: Courses.
redirect: javascript:alert(1)
---
`,
    at: '4:1',
    severity: 'error',
    message: '`redirect`: `javascript:alert(1)` is a `javascript:` address, which would run a script',
    fix: 'or `true` for the home page',
  },
  {
    name: 'a javascript: social address (it reached JSON-LD `sameAs`)',
    file: 'content/site.yml',
    text: `title: Test Site
name: Ada Lovelace
url: https://example.org
socials:
  bluesky_url: "java\\tscript:alert(1)"
`,
    at: '5:3',
    severity: 'error',
    message: '`socials.bluesky_url`: `java\\tscript:alert(1)` holds an invisible or control character',
    fix: 'retype the address without it',
  },
  {
    name: 'a javascript: link in a BibTeX `award` (it was blanked in silence)',
    file: 'content/publications.bib',
    text: `@string{x = {x}}

@article{lovelace1843,
  title = {Notes on the Analytical Engine},
  author = {Lovelace, Ada},
  year = {1843},
  award = {The [prize](javascript:alert(1))},
}
`,
    at: '3:1',
    severity: 'error',
    message: 'entry `lovelace1843`: `award`: the href `javascript:alert(1)` of <a> is removed: it is a `javascript:` address',
    fix: 'an https:// address',
  },
  {
    name: 'a javascript: social address written plainly',
    file: 'content/site.yml',
    text: `title: Test Site
name: Ada Lovelace
url: https://example.org
socials:
  bluesky_url: javascript:alert(document.domain)
`,
    at: '5:3',
    severity: 'error',
    message: '`socials.bluesky_url`: `javascript:alert(document.domain)` is a `javascript:` address, which would run a script',
    fix: 'https://',
  },
  {
    name: 'a javascript: link in a BibTeX `additional_info`',
    file: 'content/publications.bib',
    text: `@string{x = {x}}

@article{lovelace1843,
  title = {Notes on the Analytical Engine},
  author = {Lovelace, Ada},
  year = {1843},
  additional_info = {See [the notes](javascript:alert(1)).},
}
`,
    at: '3:1',
    severity: 'error',
    message: 'entry `lovelace1843`: `additional_info`: the href `javascript:alert(1)` of <a> is removed: it is a `javascript:` address',
    fix: 'an https:// address',
  },
  {
    name: 'a javascript: link in a cv.yml text (it was blanked in silence)',
    file: 'content/cv.yml',
    text: `cv:
  name: Ada Lovelace
  sections:
    Awards:
      - bullet: A [prize](javascript:alert(1))
`,
    at: '5:9',
    severity: 'error',
    message: 'the href `javascript:alert(1)` of <a> is removed: it is a `javascript:` address',
    fix: 'an https:// address',
  },
  {
    name: 'KaTeX \\href to a javascript: address (it showed red, with no error)',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

See $\\href{javascript:alert(1)}{this}$.
`,
    at: '10:5',
    severity: 'error',
    message: 'LaTeX error: \\href: `javascript:alert(1)` is a `javascript:` address, which would run a script',
    fix: 'an https:// address',
  },
];

/** Issue 20: a `style` attribute, kept as CSS in .md and .mdx alike, less what would run or load a script. */
const HOSTILE_STYLES: Case[] = [
  {
    name: 'a style that would load a script, in .mdx (a style failed React at prerender)',
    file: POST,
    text: `${FRONT}Intro.

More text.

<div style="text-align: center; background: url(javascript:alert(1))">centred</div>
`,
    at: '10:6',
    severity: 'error',
    message: '`background` in the style of <div> is removed: it would run a script',
    fix: 'style with a class',
  },
  {
    name: 'a style that is no CSS, in .md (it failed the compile)',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

<div style="color: red; /* never closed">red</div>
`,
    at: '10:6',
    severity: 'error',
    message: 'of <div> is not CSS Folio can read',
    fix: 'write it as `property: value; property: value`',
  },
];

/** Issue 20: input that crashed the check or took it minutes, refused before it is parsed (lib/content/limits.ts): the check ends in seconds. */
const HOSTILE_LIMITS: Case[] = [
  {
    name: 'a byte-order mark before `---js` (it crashed the check)',
    file: PAGE,
    text: `\uFEFF---js
{ title: "Teaching" }
---
Text.
`,
    at: '1:4',
    severity: 'error',
    message: 'front matter in `js` is not read',
    fix: 'start the file with a line of just `---`',
  },
  {
    name: 'a paragraph of 20,000 `*` (the check took minutes)',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

${'*a'.repeat(20_000)}
`,
    at: '10:1',
    severity: 'error',
    message: 'this paragraph holds more than 1,000 of the characters Markdown reads as markup',
    fix: 'split it into paragraphs',
  },
  {
    name: 'quotes nested 60 deep on one line',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

${'> '.repeat(60)}deep
`,
    at: '10:1',
    severity: 'error',
    message: 'this line opens 60 blocks one inside another (quotes, list items): Folio reads 20 at most',
    fix: 'nest fewer quotes and lists',
  },
  {
    name: 'elements nested 60 deep (the compile overflowed its stack)',
    file: POST,
    text: `${FRONT}Intro.

More text.

${'<div>'.repeat(60)}deep${'</div>'.repeat(60)}
`,
    at: '10:1',
    severity: 'error',
    message: 'elements nest 60 deep here',
    fix: 'close elements sooner, or nest fewer',
  },
  {
    name: 'a post of more than 1 MB (a 10 MB post took the check minutes and gigabytes)',
    file: MD_POST,
    text: `${FRONT}${'A sentence of the post, written once and again. '.repeat(21_000)}\n`,
    at: '1:1',
    severity: 'error',
    message: 'the file is 1.0 MB: Folio reads files of up to 1.0 MB here',
    fix: 'split it into several pages or posts',
  },
  {
    name: '50,000 `[` and 50,000 `*` in one paragraph (the check ran past 300 s)',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

${'['.repeat(50_000)}${'*'.repeat(50_000)}
`,
    at: '10:1',
    severity: 'error',
    message: 'this paragraph holds more than 1,000 of the characters Markdown reads as markup',
    fix: 'or escape them (\\*)',
  },
  {
    name: 'brackets and emphasis spread over the lines of one paragraph',
    file: POST,
    text: `${FRONT}Intro.

More text.

${Array.from({ length: 2_000 }, () => '[*a').join('\n')}
`,
    at: '10:1',
    severity: 'error',
    message: 'this paragraph holds more than 1,000 of the characters Markdown reads as markup',
    fix: 'split it into paragraphs',
  },
  {
    name: 'a post of 10 MB (it took the check 180 s and 3.2 GB)',
    file: MD_POST,
    text: `${FRONT}${'A sentence of the post, written once and again. '.repeat(210_000)}\n`,
    at: '1:1',
    severity: 'error',
    message: 'the file is 10 MB: Folio reads files of up to 1.0 MB here',
    fix: 'split it into several pages or posts',
  },
  {
    name: 'more than 60,000 marks of markup in one body, each paragraph short',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

${'*a*\n\n'.repeat(16_000)}`,
    at: '30008:1',
    severity: 'error',
    message: 'the body holds more than 60,000 lines and characters of markup',
    fix: 'split it into several pages or posts',
  },
  {
    name: 'a body that makes more than 30,000 elements',
    file: MD_POST,
    text: `${FRONT}Intro.

More text.

${'- a\n'.repeat(10_100)}`,
    at: '10008:1',
    severity: 'error',
    message: 'the body makes more than 30,000 elements',
    fix: 'split it into several pages or posts',
  },
  {
    name: 'a post with 101 tags',
    file: MD_POST,
    text: `---
title: A post
description: One line.
tags: [${Array.from({ length: 101 }, (_, i) => `t${i}`).join(', ')}]
---
Text.
`,
    at: '4:1',
    severity: 'error',
    message: 'the post has 101 tags: a post may have 100 at most',
    fix: 'keep the tags that say what the post is about',
  },
  {
    name: 'more than 2,000 tags and categories on a site (100,000 tags made 100,000 pages)',
    file: 'content/blog/2024-06-21-post.md',
    text: `---
title: The last post
description: One line.
tags: [${Array.from({ length: 100 }, (_, i) => `t20-${i}`).join(', ')}]
---
Text.
`,
    also: Object.fromEntries(
      Array.from({ length: 20 }, (_, n) => [
        `content/blog/2024-06-${String(n + 1).padStart(2, '0')}-post-${n}.md`,
        `---\ntitle: Post ${n}\ndescription: One line.\ntags: [${Array.from({ length: 100 }, (_, i) => `t${n}-${i}`).join(', ')}]\n---\nText.\n`,
      ]),
    ),
    at: '4:1',
    severity: 'error',
    message: "would be the site's 2,001th tag or category: a site may have 2,000",
    fix: 'use fewer, broader tags and categories',
  },
];

describe('each problem is reported on its line and column, with a fix that applies', () => {
  it.each([...FRONT_MATTER, ...BODIES, ...HOSTILE_ADDRESSES, ...HOSTILE_STYLES, ...HOSTILE_LIMITS])('$name: $file:$at', async ({ file, text, also, at, severity, message, fix }) => {
    const issues = await checkContent(makeProject({ [file]: text, ...also }));
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity}`)).toEqual([`${file}:${at} ${severity}`]);
    expect(issues[0]!.message).toContain(message);
    expect(issues[0]!.fix).toContain(fix);
    // The largest inputs are refused after one parse: a few seconds on a busy machine, never minutes.
  }, 30_000);

  it("issue 15's unclosed quote reads as the author needs it: its line, and no indentation hint", async () => {
    const [issue] = await checkContent(makeProject({ [POST]: `---\ntitle: A post\ndescription: "never closed\ntags: notes\nlayout: post\n---\nText.\n` }));
    expect(formatIssue(issue!)).toBe(`${POST}:3:14  error: not valid YAML: the " opened here is never closed  (end the value with " on the same line)`);
  });
});
