import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../ports';

/**
 * The corpus runner's exports of al-folio sites (scripts/import-corpus.ts:
 * each imported with `npm run import:al-folio`, checked, exported with
 * `npm run export`), kept in FOLIO_CORPUS_EXPORTS (default
 * `.corpus-exports/`, which `npm test`'s corpus step writes), each served by
 * a static host as GitHub Pages serves it: under its base path. The browser
 * specs of e2e/importer/ share them rather than build the sites again. When
 * a site's export is not there (the spec run alone), the runner makes it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const EXPORTS = path.resolve(ROOT, process.env.FOLIO_CORPUS_EXPORTS ?? '.corpus-exports');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export type CorpusHosts = { url: (site: string) => string; close: () => void };

/** Serves the sites' exports from the first free port from `firstPort` on; `url(site)` is the site's address, its base path included (no trailing slash). */
export async function serveCorpusExports(sites: readonly string[], firstPort: number): Promise<CorpusHosts> {
  const missing = sites.filter((site) => !fs.existsSync(path.join(EXPORTS, site, '.folio-base-path')));
  if (missing.length) {
    const made = spawnSync(process.execPath, [TSX, 'scripts/import-corpus.ts', '--only', missing.join(','), '--export', missing.join(','), '--keep-exports', EXPORTS], { cwd: ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`the corpus runner could not export ${missing.join(', ')}:\n${made.stdout}\n${made.stderr}`);
  }
  const servers: ChildProcess[] = [];
  const hosts = new Map<string, string>();
  const close = () => servers.forEach((server) => server.kill());
  let port = firstPort - 1;
  try {
    for (const site of sites) {
      const folder = path.join(EXPORTS, site);
      const base = fs.readFileSync(path.join(folder, '.folio-base-path'), 'utf8').trim();
      port = await freePort(port + 1);
      const server = spawn(process.execPath, [TSX, 'scripts/serve-static.ts', folder, '--port', String(port), ...(base ? ['--base', base] : [])], { cwd: ROOT, stdio: 'ignore' });
      servers.push(server);
      const url = `http://127.0.0.1:${port}${base}`;
      const deadline = Date.now() + 30_000;
      while (!(await fetch(`${url}/`).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the static host did not serve ${folder}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      hosts.set(site, url);
    }
  } catch (error) {
    close();
    throw error;
  }
  return {
    url: (site) => {
      const url = hosts.get(site);
      if (!url) throw new Error(`${site} is not served (serveCorpusExports was given ${sites.join(', ')})`);
      return url;
    },
    close,
  };
}
