/**
 * The steps of a build, `npm run build`'s and `npm run export`'s alike: the
 * content check (front matter, files and settings; the pages' MDX is
 * compiled by the build itself), then `next build` in two processes: one
 * compiles, a fresh one prerenders every page (in one process, the
 * compiler's memory, about 1 GB, was still held while the prerender workers
 * started: docs/performance.md).
 *
 * The compile reads no content, so when Next's compiler cache holds an
 * earlier compile (a build after the first) the check runs beside it: the
 * check's seconds are no longer added to every build. The first compile on
 * a fresh clone takes both cores and over 1 GB, so there the check runs
 * first, on its own: beside it, the two would gain little time and, at 1000
 * posts, pass 2 GB together. The prerender starts only once both passed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Step = { command: string; args: string[] };

/** Steps run side by side; a build is a list of stages, one after the other. */
export type Stage = Step[];

/** What the prerender loads into its processes (`node --require`), workers included. */
const PRERENDER_HOOKS = ['prerender-queue.cjs', 'prerender-no-segments.cjs'];

/** The build's stages, for the build folder whose cache is `cacheDir` (Next's compiler cache in its `turbopack/`). */
export function buildStages(cacheDir: string): Stage[] {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  // The scripts run under tsx: the check runs with the same loader.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const check: Step = { command: process.execPath, args: [...process.execArgv, path.join(here, 'check.ts'), '--quiet', '--no-mdx'] };
  const build = (mode: string, ...nodeArgs: string[]): Step => ({ command: process.execPath, args: [...nodeArgs, next, 'build', `--experimental-build-mode=${mode}`] });
  // The prerender hands its pages to whichever worker is free, and leaves out the segment prefetch
  // payloads only Next's client router reads (scripts/prerender-queue.cjs and prerender-no-segments.cjs say why).
  const generate = build('generate', ...PRERENDER_HOOKS.flatMap((hook) => ['--require', path.join(here, hook)]));
  const compilerCached = fs.existsSync(path.join(cacheDir, 'turbopack'));
  return compilerCached ? [[check, build('compile')], [generate]] : [[check], [build('compile')], [generate]];
}

/** Output a step wrote while it was held back: each chunk with the stream it went to (each stream's in its order). */
export type HeldOutput = [NodeJS.WriteStream, Buffer][];

/**
 * Runs a child to its end; resolves to its exit code (1 when it could not
 * start or a signal ended it). With `held`, its output is kept there instead
 * of printed.
 */
export function runStep({ command, args }: Step, env: NodeJS.ProcessEnv, held?: HeldOutput): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: held ? ['inherit', 'pipe', 'pipe'] : 'inherit', env });
    child.stdout?.on('data', (chunk: Buffer) => held?.push([process.stdout, chunk]));
    child.stderr?.on('data', (chunk: Buffer) => held?.push([process.stderr, chunk]));
    child.once('error', (error) => {
      held?.push([process.stderr, Buffer.from(`${command}: ${error.message}\n`)]);
      resolve(1);
    });
    child.once('close', (status) => resolve(status ?? 1));
  });
}

/**
 * Runs the stages in order, the steps of a stage side by side, and returns
 * 0, or the exit code of the first step (in the stage's order) that failed;
 * no later stage starts then. A stage's other steps run to their end: a
 * compile stopped halfway could leave Next's compiler cache half-written.
 * A stage's first step (the check) prints after the others, all at once: its
 * report is the last thing on the screen, not mixed into Next's lines.
 */
export async function runStages(stages: Stage[], env: NodeJS.ProcessEnv): Promise<number> {
  for (const [first, ...beside] of stages) {
    if (!first) continue;
    const held: HeldOutput | undefined = beside.length > 0 ? [] : undefined;
    const statuses = await Promise.all([runStep(first, env, held), ...beside.map((step) => runStep(step, env))]);
    for (const [stream, chunk] of held ?? []) stream.write(chunk);
    const failed = statuses.find((status) => status !== 0);
    if (failed !== undefined) return failed;
  }
  return 0;
}
