import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { formatIssue } from '../issues';
import { readContent } from './load';
import { makeProject, MINIMAL_SITE, TINY_PNG } from './testing';

/**
 * What Jekyll, jekyll-scholar and browsers tolerate, Folio tolerates (issue
 * 21): an al-folio site moves in as it was shown. Each case is the whole
 * report of the content check (MDX compiled), line and column, so a message
 * reported on the wrong line, or an error where a warning belongs, fails.
 */

const check = async (files: Record<string, string | Buffer>) => (await checkContent(makeProject(files))).map(formatIssue);

const noise = (format: 'png' | 'jpeg') =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .toFormat(format)
    .toBuffer();

describe('images are what their bytes say', () => {
  it('a .jpg holding PNG bytes, and a .png holding JPEG bytes: shown, without a word (browsers sniff the bytes)', async () => {
    const files = {
      'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  image: prof_pic.jpg\n---\nHello.\n',
      'content/projects/a.md': '---\ntitle: A\nimg: a.png\n---\n',
      'public/assets/img/prof_pic.jpg': await noise('png'),
      'public/assets/img/a.png': await noise('jpeg'),
    };
    expect(await check(files)).toEqual([]);
    const { content } = readContent(makeProject(files));
    expect([content!.pages[0]!.profile!.image!.type, content!.projects[0]!.image!.type]).toEqual(['png', 'jpg']);
  });

  it('an empty, a headless and a cut-short image: warnings on the lines that name them; the pages do without the first two', async () => {
    const png = await noise('png');
    const jpeg = await noise('jpeg');
    const files = {
      'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  align: left\n  image: prof_pic.jpg\n---\nHello.\n',
      'content/projects/a.md': '---\ntitle: A\ndescription: One.\nimg: empty.png\n---\n',
      'content/blog/2024-01-01-a.md': '---\ntitle: A\nthumbnail: head.jpg\n---\nText.\n\n![Cut](/assets/img/cut.png)\n\n![Header](/assets/img/head.jpg)\n',
      'public/assets/img/prof_pic.jpg': png.subarray(0, 33),
      'public/assets/img/empty.png': Buffer.alloc(0),
      'public/assets/img/head.jpg': jpeg.subarray(0, 120),
      'public/assets/img/cut.png': png.subarray(0, 1500),
    };
    expect(await check(files)).toEqual([
      'content/blog/2024-01-01-a.md:3:1  warning: thumbnail `head.jpg` cannot be shown (the file ends before its pixels): the page shows no thumbnail instead  (save public/assets/img/head.jpg again as PNG, JPEG, WebP, AVIF or GIF)',
      'content/blog/2024-01-01-a.md:7:1  warning: the image `/assets/img/cut.png` is cut short or damaged: the page shows as much of it as can be read, as a browser does  (save it again from the original, or export it again (public/assets/img/cut.png))',
      'content/blog/2024-01-01-a.md:9:1  warning: the image `/assets/img/head.jpg` cannot be shown (the file ends before its pixels): the page links the file as it is  (save public/assets/img/head.jpg again as PNG, JPEG, WebP, AVIF, GIF or SVG)',
      'content/pages/about.md:7:1  warning: profile image `prof_pic.jpg` cannot be shown (the file ends before its pixels): the page shows a monogram of your initials instead  (save public/assets/img/prof_pic.jpg again as PNG, JPEG, WebP, AVIF or GIF)',
      'content/projects/a.md:4:1  warning: img `empty.png` cannot be shown (the file is empty): the page shows the card without an image instead  (save public/assets/img/empty.png again as PNG, JPEG, WebP, AVIF or GIF)',
    ]);
    const { content } = readContent(makeProject(files));
    expect([content!.pages[0]!.profile!.image, content!.projects[0]!.image, content!.posts[0]!.thumbnail]).toEqual([undefined, undefined, undefined]);
  });
});

