import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { projectGroups, projectsPage, projectsView } from './index';
import { projectHref, projectPagePath } from '../routing/urls';
import { readContent } from './load';
import { makeProject, MINIMAL_SITE, TINY_PNG } from './testing';

const project = (front: string, body = '') => `---\nlayout: page\n${front}---\n${body}`;

const PROJECTS = {
  'content/projects/1_engine.md': project('title: Engine\ndescription: A machine\nimg: engine.png\nimportance: 2\ncategory: work\ngithub: https://github.com/ada/engine/\n', 'Text.\n'),
  'content/projects/2_loom.md': project('title: Loom\nimportance: 1\ncategory: work\n'),
  'content/projects/3_tunes.md': project('title: Tunes\nimportance: 1\ncategory: fun\nredirect: https://example.org/tunes\n'),
  'content/projects/4_abacus.md': project('title: Abacus\ncategory: fun\nredirect: /blog/\n'),
  'content/projects/5_bells.md': project('title: Bells\nimportance: 2\ncategory: fun\n'),
  'public/assets/img/engine.png': TINY_PNG,
};

function load(files: Record<string, string | Buffer>) {
  return readContent(makeProject(files));
}

describe('the projects collection', () => {
  const { content, log } = load(PROJECTS);

  it('reads al-folio\'s keys', () => {
    expect(log.issues).toEqual([]);
    expect(content!.projects.find((p) => p.slug === '1_engine')).toMatchObject({
      title: 'Engine',
      description: 'A machine',
      image: { src: '/assets/img/engine.png', width: 1, height: 1 },
      importance: 2,
      category: 'work',
      github: 'ada/engine',
      redirect: undefined,
    });
  });

  it('is ordered by importance, then title; no importance comes last', () => {
    expect(content!.projects.map((p) => p.title)).toEqual(['Loom', 'Tunes', 'Bells', 'Engine', 'Abacus']);
  });

  it('gives each project a page at /projects/<file name>/, or its redirect', () => {
    const bySlug = (slug: string) => content!.projects.find((p) => p.slug === slug)!;
    expect(projectPagePath(bySlug('1_engine'))).toBe('/projects/1_engine/');
    expect(projectHref(bySlug('1_engine'))).toBe('/projects/1_engine/');
    expect(projectPagePath(bySlug('3_tunes'))).toBeUndefined();
    expect(projectHref(bySlug('3_tunes'))).toBe('https://example.org/tunes');
    expect(projectHref(bySlug('4_abacus'))).toBe('/blog/');
  });

  it('groups by the given categories when enable_project_categories is on (al-folio\'s default)', () => {
    const groups = projectGroups(content!, ['fun', 'work', 'none']);
    expect(groups.map((g) => [g.category, g.projects.map((p) => p.title)])).toEqual([
      ['fun', ['Tunes', 'Bells', 'Abacus']],
      ['work', ['Loom', 'Engine']],
    ]);
    expect(projectGroups(content!, undefined)).toEqual([{ projects: content!.projects }]);
  });

  it('shows one group when enable_project_categories is off', () => {
    const off = load({ ...PROJECTS, 'content/site.yml': `${MINIMAL_SITE}enable_project_categories: false\n` }).content!;
    expect(projectGroups(off, ['work'])).toEqual([{ projects: off.projects }]);
  });
});

describe('<Projects /> takes its props over the page\'s front matter', () => {
  it('categories and horizontal', () => {
    const page = { categories: ['work', 'fun'], horizontal: false };
    expect(projectsView({}, page)).toEqual({ categories: ['work', 'fun'], horizontal: false });
    expect(projectsView({ categories: 'fun, , work ', horizontal: 'true' }, page)).toEqual({ categories: ['fun', 'work'], horizontal: true });
    expect(projectsView({}, undefined)).toEqual({ categories: undefined, horizontal: false });
  });

  it('the page that lists the projects is found by its <Projects />', () => {
    const { content } = load({ ...PROJECTS, 'content/pages/projects.mdx': '---\ntitle: projects\ndisplay_categories: [work, fun]\nhorizontal: true\n---\n\n<Projects />\n' });
    expect(projectsPage(content!)).toMatchObject({ permalink: '/projects/', projects: { categories: ['work', 'fun'], horizontal: true } });
  });
});

