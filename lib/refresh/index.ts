import fs from 'node:fs';
import path from 'node:path';
import { readSite } from '../content/collections';
import { EXTERNAL_POSTS_SNAPSHOT, readExternalPostsSnapshot, type ExternalPostRecord } from '../content/external-posts';
import { GITHUB_SNAPSHOT, readDataFile, readGithubSnapshot, repositoriesSchema, type GithubSnapshot } from '../content/repositories';
import { validate } from '../content/validate';
import { formatIssue, IssueLog } from '../issues';
import { refreshExternalPosts, type ExternalOptions } from './external';
import { refreshGithub, type GithubOptions, type Problem } from './github';

/**
 * `npm run refresh`: what other services say about the site, fetched once
 * and kept in content/data/ for the build, which never uses the network:
 * GitHub's data for content/repositories.yml (content/data/github.json) and
 * the posts of site.yml's `external_sources` (content/data/external-posts.json).
 * What could not be fetched is reported and keeps its old data.
 */

export type RefreshOptions = { contentDir: string; root: string; github: Omit<GithubOptions, 'sleep' | 'now'> & Pick<GithubOptions, 'sleep' | 'now'>; external?: ExternalOptions; print: (line: string) => void };

/** JSON as the snapshots are written: keys in a stable order, two spaces, a final newline, so a commit shows what changed. */
function writeSnapshot(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

const sortedKeys = <T>(table: Record<string, T>) => Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));

function problems(print: (line: string) => void, failed: Problem[]) {
  for (const { name, message } of failed) print(`  failed: ${name}: ${message}`);
}

/** Runs the refresh; 0 when everything was fetched, 1 when something was not (or the settings are wrong). */
export async function refresh(options: RefreshOptions): Promise<number> {
  const { contentDir, print } = options;
  const log = new IssueLog(options.root);
  const settings = readSite(path.join(contentDir, 'site.yml'), log);
  const reposFile = path.join(contentDir, 'repositories.yml');
  const reposYaml = readDataFile(reposFile, log);
  const repositories = reposYaml && validate(repositoriesSchema, reposYaml.data, { ...reposYaml, path: reposFile }, log);
  if (log.hasErrors) {
    print('The refresh did not start: fix these first (`npm run check` lists them too).');
    for (const issue of log.issues.filter((i) => i.severity === 'error')) print(`  ${formatIssue(issue)}`);
    return 1;
  }
  const sources = settings?.site.external_sources ?? [];
  const users = repositories?.github_users ?? [];
  const repos = repositories?.github_repos ?? [];
  if (sources.length === 0 && users.length === 0 && repos.length === 0) {
    print('Nothing to refresh: content/repositories.yml lists no GitHub user or repository, and site.yml has no `external_sources`.');
    return 0;
  }
  let status = 0;

  if (users.length > 0 || repos.length > 0) {
    const file = path.join(contentDir, GITHUB_SNAPSHOT);
    const old: GithubSnapshot = readGithubSnapshot(contentDir, new IssueLog(options.root));
    print(`GitHub (${options.github.apiUrl}${options.github.token ? ', with a token' : ', without a token: 60 requests an hour'}): ${users.length} user${users.length === 1 ? '' : 's'}, ${repos.length} repositor${repos.length === 1 ? 'y' : 'ies'}`);
    const result = await refreshGithub(users, repos, old, options.github);
    writeSnapshot(file, { users: sortedKeys(result.snapshot.users), repos: sortedKeys(result.snapshot.repos) });
    print(`  ${result.fetched} fetched, written to ${log.relative(file)}`);
    problems(print, result.failed);
    if (result.stoppedUntil) {
      const minutes = Math.max(1, Math.ceil((result.stoppedUntil.getTime() - (options.github.now ?? Date.now)()) / 60_000));
      print(`  stopped: GitHub's rate limit resets at ${result.stoppedUntil.toISOString()} (in about ${minutes} minute${minutes === 1 ? '' : 's'}); what was not fetched keeps its data from the last refresh.`);
      print(`  Run \`npm run refresh\` again then${options.github.token ? '' : ', or set GITHUB_TOKEN (a token with no scopes) for 5,000 requests an hour'}; \`-- --max-wait ${minutes * 60}\` waits it out.`);
    }
    if (result.failed.length > 0 || result.stoppedUntil) status = 1;
  }

  if (sources.length > 0) {
    const file = path.join(contentDir, EXTERNAL_POSTS_SNAPSHOT);
    const old: ExternalPostRecord[] = readExternalPostsSnapshot(contentDir, new IssueLog(options.root));
    print(`External posts: ${sources.length} source${sources.length === 1 ? '' : 's'}`);
    const result = await refreshExternalPosts(sources, old, options.external);
    const records = result.records.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
    writeSnapshot(file, { posts: records });
    print(`  ${result.fetched} post${result.fetched === 1 ? '' : 's'} fetched, written to ${log.relative(file)}`);
    problems(print, result.failed);
    if (result.failed.length > 0) {
      print('  what could not be fetched keeps its posts from the last refresh.');
      status = 1;
    }
  }
  return status;
}
