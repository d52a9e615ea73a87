import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { siteSchema } from '../content/schemas';
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
