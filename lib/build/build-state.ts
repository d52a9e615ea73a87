import fs from 'node:fs';
import path from 'node:path';

/**
 * Whether the build in a dist folder finished. `next build` writes BUILD_ID
 * early (the compile step), so a build stopped or killed while prerendering
 * leaves a folder `next start` would serve, rendering the missing pages from
 * content/ on request. `npm run build` removes this marker before it starts
 * and writes it (holding the build's id) only after every step succeeded;
 * next.config.ts refuses to start a server without it. A SIGKILL can stop
 * the build anywhere: the marker is still missing, so nothing is served.
 */
const MARKER = 'FOLIO_BUILD_COMPLETE';

export function markIncomplete(distDir: string): void {
  fs.rmSync(path.join(distDir, MARKER), { force: true });
}

export function markComplete(distDir: string): void {
  fs.writeFileSync(path.join(distDir, MARKER), fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8'));
}

/** Null when the build in `distDir` finished, else why it may not be served. */
export function unfinishedBuild(distDir: string): string | null {
  const read = (name: string) => {
    try {
      return fs.readFileSync(path.join(distDir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const id = read('BUILD_ID');
  if (id === undefined) return `there is no build in ${distDir}: run \`npm run build\` first`;
  if (read(MARKER) !== id) return `the build in ${distDir} did not finish (it failed, or was stopped or killed): run \`npm run build\` again`;
  return null;
}
