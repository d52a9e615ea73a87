import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject } from '../lib/content/testing';
import { refresh } from '../lib/refresh';

/**
 * `npm run refresh` against a server on this machine that answers as
 * GitHub's REST API and as a blog's feed and pages do (responses written
 * from GitHub's REST documentation and the RSS and Atom formats): never the
 * real services.
 */

type Answer = { status: number; headers?: Record<string, string>; body: string };
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({ status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) });

const USER = { login: 'ada', id: 1, html_url: 'https://github.com/ada', name: 'Ada Lovelace', bio: 'Notes on engines.', public_repos: 12, followers: 1843, following: 0, type: 'User' };
const REPO = { id: 2, name: 'engine', full_name: 'ada/engine', html_url: 'https://github.com/ada/engine', description: 'A simulator.', fork: false, language: 'Python', stargazers_count: 42, forks_count: 3, pushed_at: '2026-10-02T14:11:05Z', archived: false, topics: [] };
const NOT_FOUND = json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' });
const rateLimited = (resetSeconds: number): Answer =>
  json(
    403,
    { message: 'API rate limit exceeded for 127.0.0.1. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
    { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetSeconds), 'x-ratelimit-used': '60', 'x-ratelimit-resource': 'core' },
  );

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Engine Gazette</title><link>https://gazette.example.org/</link><description>Essays</description>
<item><title>Why the mill needs a store</title><link>https://gazette.example.org/2019/mill/</link><pubDate>Fri, 01 Feb 2019 09:00:00 GMT</pubDate><description>&lt;p&gt;Memory in &lt;em&gt;calculating&lt;/em&gt; machines.&lt;/p&gt;</description></item>
<item><title>On cards</title><link>https://gazette.example.org/2019/cards/</link><pubDate>Sat, 02 Mar 2019 09:00:00 GMT</pubDate></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><id>urn:notes</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title>Note G, again</title><link href="https://notes.example.org/note-g"/><id>urn:note-g</id><updated>2024-05-01T00:00:00Z</updated><summary>Reading the table.</summary></entry>
</feed>`;
const PAGE = '<!doctype html><html><head><title>Bernoulli numbers by hand</title><meta name="description" content="Pencil and paper, as Note G does."></head><body>…</body></html>';

/** What the server answers, by path; a function sees how often it was asked. */
let answers: Record<string, Answer | ((n: number) => Answer)> = {};
const asked = new Map<string, number>();
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x').pathname;
    const n = (asked.get(url) ?? 0) + 1;
    asked.set(url, n);
    const found = answers[url];
    const answer = typeof found === 'function' ? found(n) : (found ?? { status: 404, body: 'no such page' });
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function site(extra = '') {
  return makeProject({
    'content/site.yml': `title: T\nname: Ada\nurl: https://example.org\nexternal_sources:\n  - name: The Engine Gazette\n    rss_url: ${base}/feed.xml\n  - name: Notes\n    rss_url: ${base}/atom.xml\n  - name: Significance\n    posts:\n      - url: ${base}/significance/bernoulli\n        published_date: 2019-03-14\n${extra}`,
    'content/repositories.yml': 'github_users:\n  - ada\ngithub_repos:\n  - ada/engine\n  - ada/gone\n',
  });
}

const read = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, 'data', file), 'utf8'));

