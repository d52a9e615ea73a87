import { describe, expect, it } from 'vitest';
import { checkContent } from '.';
import { formatIssue } from '../issues';
import { readContent } from '../content/load';
import { navItems } from '../content';
import { makeProject } from '../content/testing';

const page = (front: string, body = 'Text.\n') => `---\n${front}---\n${body}`;

const DROPDOWN = [
  'title: More',
  'nav: true',
  'nav_order: 2',
  'dropdown: true',
  'children:',
  '  - title: Teaching',
  '    permalink: /teaching/',
  '  - title: divider',
  '  - title: Slides',
  '    permalink: /assets/pdf/slides.pdf',
  '  - title: Elsewhere',
  '    permalink: https://example.org/talks',
  '',
].join('\n');

const SITE = {
  'content/pages/about.md': page('layout: about\ntitle: About\npermalink: /\n'),
  'content/pages/teaching.md': page('title: Teaching\npermalink: /teaching/\nnav: true\nnav_order: 1\n'),
  'content/pages/more.md': page(DROPDOWN),
  'public/assets/pdf/slides.pdf': '%PDF-1.4\n',
  'content/site.yml': 'title: Test Site\nname: Test Author\nurl: https://example.org\nenable_navbar_social: true\nsocials:\n  github_username: someone\n',
};

async function problems(files: Record<string, string>) {
  const issues = await checkContent(makeProject(files), { compile: false });
  return issues.map(formatIssue);
}

describe('header submenus (dropdown: true) and socials in the header', () => {
  it('lists the children under the page in the header, with rules, paths and addresses', () => {
    const { content, log } = readContent(makeProject(SITE));
    expect(log.issues).toEqual([]);
    expect(content!.site.enable_navbar_social).toBe(true);
    expect(navItems(content!)).toEqual([
      { title: 'About', href: '/' },
      { title: 'Teaching', href: '/teaching/' },
      {
        title: 'More',
        href: '/more/',
        children: [{ title: 'Teaching', href: '/teaching/' }, { divider: true }, { title: 'Slides', href: '/assets/pdf/slides.pdf' }, { title: 'Elsewhere', href: 'https://example.org/talks' }],
      },
    ]);
  });

  it('passes the check when every child leads somewhere; enable_navbar_social is off by default', async () => {
    expect(await problems(SITE)).toEqual([]);
    const { content } = readContent(makeProject({ ...SITE, 'content/site.yml': 'title: Test Site\nname: Test Author\nurl: https://example.org\n' }));
    expect(content!.site.enable_navbar_social).toBe(false);
  });

  it('names the line of a child that leads nowhere', async () => {
    const broken = DROPDOWN.replace('/teaching/', '/books/');
    expect(await problems({ ...SITE, 'content/pages/more.md': page(broken) })).toEqual([
      expect.stringMatching(/^content\/pages\/more\.md:8:\d+\s+error: `children`: Teaching \(\/books\/\) leads to no page, post or file of the site/),
    ]);
  });

  it('refuses a script address and a child without a permalink, each on its line', () => {
    const bad = DROPDOWN.replace('https://example.org/talks', 'javascript:alert(1)').replace('  - title: divider\n', '  - title: Talks\n');
    const { log } = readContent(makeProject({ ...SITE, 'content/pages/more.md': page(bad) }));
    const messages = log.issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/pages\/more\.md:9:\d+\s+error: .*Talks.* has no `permalink`/),
        expect.stringMatching(/^content\/pages\/more\.md:13:\d+\s+error: .*javascript:/),
      ]),
    );
  });

  it('refuses a dropdown without children, warns of children without dropdown', () => {
    const empty = readContent(makeProject({ ...SITE, 'content/pages/more.md': page('title: More\nnav: true\ndropdown: true\n') }));
    expect(empty.log.issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/pages\/more\.md:4:\d+\s+error: `dropdown: true` without `children`/)]);
    const loose = readContent(makeProject({ ...SITE, 'content/pages/more.md': page(DROPDOWN.replace('dropdown: true\n', '')) }));
    expect(loose.log.issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/pages\/more\.md:5:\d+\s+warning: `children` is read only with `dropdown: true`/)]);
    expect(navItems(loose.content!).at(-1)).toEqual({ title: 'More', href: '/more/' });
  });

  it('reads enable_navbar_social that is not a switch as Jekyll did, with a warning on its line; refuses a list', () => {
    const loose = readContent(makeProject({ ...SITE, 'content/site.yml': 'title: Test Site\nname: Test Author\nurl: https://example.org\nenable_navbar_social: sometimes\n' }));
    expect(loose.log.issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/site\.yml:4:\d+\s+warning: `enable_navbar_social: sometimes` is not true or false/)]);
    const list = readContent(makeProject({ ...SITE, 'content/site.yml': 'title: Test Site\nname: Test Author\nurl: https://example.org\nenable_navbar_social: [github]\n' }));
    expect(list.log.issues.map(formatIssue)).toEqual([expect.stringMatching(/^content\/site\.yml:4:\d+\s+error: .*enable_navbar_social/)]);
  });
});
