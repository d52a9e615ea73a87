import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { siteSchema } from '../../content/schemas';
import { siteYaml } from './site-config';

const line = () => 3;

describe('site.yml from _config.yml', () => {
  it('uses the full name when the title is blank, and reads v1 socials from _data/socials.yml', () => {
    const { text, notes } = siteYaml({
      config: { title: 'blank', first_name: 'You', middle_name: 'R.', last_name: 'Name', description: 'A site\nabout things.\n', url: 'https://x.org/', lang: 'en', icon: '⚛️', permalink: '/blog/:year/:title/', pagination: { enabled: true, per_page: 7 }, footer_text: 'Made <b>here</b>.\n' },
      configLine: line,
      socials: { email: 'a@b.c', scholar_userid: 'XYZ', inspirehep_id: 1010907, rss_icon: true },
      socialsLine: () => 6,
    });
    const site = YAML.parse(text);
    expect(site).toEqual({
      title: 'You R. Name',
      name: 'You R. Name',
      description: 'A site about things.',
      url: 'https://x.org',
      lang: 'en',
      favicon: '⚛️',
      footer_text: 'Made <b>here</b>.',
      socials: { email: 'a@b.c', scholar_userid: 'XYZ', rss_icon: true },
      blog: { permalink: '/blog/:year/:title/', per_page: 7 },
    });
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(notes).toEqual([{ file: '_data/socials.yml', line: 6, message: expect.stringContaining('inspirehep_id'), leftover: true }]);
  });

  it('reads v0 socials from _config.yml under their Folio names, and reports an unsupported permalink', () => {
    const { text, notes, baseurl } = siteYaml({
      config: { title: 'Grace', twitter_username: 'g', research_gate_profile: 'G_H', github_username: 'grace', linkedin_username: null, permalink: '/:year/:title', paginate: 3, baseurl: '/site/', icon: 'fav.png' },
      configLine: line,
    });
    expect(YAML.parse(text)).toMatchObject({ title: 'Grace', name: 'Grace', favicon: '/assets/img/fav.png', socials: { x_username: 'g', researchgate_profile: 'G_H', github_username: 'grace' }, blog: { per_page: 3 } });
    expect(baseurl).toBe('/site');
    expect(notes.map((n) => [n.message.split(':')[0], n.leftover])).toEqual([
      ['baseurl /site', false],
      ['post permalink `/', true],
    ]);
  });
});

describe("al-folio's settings", () => {
  const configLine = (keys: ReadonlyArray<string | number>) => ({ url: 2, footer_text: 3, analytics: 4, giscus: 5, disqus_shortname: 6, navbar_fixed: 7, keywords: 8, newsletter: 9 })[keys[0] as string] ?? 1;

  it('carries those Folio reads, under their al-folio names, and gives a url its scheme', () => {
    const { text, notes } = siteYaml({
      config: { title: 'T', url: 'example.com', permalink: '/blog/:year/:title/', latest_posts: { enabled: true, limit: 2 }, announcements: { enabled: true, limit: 5 }, news_limit: 4, max_author_limit: 3, last_updated: true, enable_project_categories: false },
      configLine,
    });
    expect(YAML.parse(text)).toMatchObject({ url: 'https://example.com', latest_posts: { enabled: true, limit: 2 }, announcements: { enabled: true, limit: 5 }, news_limit: 4, max_author_limit: 3, last_updated: true, enable_project_categories: false });
    expect(notes).toEqual([{ file: '_config.yml', line: 2, message: 'url `example.com` has no scheme: written as https://example.com', leftover: false }]);
  });

  it("leaves out a footer's credit to Jekyll and GitHub Pages, keeping the author's own words, and says so", () => {
    const footer = 'Powered by <a href="https://jekyllrb.com/">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio">al-folio</a> theme.\nHosted by <a href="https://pages.github.com/">GitHub Pages</a>.\n&copy; 2024 Me. Photos from <a href="https://unsplash.com">Unsplash</a>.\n';
    const { text, notes } = siteYaml({ config: { title: 'T', permalink: '/blog/:year/:title/', footer_text: footer }, configLine });
    expect(YAML.parse(text).footer_text).toBe('&copy; 2024 Me. Photos from <a href="https://unsplash.com">Unsplash</a>.');
    expect(notes).toEqual([expect.objectContaining({ line: 3, leftover: false, message: expect.stringContaining('"Powered by Jekyll with al-folio theme. Hosted by GitHub Pages."') })]);
    expect(YAML.parse(siteYaml({ config: { title: 'T', permalink: '/blog/:year/:title/', footer_text: 'Powered by Jekyll.' }, configLine }).text).footer_text).toBeUndefined();
  });

  it('leaves analytics and comments to ./services.ts, and lists every other setting it did not carry with its line and why', () => {
    const { notes, notCarried } = siteYaml({
      config: { title: 'T', permalink: '/blog/:year/:title/', analytics: { google: 'G-1', pirsch: null }, giscus: { repo: 'me/site', category: 'Comments' }, disqus_shortname: null, navbar_fixed: true, keywords: 'a, b', newsletter: { enabled: false, endpoint: null } },
      configLine,
    });
    expect(notes.filter((n) => n.leftover)).toEqual([]);
    expect(notCarried).toEqual([
      { file: '_config.yml', line: 7, key: 'navbar_fixed', reason: 'Folio does this its own way' },
      { file: '_config.yml', line: 8, key: 'keywords', reason: 'Folio has no such setting' },
    ]);
  });

  it('carries the page width and the publication settings Folio reads under al-folio\'s names, and of `scholar` only the names; a value Folio would refuse is listed, not written', () => {
    const configLine = (keys: ReadonlyArray<string | number>) => ['max_width', 'more_authors_animation_delay', 'enable_publication_thumbnails', 'enable_publication_badges', 'scholar'].indexOf(String(keys[0])) + 2;
    const good = siteYaml({
      config: { title: 'T', permalink: '/blog/:year/:title/', max_width: '930px', more_authors_animation_delay: 10, enable_publication_thumbnails: false, enable_publication_badges: { altmetric: false, dimensions: true }, scholar: { last_name: ['Curie'], first_name: ['Marie', 'M.'], style: 'apa', source: '/_bibliography/' } },
      configLine,
    });
    const site = YAML.parse(good.text);
    expect(site).toMatchObject({ max_width: '930px', more_authors_animation_delay: 10, enable_publication_thumbnails: false, enable_publication_badges: { altmetric: false, dimensions: true }, scholar: { last_name: ['Curie'], first_name: ['Marie', 'M.'] } });
    expect(site.scholar).not.toHaveProperty('style');
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(good.notCarried.map((n) => n.key)).toEqual(['scholar']);

    const bad = siteYaml({ config: { title: 'T', permalink: '/blog/:year/:title/', max_width: '100%', more_authors_animation_delay: 'fast', enable_publication_thumbnails: 'Flase' }, configLine });
    const written = YAML.parse(bad.text);
    for (const key of ['max_width', 'more_authors_animation_delay', 'enable_publication_thumbnails']) expect(written).not.toHaveProperty(key);
    expect(bad.notCarried.map((n) => [n.line, n.key, n.reason.split(' (')[0]])).toEqual([
      [2, 'max_width', 'a value Folio does not read'],
      [3, 'more_authors_animation_delay', 'a value Folio does not read'],
      [4, 'enable_publication_thumbnails', 'a value Folio does not read'],
    ]);
    expect(siteSchema.safeParse(written).success).toBe(true);
  });
});