describe('npm run refresh', () => {
  it('writes the snapshots from GitHub and the feeds, and reports what failed, keeping its old data', async () => {
    answers = {
      '/users/ada': json(200, USER),
      '/repos/ada/engine': json(200, REPO),
      '/repos/ada/gone': NOT_FOUND,
      '/feed.xml': { status: 200, headers: { 'content-type': 'application/rss+xml' }, body: RSS },
      '/atom.xml': { status: 200, headers: { 'content-type': 'application/atom+xml' }, body: ATOM },
      '/significance/bernoulli': { status: 200, headers: { 'content-type': 'text/html' }, body: PAGE },
    };
    const project = site();
    // The old snapshot had the repository that is gone now: it is kept, and the failure reported.
    fs.mkdirSync(path.join(project.contentDir, 'data'));
    fs.writeFileSync(path.join(project.contentDir, 'data/github.json'), JSON.stringify({ users: {}, repos: { 'ada/gone': { ...REPO, full_name: 'ada/gone', html_url: 'https://github.com/ada/gone', fetched_at: '2026-01-01T00:00:00.000Z' } } }));
    // The command as an author runs it, in its own process (this one answers for GitHub meanwhile).
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/refresh.ts'], {
      encoding: 'utf8',
      env: { ...process.env, FOLIO_CONTENT_DIR: project.contentDir, FOLIO_GITHUB_API: base, GITHUB_TOKEN: '', GH_TOKEN: '' },
    }).then(
      (done) => ({ status: 0, ...done }),
      (failed: { code: number; stdout: string; stderr: string }) => ({ status: failed.code, stdout: failed.stdout, stderr: failed.stderr }),
    );
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('failed: ada/gone: the repository ada/gone was not found on GitHub (renamed, deleted or private?)');
    const github = read(project.contentDir, 'github.json');
    expect(github.users.ada).toMatchObject({ login: 'ada', name: 'Ada Lovelace', public_repos: 12, followers: 1843 });
    expect(github.repos['ada/engine']).toMatchObject({ description: 'A simulator.', language: 'Python', stargazers_count: 42, forks_count: 3, pushed_at: '2026-10-02T14:11:05Z', archived: false });
    expect(github.repos['ada/gone'].fetched_at).toBe('2026-01-01T00:00:00.000Z');
    const { posts } = read(project.contentDir, 'external-posts.json');
    expect(posts.map((p: { source: string; title: string; date: string }) => [p.source, p.title, p.date.slice(0, 10)])).toEqual([
      ['Notes', 'Note G, again', '2024-05-01'],
      ['Significance', 'Bernoulli numbers by hand', '2019-03-14'],
      ['The Engine Gazette', 'On cards', '2019-03-02'],
      ['The Engine Gazette', 'Why the mill needs a store', '2019-02-01'],
    ]);
    expect(posts.find((p: { title: string }) => p.title === 'Why the mill needs a store').description).toBe('Memory in calculating machines.');
    expect(posts.find((p: { title: string }) => p.title === 'Bernoulli numbers by hand').description).toBe('Pencil and paper, as Note G does.');
  }, 60_000);

  it('waits out a rate limit that resets soon, then goes on', async () => {
    const now = Date.now();
    answers = { '/users/ada': (n) => (n === 1 ? rateLimited(Math.floor(now / 1000) + 5) : json(200, USER)), '/repos/ada/engine': json(200, REPO), '/repos/ada/gone': json(200, { ...REPO, full_name: 'ada/gone' }) };
    asked.clear();
    const project = makeProject({ 'content/repositories.yml': 'github_users: [ada]\ngithub_repos: [ada/engine, ada/gone]\n' });
    const waits: number[] = [];
    const lines: string[] = [];
    const code = await refresh({ ...project, github: { apiUrl: base, maxWait: 60, sleep: async (ms) => void waits.push(ms) }, print: (l) => lines.push(l) });
    expect(code, lines.join('\n')).toBe(0);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    expect(asked.get('/users/ada')).toBe(2);
    expect(Object.keys(read(project.contentDir, 'github.json').repos)).toEqual(['ada/engine', 'ada/gone']);
  });

  it('stops at a rate limit that resets later, says when, and keeps the old snapshot', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    answers = { '/users/ada': json(200, USER), '/repos/ada/engine': rateLimited(reset), '/repos/ada/gone': json(200, REPO) };
    asked.clear();
    const project = makeProject({ 'content/repositories.yml': 'github_users: [ada]\ngithub_repos: [ada/engine, ada/gone]\n' });
    const old = { users: {}, repos: { 'ada/engine': { ...REPO, fetched_at: '2026-01-01T00:00:00.000Z' } } };
    fs.mkdirSync(path.join(project.contentDir, 'data'));
    fs.writeFileSync(path.join(project.contentDir, 'data/github.json'), JSON.stringify(old));
    const lines: string[] = [];
    const code = await refresh({ ...project, github: { apiUrl: base, maxWait: 60, sleep: () => Promise.reject(new Error('no wait expected')) }, print: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain(`stopped: GitHub's rate limit resets at ${new Date(reset * 1000).toISOString()} (in about 60 minutes)`);
    expect(lines.join('\n')).toContain('set GITHUB_TOKEN');
    // Nothing after the limit was asked for; what was not fetched keeps its old data.
    expect(asked.get('/repos/ada/gone')).toBeUndefined();
    const github = read(project.contentDir, 'github.json');
    expect(github.repos['ada/engine'].fetched_at).toBe('2026-01-01T00:00:00.000Z');
    expect(github.users.ada.name).toBe('Ada Lovelace');
  });

  it('reports a feed that is not one, keeping the posts it had', async () => {
    answers = { '/feed.xml': { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Moved.</body></html>' }, '/atom.xml': { status: 200, body: ATOM }, '/significance/bernoulli': { status: 500, body: 'oops' } };
    const project = site();
    fs.mkdirSync(path.join(project.contentDir, 'data'));
    const kept = { source: 'The Engine Gazette', title: 'Old essay', url: 'https://gazette.example.org/old/', date: '2018-01-01', fetched_at: '2026-01-01T00:00:00.000Z' };
    fs.writeFileSync(path.join(project.contentDir, 'data/external-posts.json'), JSON.stringify({ posts: [kept] }));
    fs.rmSync(path.join(project.contentDir, 'repositories.yml'));
    const lines: string[] = [];
    const code = await refresh({ ...project, github: { apiUrl: base, maxWait: 0 }, print: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/failed: The Engine Gazette: http:\/\/127\.0\.0\.1:\d+\/feed\.xml: not an RSS or Atom feed/);
    expect(lines.join('\n')).toMatch(/failed: Significance: http:\/\/127\.0\.0\.1:\d+\/significance\/bernoulli answered 500/);
    const { posts } = read(project.contentDir, 'external-posts.json');
    expect(posts.map((p: { title: string }) => p.title)).toEqual(['Note G, again', 'Old essay']);
  });

  it('refuses to start on a malformed source, naming its line', async () => {
    const project = makeProject({ 'content/site.yml': 'title: T\nname: Ada\nexternal_sources:\n  - title: my substack\n    url: https://example.substack.com/feed\n' });
    const lines: string[] = [];
    expect(await refresh({ ...project, github: { apiUrl: base, maxWait: 0 }, print: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n'), lines.join('\n')).toContain('content/site.yml:4:5  error: `external_sources.0`: an external source with `title`, `url` is not one al-folio or Folio can read  (a source is `name` with `rss_url` for a feed');
  });
});