describe('an empty value is no value', () => {
  it('`""`, a blank and `null` for keys that may be left out: unset, without a word', async () => {
    const files = {
      'content/site.yml': `${MINIMAL_SITE}description: ""\nfavicon: ""\nfooter_text:\nmax_author_limit: ""\nnews_limit: ""\nannouncements: null\n`,
      'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /\nnav_order: ""\nsubtitle: ""\nprofile:\n  align: ""\n  image: ""\n  more_info:\nannouncements: ""\nlatest_posts:\n---\nHello.\n',
      'content/pages/cv.md': '---\nlayout: cv\ntitle: CV\ncv_pdf: ""\ncv_format: ""\ndescription: ""\ntoc: ""\n---\n',
      'content/blog/2024-01-01-a.md': '---\ntitle: A\ndate: ""\ndescription: ""\nthumbnail: ""\ntags: ""\ncategories:\nredirect: ""\nlast_modified_at: ""\n---\nText.\n',
      'content/projects/a.md': '---\ntitle: A\ndescription: ""\nimg: ""\nimportance: ""\ncategory: ""\ngithub: ""\nredirect: ""\n---\n',
      'content/news/2024-01-01-n.md': '---\ntitle: ""\ninline: true\ndate: ""\n---\nNews.\n',
      'content/cv.yml': 'cv:\n  name: Ada Lovelace\n  email: ""\n  website:\n  sections:\n    Education:\n      - institution: Somerville\n        area: ""\n        start_date: ""\n        end_date:\n',
    };
    expect(await check(files)).toEqual([]);
    const { content } = readContent(makeProject(files));
    // A blank `max_author_limit` lists every author, as al-folio did; a blank `news_limit` leaves Folio's default (lib/content/index.ts).
    expect([content!.site.max_author_limit, content!.site.news_limit]).toEqual([null, null]);
    expect(content!.pages.find((p) => p.layout === 'cv')!.cvPdf).toBeUndefined();
    expect(content!.projects[0]!.redirect).toBeUndefined();
  });

  it('an empty value for a key that must have one says so, at the key', async () => {
    expect(await check({ 'content/pages/teaching.md': '---\ndescription: Courses.\ntitle: ""\n---\nText.\n' })).toEqual([
      'content/pages/teaching.md:3:1  error: `title` is empty  (give `title` a value in the front matter (between the two --- lines))',
    ]);
  });
});

describe('a typo for true or false is read as Jekyll read it: true', () => {
  it('`ture`, `true#`, `Flase`, a quoted "false" and a number: true, with a warning on each line saying so', async () => {
    const files = {
      'content/site.yml': `${MINIMAL_SITE}last_updated: true#\n`,
      'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  image_circular: ture\nnews: Flase\n---\nHello.\n',
      'content/pages/teaching.md': '---\ntitle: Teaching\nnav: "false"\n---\nText.\n',
      'content/blog/2024-01-01-a.md': '---\ntitle: A\nrelated_posts: Flase\nfeatured: 1\n---\nText.\n',
      'content/news/2024-01-01-n.md': '---\ninline: ture\n---\nNews.\n',
    };
    const fix = (key: string) => `(write \`${key}: true\`, or \`${key}: false\` if false is what you meant)`;
    const said = (key: string, value: string) => `\`${key}: ${value}\` is not true or false: Folio reads it as true, as Jekyll did (Liquid takes any text or number as true), so the site shows what the al-folio site showed  ${fix(key)}`;
    expect(await check(files)).toEqual([
      `content/blog/2024-01-01-a.md:3:1  warning: ${said('related_posts', 'Flase')}`,
      `content/blog/2024-01-01-a.md:4:1  warning: ${said('featured', '1')}`,
      `content/news/2024-01-01-n.md:2:1  warning: ${said('inline', 'ture')}`,
      `content/pages/about.md:6:3  warning: ${said('profile.image_circular', 'ture')}`,
      `content/pages/about.md:7:1  warning: ${said('news', 'Flase')}`,
      `content/pages/teaching.md:3:1  warning: ${said('nav', '"false"')}`,
      `content/site.yml:4:1  warning: ${said('last_updated', 'true#')}`,
    ]);
    const { content } = readContent(makeProject(files));
    const about = content!.pages.find((p) => p.layout === 'about')!;
    expect([content!.site.last_updated, about.profile!.circular, about.announcements!.enabled, content!.pages.find((p) => p.slug === 'teaching')!.nav]).toEqual([true, true, true, true]);
    expect([content!.posts[0]!.relatedPosts, content!.posts[0]!.featured, content!.news[0]!.inline]).toEqual([true, true, true]);
  });
});

