/**
 * `npm run refresh`: fetches what the site shows from other services into
 * snapshots in content/data/, for the build (which never touches the
 * network) and for you to commit: GitHub's data for content/repositories.yml,
 * and the posts of site.yml's `external_sources` (lib/refresh/).
 *
 *   --max-wait <seconds>   wait out a GitHub rate limit that resets within this long (default 60); a longer one stops the refresh
 *   --github-api <url>     GitHub's API (default https://api.github.com; FOLIO_GITHUB_API too)
 *
 * GITHUB_TOKEN (or GH_TOKEN) in the environment is sent to GitHub: 5,000
 * requests an hour instead of 60. Exit 0 when everything was fetched, 1 when
 * something was not (reported, its old data kept), 2 when the command failed.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { settings } from '../lib/build/settings';
import { loadOptions } from '../lib/content';
import { refresh } from '../lib/refresh';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'max-wait': { type: 'string' }, 'github-api': { type: 'string' } } });
  const maxWait = Number(values['max-wait'] ?? 60);
  if (!Number.isFinite(maxWait) || maxWait < 0) {
    console.error('--max-wait takes a number of seconds, e.g. --max-wait 120');
    return 2;
  }
  const { contentDir, root } = loadOptions();
  return refresh({
    contentDir,
    root,
    github: { apiUrl: values['github-api'] ?? settings.githubApi, token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined, maxWait },
    print: (line) => console.log(line),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
