import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { IssueLog } from '../issues';
import { validate } from './validate';
import { parseYaml } from './yaml';

/**
 * The repositories page's data: `content/repositories.yml` (al-folio's
 * `_data/repositories.yml`: `github_users`, `github_repos`), and what GitHub
 * said about each, `content/data/github.json`, a snapshot written by `npm run
 * refresh` (lib/refresh/). The build reads both and never the network: an
 * entry the snapshot does not have shows its name and link only.
 */

/** A GitHub login: letters, digits and single hyphens, not at either end, at most 39 characters. */
const LOGIN = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}$/;
/** A repository: its owner's login, a slash, and a name of letters, digits, `.`, `_` and `-`. */
const REPO = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/[\w.-]{1,100}$/;

/** `https://github.com/ada/engine` or `ada/engine`: al-folio's lists hold the short form; a pasted address is read as it. */
const githubName = (pattern: RegExp, what: string, example: string) =>
  z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      const name = String(value).trim().replace(/^https?:\/\/github\.com\//i, '').replace(/\/+$/, '');
      if (pattern.test(name)) return name;
      ctx.addIssue({ code: 'custom', message: `\`${name}\` is not a GitHub ${what}`, params: { fix: `write it as GitHub does, e.g. ${example}` } });
      return z.NEVER;
    });

export const repositoriesSchema = z.looseObject({
  github_users: z.array(githubName(LOGIN, 'user name', 'torvalds')).nullish().transform((list) => [...new Set(list ?? [])]),
  github_repos: z.array(githubName(REPO, 'repository', 'alshedivat/al-folio (owner/name)')).nullish().transform((list) => [...new Set(list ?? [])]),
  /** al-folio's cap on a card's description, in lines. */
  repo_description_lines_max: z.number().int().positive().nullish(),
});

/** What `npm run refresh` keeps of a GitHub user (GET /users/{username}). */
export const githubUserSchema = z.looseObject({
  login: z.string(),
  name: z.string().nullish(),
  html_url: z.string(),
  bio: z.string().nullish(),
  public_repos: z.number(),
  followers: z.number(),
  fetched_at: z.string(),
});

/** What `npm run refresh` keeps of a repository (GET /repos/{owner}/{repo}). */
export const githubRepoSchema = z.looseObject({
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullish(),
  language: z.string().nullish(),
  stargazers_count: z.number(),
  forks_count: z.number(),
  pushed_at: z.string().nullish(),
  archived: z.boolean().default(false),
  fetched_at: z.string(),
});

export const githubSnapshotSchema = z.looseObject({
  users: z.record(z.string(), githubUserSchema).default({}),
  repos: z.record(z.string(), githubRepoSchema).default({}),
});

export type GithubUser = z.output<typeof githubUserSchema>;
export type GithubRepo = z.output<typeof githubRepoSchema>;
export type GithubSnapshot = z.output<typeof githubSnapshotSchema>;

/** Where the snapshot is, in content/. */
export const GITHUB_SNAPSHOT = path.join('data', 'github.json');

export type Repositories = {
  /** Each listed user, with what the snapshot knows (absent: name and link only). */
  users: { login: string; url: string; data?: GithubUser }[];
  repos: { name: string; url: string; data?: GithubRepo }[];
  /** A card's description is cut after this many lines (al-folio's `repo_description_lines_max`). */
  descriptionLines?: number;
};

/** A data file of content/ as YAML (JSON is YAML too), with the lines of its keys; null when absent or empty. */
export function readDataFile(file: string, log: IssueLog) {
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  if (!/^\s*[^#\s]/m.test(text)) return null;
  return parseYaml(text, file, log);
}

/** The GitHub snapshot, or an empty one (absent, or not readable: the check says so, and the page shows names and links). */
export function readGithubSnapshot(contentDir: string, log: IssueLog): GithubSnapshot {
  const file = path.join(contentDir, GITHUB_SNAPSHOT);
  const yaml = readDataFile(file, log);
  const data = yaml && validate(githubSnapshotSchema, yaml.data, { ...yaml, path: file }, log, { guide: 'run `npm run refresh` to write it again' });
  return data ?? { users: {}, repos: {} };
}

/**
 * content/repositories.yml with the snapshot's data. Undefined when the
 * file is absent. Each entry the snapshot lacks is a warning on its line,
 * which says how to fill it.
 */
export function readRepositories(contentDir: string, log: IssueLog): Repositories | undefined {
  const file = path.join(contentDir, 'repositories.yml');
  const yaml = readDataFile(file, log);
  if (!yaml) return undefined;
  const data = validate(repositoriesSchema, yaml.data, { ...yaml, path: file }, log);
  if (!data) return undefined;
  const snapshot = readGithubSnapshot(contentDir, log);
  const snapshotFile = log.relative(path.join(contentDir, GITHUB_SNAPSHOT));
  const fill = `run \`npm run refresh\` and commit ${snapshotFile}; with GITHUB_TOKEN set, GitHub allows 5,000 requests an hour instead of 60`;
  const none = !fs.existsSync(path.join(contentDir, GITHUB_SNAPSHOT));
  if (none && (data.github_users.length > 0 || data.github_repos.length > 0)) {
    log.warn(file, 1, `there is no GitHub data yet (${snapshotFile}): the repositories page shows names and links only`, fill);
  }
  const missing = (key: 'github_users' | 'github_repos', i: number, name: string) =>
    !none &&
    log.warn(
      file,
      yaml.lineOf([key, i]),
      `no GitHub data for \`${name}\` in ${snapshotFile}: its card shows the name and a link only`,
      fill,
      yaml.columnOf([key, i]),
    );
  const users = data.github_users.map((login, i) => {
    const found = Object.values(snapshot.users).find((u) => u.login.toLowerCase() === login.toLowerCase());
    if (!found) missing('github_users', i, login);
    return { login, url: `https://github.com/${login}`, data: found };
  });
  const repos = data.github_repos.map((name, i) => {
    const found = Object.values(snapshot.repos).find((r) => r.full_name.toLowerCase() === name.toLowerCase());
    if (!found) missing('github_repos', i, name);
    return { name, url: `https://github.com/${name}`, data: found };
  });
  return { users, repos, descriptionLines: data.repo_description_lines_max ?? undefined };
}