describe('bad projects name the file and the line', () => {
  const errors = (files: Record<string, string | Buffer>) => load(files).log.issues.map((i) => `${i.file}:${i.line}: ${i.message} (${i.fix})`);

  it('an image missing from public/', () => {
    expect(errors({ 'content/projects/a.md': project('title: A\nimg: assets/img/12.jpg\n') })).toEqual([
      'content/projects/a.md:4: img `assets/img/12.jpg` does not exist (put the file at public/assets/img/assets/img/12.jpg or change `img`)',
    ]);
  });

  it('a redirect that is neither an address nor a path of the site', () => {
    expect(errors({ 'content/projects/a.md': project('title: A\nredirect: example.org\n') })).toEqual([
      'content/projects/a.md:4: `redirect`: `example.org` is not a path from the site\'s root (write a path of this site (/teaching/, /assets/pdf/paper.pdf) or an https:// address)',
    ]);
  });

  it('no title', () => {
    expect(errors({ 'content/projects/a.md': project('description: A\n') })).toEqual(['content/projects/a.md:1: `title` is missing (add `title: ...` to the front matter (between the two --- lines))']);
  });

  it('a page on the address of a project\'s page', () => {
    expect(errors({ 'content/projects/a.md': project('title: A\n'), 'content/pages/p.md': '---\ntitle: P\npermalink: /projects/a/\n---\n' })).toEqual([
      "content/pages/p.md:3: permalink /projects/a/ is where a project's page goes (move the file into content/projects/, or choose another permalink)",
    ]);
  });
});

describe('the content check reads <Projects /> props', () => {
  async function issuesOf(body: string, front = '') {
    const options = makeProject({ ...PROJECTS, 'content/pages/projects.mdx': `---\ntitle: projects\n${front}---\n\n${body}\n` });
    return (await checkContent(options, { compile: false })).map((i) => `${i.severity} ${i.file}:${i.line}: ${i.message}`);
  }

  it('valid props pass', async () => {
    expect(await issuesOf('<Projects categories="work, fun" horizontal="true" />')).toEqual([]);
  });

  it('horizontal that is not true or false', async () => {
    expect(await issuesOf('Intro.\n\n<Projects horizontal="yes" />')).toEqual(['error content/pages/projects.mdx:7: <Projects horizontal="yes">: expected "true" or "false"']);
  });

  it('an unknown prop, and an empty category list', async () => {
    expect(await issuesOf('<Projects category="work" />\n\n<Projects categories=" , " />')).toEqual([
      'error content/pages/projects.mdx:5: <Projects> has no `category` attribute',
      'error content/pages/projects.mdx:7: <Projects categories=""> names no category',
    ]);
  });

  it('a category no project has is a warning, in props and in display_categories', async () => {
    expect(await issuesOf('<Projects />', 'display_categories: [work, games]\n')).toEqual(['warning content/pages/projects.mdx:3: no project has the category `games`, so it shows no cards']);
    expect(await issuesOf('<Projects categories="games" />')).toEqual(['warning content/pages/projects.mdx:5: no project has the category `games`, so it shows no cards']);
  });

  it('a <Cite> in a project is allowed: a project ends with its references', async () => {
    const options = makeProject({
      'content/projects/a.mdx': project('title: A\n', 'As shown <Cite id="x" />.\n'),
      'content/publications.bib': '@article{x, title = {X}, author = {A}, year = {2020}}\n',
    });
    expect(await checkContent(options, { compile: false })).toEqual([]);
  });
});