describe('what jekyll-scholar and Jekyll accept, Folio accepts', () => {
  it('BibTeX: an undated entry is listed last, a repeated key keeps the first; each a warning on its line', async () => {
    const bib = '@article{a,\n  title = {A},\n  year = {2021},\n}\n\n@unpublished{b,\n  title = {B},\n  note = {in preparation},\n}\n\n@article{a,\n  title = {Again},\n  year = {2021},\n}\n';
    expect(await check({ 'content/publications.bib': bib })).toEqual([
      'content/publications.bib:6:1  warning: entry `b` has no year: it is listed after the dated entries, under “in preparation”  (add `year = {2024},` (four digits) to list it under its year)',
      'content/publications.bib:11:1  warning: the key `a` is used again (first at line 1): this entry is left out, the first is listed  (give this entry a key of its own, or delete the one you do not want)',
    ]);
  });

  it('an empty file in a collection is skipped, with a warning', async () => {
    expect(await check({ 'content/projects/3_untitled.md': '', 'content/projects/4_cryostat.md': '---\ntitle: Cryostat\n---\n', 'content/news/blank.md': '\n \n' })).toEqual([
      'content/news/blank.md:1:1  warning: the file is empty: it is skipped  (write its front matter (between two --- lines) and its text, or delete the file)',
      'content/projects/3_untitled.md:1:1  warning: the file is empty: it is skipped  (write its front matter (between two --- lines) and its text, or delete the file)',
    ]);
  });
});

describe("no sentence of zod's reaches the author", () => {
  it('a wrong value for every kind of key, in every file a schema reads, is said in the author’s words', async () => {
    const files = {
      'content/site.yml': 'title: [A, B]\nname: 3\nurl: not a url\nlang: {x: 1}\nmax_author_limit: -1\nnews_limit: 2.5\nblog:\n  permalink: /posts/:title/\n  per_page: zero\nsocials: yes please\nannouncements: [1]\nbaseurl: 4\n',
      'content/pages/about.md': '---\nlayout: about\ntitle: {a: 1}\npermalink: 3\nnav_order: first\nprofile:\n  align: middle\n  image: [a]\n  image_circular: [x]\ntoc:\n  sidebar: top\ncv_format: latex\ndisplay_categories: {a: b}\nredirect: 5\nannouncements:\n  limit: 0\n---\n',
      'content/blog/2024-01-01-a.md': '---\ntitle: [1]\ndate: soon\ntags: {a: 1}\nthumbnail: [x]\ndraft: [x]\nlast_modified_at: [1]\n---\n',
      'content/projects/a.md': '---\ntitle: 5\nimg: [x]\nimportance: high\ncategory: [x]\nredirect: not a path\ngithub: [x]\n---\n',
      'content/news/2024-01-01-n.md': '---\ntitle: [x]\ninline: [x]\ndate: [x]\n---\nNews.\n',
      'content/cv.yml': 'cv:\n  name: [x]\n  email: [x]\n  website: 12\n  social_networks: x\n  sections:\n    Education:\n      - institution: [x]\n        start_date: soon\n        highlights: x\n      - 5: x\n',
      'content/venues.yml': 'J:\n  url: 12\n  color: [x]\nK: 5\n',
      'content/coauthors.yml': 'smith: x\njones:\n  - firstname: {a: 1}\n    url: [x]\n',
      'content/pages/cv.md': '---\nlayout: cv\ntitle: CV\n---\n',
      'public/assets/img/me.png': TINY_PNG,
    };
    const messages = (await checkContent(makeProject(files))).map(formatIssue);
    expect(messages.length).toBeGreaterThan(25);
    for (const message of messages) expect(message).not.toMatch(/expected|received|Too small|Too big|Invalid input|Invalid option|Unrecognized key|Invalid URL|nonoptional/i);
    // A few in full: what is wrong, in the author's terms, on its line.
    expect(messages).toEqual(
      expect.arrayContaining([
        'content/pages/about.md:3:1  error: `title` must be text; here it is a group of `key: value` lines  (see the front-matter table in README.md)',
        'content/pages/about.md:5:1  error: `nav_order` must be a number; here it is the text `first`  (see the front-matter table in README.md)',
        'content/pages/about.md:7:3  error: `profile.align` must be one of: left, right; here it is the text `middle`  (see the front-matter table in README.md)',
        'content/site.yml:3:1  error: `url`: the text `not a url` is not a web address (https://...)  (see the front-matter table in README.md)',
        "content/site.yml:5:1  error: `max_author_limit`: `-1` is not a number of authors  (write a whole number from 1 (al-folio's sites use 3 to 10), or leave it blank to list every author)",
        'content/site.yml:6:1  error: `news_limit` must be a whole number; here it is the number 2.5  (see the front-matter table in README.md)',
      ]),
    );
  });
});
