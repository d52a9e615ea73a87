import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseYaml } from '../../content/yaml';
import { IssueLog } from '../../issues';
import { carriedDataFiles, carriedSettings, carriedTeachings, listingLayout } from './services';
import { SiteReader } from './site-reader';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function config(site: string) {
  const file = path.join(FIXTURES, site, '_config.yml');
  return parseYaml(fs.readFileSync(file, 'utf8'), file, new IssueLog(FIXTURES))!;
}

describe("the importer carries what issue 23 added: analytics, giscus, external_sources, _teachings, repositories.yml, CNAME", () => {
  it("v0-2023-distill: GA4 from google_analytics (enable_google_analytics `true#...` is on), al-folio's giscus and demo feed left out, the malformed sources reported", () => {
    const c = config('v0-2023-distill');
    const carried = carriedSettings(c.data, c.lineOf);
    expect(YAML.parse(carried.yaml)).toEqual({ analytics: { provider: 'ga4', measurement_id: 'G-JW7N2K8PQX' } });
    expect(carried.notes.map((n) => `${n.line} ${n.message.split(':')[0]}`)).toEqual(['83 Google Analytics G-JW7N2K8PQX', "126 external source `medium.com` is al-folio's demo"]);
    expect(carried.leftovers.map((n) => `${n.line} ${n.message}`)).toEqual([
      "109 giscus: the block is al-folio's own (alshedivat/al-folio), copied with its template: not carried (comments would go to al-folio's discussions); make yours on https://giscus.app",
      '128 external source not carried (al-folio skipped it without a word): `rss_url` missing or empty',
      '130 external source not carried (al-folio skipped it without a word): an external source with `title`, `url` is not one al-folio or Folio can read',
    ]);
  });

  it("v0-2025-books: its own giscus, a single external post, GA4 from `enable_google_analytics: ture`, and its CNAME", () => {
    const c = config('v0-2025-books');
    const carried = YAML.parse(carriedSettings(c.data, c.lineOf).yaml);
    expect(carried.analytics).toEqual({ provider: 'ga4', measurement_id: 'G-AO2025STAT' });
    expect(carried.giscus).toMatchObject({ repo: 'amaraokafor/amaraokafor.github.io', repo_id: 'R_kgDOExample42', category_id: 'DIC_kwDOExample42c4CaBcD' });
    expect(carried.external_sources).toEqual([{ name: 'Significance magazine', posts: [{ url: 'https://example.org/significance/2024/11/why-the-bootstrap-works', published_date: '2024-11-20' }] }]);
    expect(carriedDataFiles(new SiteReader(path.join(FIXTURES, 'v0-2025-books'))).files).toEqual([{ target: 'public/CNAME', data: 'amaraokafor.com\n', from: 'CNAME' }]);
  });

  it('v1-gem: its courses and repositories.yml; v1 analytics.google; its teaching and repositories pages get their layouts', () => {
    const site = path.join(FIXTURES, 'v1-gem');
    const courses = carriedTeachings(new SiteReader(site), ['/_teachings/15-451-spring-2026.md', '/_teachings/15-850-fall-2025.md']);
    expect(courses.files.map((f) => f.target)).toEqual(['content/teaching/15-451-spring-2026.md', 'content/teaching/15-850-fall-2025.md']);
    expect(courses.demo).toEqual([]);
    expect(carriedDataFiles(new SiteReader(site)).files.map((f) => f.target)).toEqual(['content/repositories.yml']);
    const c = config('v1-gem');
    expect(YAML.parse(carriedSettings(c.data, c.lineOf).yaml)).toEqual({ analytics: { provider: 'ga4', measurement_id: 'G-LC26V1ALGO' } });
    expect(listingLayout(fs.readFileSync(path.join(site, '_pages/teaching.md'), 'utf8'))).toMatchObject({ layout: 'teaching' });
    const repositories = listingLayout(fs.readFileSync(path.join(site, '_pages/repositories.md'), 'utf8'))!;
    expect(repositories.layout).toBe('repositories');
    expect(repositories.body).not.toContain('{%');
  });

  it('reports a Universal Analytics ID, analytics Folio does not carry, and Disqus', () => {
    const carried = carriedSettings({ google_analytics: 'UA-1234-1', enable_google_analytics: true, cronitor_analytics: 'abc', disqus_shortname: 'mysite' }, () => 7);
    expect(carried.yaml).toBe('');
    expect(carried.leftovers.map((l) => l.message.split(':')[0])).toEqual(['Google Analytics `UA-1234-1` is not a GA4 measurement ID (G-...)', 'cronitor analytics is not carried', 'Disqus comments are not carried']);
  });

  it("a giscus block without its ids (al-folio's template leaves them empty) is reported, not carried: giscus cannot work without them", () => {
    const lines: Record<string, number> = { 'giscus.repo_id': 4, 'giscus.category_id': 6 };
    const carried = carriedSettings({ giscus: { repo: 'me/me.github.io', repo_id: '', category: 'Comments', category_id: null } }, (keys) => lines[keys.join('.')] ?? 1);
    expect(carried.yaml).toBe('');
    expect(carried.leftovers).toEqual([{ file: '_config.yml', line: 4, message: expect.stringMatching(/^giscus: `repo_id` and `category_id` empty, and giscus needs them: not carried/) }]);
    const one = carriedSettings({ giscus: { repo: 'me/me.github.io', repo_id: 'R_1', category_id: '' } }, (keys) => lines[keys.join('.')] ?? 1);
    expect(one.leftovers.map((l) => `${l.line} ${l.message.split(':')[0]}`)).toEqual(['6 giscus']);
    expect(one.leftovers[0]!.message).toContain('`category_id` empty, and giscus needs it');
  });
});

describe('carried files are read through the site reader (issue 20 point 4)', () => {
  it('a repositories.yml, CNAME or course that is a symbolic link out of the site is not read', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.yml'), 'github_users: [someone-else]\n');
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-site-'));
    fs.mkdirSync(path.join(site, '_data'));
    fs.mkdirSync(path.join(site, '_teachings'));
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(site, '_data/repositories.yml'));
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(site, 'CNAME'));
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(site, '_teachings/course.md'));
    const reader = new SiteReader(site);
    expect(carriedDataFiles(reader)).toEqual({ files: [], demo: [] });
    expect(carriedTeachings(reader, ['_teachings/course.md'])).toEqual({ files: [], demo: [] });
    expect(reader.refused.map((r) => r.link).sort()).toEqual(['CNAME', '_data/repositories.yml', '_teachings/course.md']);
  });
});
