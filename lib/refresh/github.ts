import { request as octokitRequest } from '@octokit/request';
import type { GithubRepo, GithubSnapshot, GithubUser } from '../content/repositories';

/**
 * GitHub's REST API, for the repositories page's snapshot: GET
 * /users/{username} and GET /repos/{owner}/{repo}, one at a time, with a
 * token when the environment has one. A rate limit (403 or 429 with
 * `x-ratelimit-remaining: 0` and `x-ratelimit-reset`, or `retry-after`) is
 * waited out when it ends within `maxWait` seconds; otherwise the refresh
 * stops there and says when the limit resets. What could not be fetched
 * keeps its data from the old snapshot.
 */

export type GithubOptions = {
  /** https://api.github.com, or a test's server. */
  apiUrl: string;
  token?: string;
  /** The longest wait for a rate limit to reset, in seconds; a longer one stops the refresh. */
  maxWait: number;
  /** Waits that long (tests pass a clock). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

export type Problem = { name: string; message: string };

export type GithubResult = {
  snapshot: GithubSnapshot;
  fetched: number;
  failed: Problem[];
  /** Set when a rate limit stopped the refresh: when it resets. */
  stoppedUntil?: Date;
};

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Outcome<T> = { data: T } | { problem: string } | { rateLimit: Date };

/** What @octokit/request throws for an answer that is not a success (its RequestError). */
type RequestError = Error & { status: number; response?: { headers: Record<string, string | number | undefined> } };

const isRequestError = (error: unknown): error is RequestError => error instanceof Error && typeof (error as { status?: unknown }).status === 'number';

/** When a 403 or 429 is a rate limit: the instant GitHub says requests may start again. */
function rateLimitEnd(error: RequestError, now: number): Date | undefined {
  if (error.status !== 403 && error.status !== 429) return undefined;
  const headers = Object.fromEntries(Object.entries(error.response?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v === undefined ? undefined : String(v)]));
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return new Date(now + retryAfter * 1000);
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) return new Date(Number(headers['x-ratelimit-reset']) * 1000);
  // A secondary limit without headers: GitHub asks for a minute's pause.
  if (error.status === 429 || /rate limit/i.test(error.message)) return new Date(now + 60_000);
  return undefined;
}

function describe(error: unknown, what: string): string {
  if (isRequestError(error)) {
    if (error.status === 404) return `${what} was not found on GitHub (renamed, deleted or private?)`;
    if (error.status === 401) return 'GitHub refused the token (401): check GITHUB_TOKEN';
    return `GitHub answered ${error.status}: ${error.message}`;
  }
  return `GitHub could not be reached: ${(error as Error).message}`;
}

export async function refreshGithub(users: string[], repos: string[], old: GithubSnapshot, options: GithubOptions): Promise<GithubResult> {
  const { sleep = sleepFor, now = Date.now } = options;
  const request = octokitRequest.defaults({
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    headers: {
      'user-agent': 'folio-refresh',
      'x-github-api-version': '2022-11-28',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
  });
  const fetchedAt = new Date(now()).toISOString();

  async function get<T>(route: string, params: Record<string, string>, what: string): Promise<Outcome<T>> {
    for (;;) {
      try {
        const response = await request(route, { ...params, request: { signal: AbortSignal.timeout(30_000) } });
        return { data: response.data as T };
      } catch (error) {
        const end = isRequestError(error) ? rateLimitEnd(error, now()) : undefined;
        if (!end) return { problem: describe(error, what) };
        const wait = end.getTime() - now();
        if (wait > options.maxWait * 1000) return { rateLimit: end };
        await sleep(Math.max(wait, 0) + 1000);
      }
    }
  }

  const snapshot: GithubSnapshot = { users: {}, repos: {} };
  const failed: Problem[] = [];
  let fetched = 0;
  let stoppedUntil: Date | undefined;
  const keepOld = <T>(table: Record<string, T>, name: string, into: Record<string, T>) => {
    const key = Object.keys(table).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) into[key] = table[key]!;
  };

  for (const login of users) {
    if (stoppedUntil) {
      keepOld(old.users, login, snapshot.users);
      continue;
    }
    const outcome = await get<Record<string, unknown>>('GET /users/{username}', { username: login }, `the user ${login}`);
    if ('data' in outcome) {
      const u = outcome.data;
      const user: GithubUser = { login: String(u.login), name: (u.name as string | null) ?? null, html_url: String(u.html_url), bio: (u.bio as string | null) ?? null, public_repos: Number(u.public_repos), followers: Number(u.followers), fetched_at: fetchedAt };
      snapshot.users[user.login] = user;
      fetched += 1;
    } else {
      if ('rateLimit' in outcome) stoppedUntil = outcome.rateLimit;
      else failed.push({ name: login, message: outcome.problem });
      keepOld(old.users, login, snapshot.users);
    }
  }
  for (const name of repos) {
    if (stoppedUntil) {
      keepOld(old.repos, name, snapshot.repos);
      continue;
    }
    const [owner, repo] = name.split('/') as [string, string];
    const outcome = await get<Record<string, unknown>>('GET /repos/{owner}/{repo}', { owner, repo }, `the repository ${name}`);
    if ('data' in outcome) {
      const r = outcome.data;
      const data: GithubRepo = {
        full_name: String(r.full_name),
        html_url: String(r.html_url),
        description: (r.description as string | null) ?? null,
        language: (r.language as string | null) ?? null,
        stargazers_count: Number(r.stargazers_count),
        forks_count: Number(r.forks_count),
        pushed_at: (r.pushed_at as string | null) ?? null,
        archived: r.archived === true,
        fetched_at: fetchedAt,
      };
      snapshot.repos[data.full_name] = data;
      fetched += 1;
    } else {
      if ('rateLimit' in outcome) stoppedUntil = outcome.rateLimit;
      else failed.push({ name, message: outcome.problem });
      keepOld(old.repos, name, snapshot.repos);
    }
  }
  return { snapshot, fetched, failed, stoppedUntil };
}
