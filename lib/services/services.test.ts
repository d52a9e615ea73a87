import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../check';
import { contentSecurityPolicy } from '../build/security-headers';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { hasComments } from '../content';
import { analyticsField, analyticsSources, analyticsTags, PLAUSIBLE_INIT } from './analytics';
import { GISCUS_SOURCES, giscusField } from './giscus';
import { activeAnalytics, serviceSources } from './index';

const site = (yaml: string) => `title: T\nname: Ada\nurl: https://example.org\n${yaml}`;

async function issues(yaml: string) {
  return (await checkContent(makeProject({ 'content/site.yml': site(yaml) }), { compile: false })).map((i) => `${i.line}:${i.column} ${i.severity} ${i.message}`);
}

describe("analytics: each provider's documented snippet and hosts", () => {
  const parse = (value: unknown) => analyticsField.parse(value)!;

  it('plausible: the 2025 snippet (its script and init) or the older one (data-domain)', () => {
    const current = parse({ provider: 'plausible', script: 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js' });
    expect(analyticsTags(current)).toEqual({ scripts: [{ src: 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js', data: {} }], inline: PLAUSIBLE_INIT });
    expect(analyticsSources(current)).toEqual({ script: ['https://plausible.io'], connect: ['https://plausible.io'] });
    const older = parse({ provider: 'plausible', domain: 'example.org', src: 'https://stats.example.org/js/script.js' });
    expect(analyticsTags(older).scripts).toEqual([{ src: 'https://stats.example.org/js/script.js', data: { domain: 'example.org' } }]);
  });

  it('umami, goatcounter (with its pixel), cloudflare, and GA4 (after consent, Google\'s hosts)', () => {
    const umami = parse({ provider: 'umami', website_id: '94db1cb1-74f4-4a40-ad6c-962362670409', domains: ['example.org'] });
    expect(analyticsTags(umami).scripts).toEqual([{ src: 'https://cloud.umami.is/script.js', data: { 'website-id': '94db1cb1-74f4-4a40-ad6c-962362670409', domains: 'example.org' } }]);
    expect(analyticsSources(umami)).toEqual({ script: ['https://cloud.umami.is'], connect: ['https://cloud.umami.is'] });
    const goat = parse({ provider: 'goatcounter', code: 'ada' });
    expect(analyticsTags(goat)).toMatchObject({ scripts: [{ src: 'https://gc.zgo.at/count.js', data: { goatcounter: 'https://ada.goatcounter.com/count' } }], pixel: 'https://ada.goatcounter.com/count' });
    expect(analyticsSources(goat)).toEqual({ script: ['https://gc.zgo.at'], connect: ['https://ada.goatcounter.com'], img: ['https://ada.goatcounter.com'] });
    const cf = parse({ provider: 'cloudflare', token: '4fd7e22413e84811bd71ed466613bb26' });
    expect(analyticsTags(cf).scripts[0]!.data).toEqual({ 'cf-beacon': '{"token":"4fd7e22413e84811bd71ed466613bb26"}' });
    expect(analyticsSources(cf)).toEqual({ script: ['https://static.cloudflareinsights.com'], connect: ['https://cloudflareinsights.com'] });
    const ga = parse({ provider: 'ga4', measurement_id: 'G-ABCD1234' });
    expect(analyticsTags(ga)).toEqual({ scripts: [], consent: { measurementId: 'G-ABCD1234' } });
    expect(analyticsSources(ga).script).toEqual(['https://*.googletagmanager.com']);
  });

  it("reports a provider's wrong or missing field on its line, with what to write", async () => {
    expect(await issues('analytics:\n  provider: matomo\n')).toEqual(['5:3 error `analytics.provider`: `matomo` is not a provider Folio knows']);
    expect(await issues('analytics:\n  provider: ga4\n  measurement_id: UA-12345-1\n')).toEqual(['6:3 error `analytics.measurement_id`: is not a GA4 measurement ID (G-XXXXXXXXXX)']);
    expect(await issues('analytics:\n  provider: umami\n')).toEqual(['4:1 error `analytics.website_id`: umami needs it']);
    expect(await issues('analytics:\n  provider: cloudflare\n  token: 4fd7e22413e84811bd71ed466613bb26\n  site_tag: x\n')).toEqual([expect.stringMatching(/^4:1 error `analytics`: Unrecognized key: "site_tag"/)]);
    expect(await issues('analytics:\n  provider: plausible\n')).toEqual([expect.stringMatching(/^4:1 error `analytics`: give `script`/)]);
  });

  it('is in production pages only, and not with FOLIO_ANALYTICS=off', () => {
    const analytics = analyticsField.parse({ provider: 'goatcounter', code: 'ada' });
    vi.stubEnv('NODE_ENV', 'development');
    expect(activeAnalytics({ analytics })).toBeUndefined();
    expect(serviceSources({ analytics }, { comments: false })).toEqual({ script: [], style: [], img: [], connect: [], frame: [] });
    vi.stubEnv('NODE_ENV', 'production');
    expect(activeAnalytics({ analytics })).toEqual(analytics);
  });
  afterEach(() => void vi.unstubAllEnvs());
});

describe('giscus', () => {
  it("reads al-folio's block; an empty `repo` (al-folio's default) is no comments", () => {
    expect(giscusField.parse({ repo: null, repo_id: null, category: 'Comments' })).toBeUndefined();
    expect(giscusField.parse({ repo: 'ada/site', repo_id: 'R_kgDOExample42', category: 'Comments', category_id: 'DIC_kwDOExample42c4CaBcD', strict: 1, reactions_enabled: 1, loading: 'lazy' })).toMatchObject({
      repo: 'ada/site',
      repoId: 'R_kgDOExample42',
      categoryId: 'DIC_kwDOExample42c4CaBcD',
      mapping: 'pathname',
      strict: true,
      reactions: true,
      lazy: true,
      allPosts: false,
    });
  });

  it('validates repo, repo_id and category_id on their lines, and warns about al-folio\'s own', async () => {
    expect(await issues('giscus:\n  repo: ada/site\n  repo_id: 12345\n  category: Comments\n')).toEqual([
      expect.stringMatching(/^4:1 error `giscus.category_id`: giscus needs the discussion category's id/),
      expect.stringMatching(/^6:3 error `giscus.repo_id`: `12345` is not a repository id/),
    ]);
    expect(await issues('giscus:\n  repo: alshedivat/al-folio\n  repo_id: MDEwOlJlcG9zaXRvcnk2MDAyNDM2NQ==\n  category: Comments\n  category_id: DIC_kwDOA5PmLc4CTBt6\n')).toEqual([
      "6:3 warning `giscus.repo_id` is al-folio's own (alshedivat/al-folio), copied from its template: your readers' comments would go to al-folio's discussions",
    ]);
  });

  it('shows comments where a document asks, or on every post with all_posts; the policy names giscus there only', () => {
    const giscus = 'giscus:\n  repo: ada/site\n  repo_id: R_kgDOExample42\n  category: Comments\n  category_id: DIC_kwDOExample42c4CaBcD\n';
    const { content } = readContent(
      makeProject({
        'content/site.yml': site(`${giscus}  all_posts: true\n`),
        'content/blog/2024-01-01-a.md': '---\ntitle: A\n---\n',
        'content/blog/2024-01-02-b.md': '---\ntitle: B\ngiscus_comments: false\n---\n',
        'content/pages/p.md': '---\ntitle: P\ngiscus_comments: true\n---\n',
        'content/pages/q.md': '---\ntitle: Q\n---\n',
      }),
    );
    const [b, a] = content!.posts;
    expect([hasComments(content!, a!, { post: true }), hasComments(content!, b!, { post: true })]).toEqual([true, false]);
    expect(content!.pages.map((p) => hasComments(content!, p))).toEqual([true, false]);
    const policy = (comments: boolean) => contentSecurityPolicy({ scripts: { inline: 'hashed', hashes: [] }, meta: true, services: serviceSources(content!.site, { comments }) });
    expect(policy(true)).toContain("frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com https://giscus.app");
    expect(policy(true)).toContain("script-src 'self' https://giscus.app");
    expect(policy(false)).not.toContain('giscus');
    expect(GISCUS_SOURCES).toEqual({ script: ['https://giscus.app'], style: ['https://giscus.app'], frame: ['https://giscus.app'] });
  });
});
