import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateContent } from './generate';

export type ScaleResult = { posts: number; output: 'build' | 'export'; pages: number; seconds: number; msPerPage: number; peakMemoryMB: number };

/** Sum of the resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Generates `posts` posts (math, code, a figure each) into a temporary content
 * folder and runs the production build exactly as `npm run build` does (or
 * the static export, as `npm run export` does); wall time, time per
 * prerendered page, and the peak memory of the whole process tree.
 */
export async function buildScale(posts: number, kind: ScaleResult['output'] = 'build'): Promise<ScaleResult> {
  const contentDir = generateContent(path.resolve('.bench/scale-content'), posts);
  const distDir = '.next-scale';
  const exportDir = path.resolve('.bench/scale-out');
  fs.rmSync(distDir, { recursive: true, force: true });
  const started = performance.now();
  let peak = 0;
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', ['run', kind], {
      env: { ...process.env, FOLIO_CONTENT_DIR: contentDir, FOLIO_DIST_DIR: distDir, FOLIO_EXPORT_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`${kind} of ${posts} posts failed:\n${text.slice(-3000)}`));
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/\d+\)/.exec(output.split('✓ Generating')[1] ? '✓ Generating' + output.split('✓ Generating')[1] : output)?.[1] ?? NaN);
  return { posts, output: kind, pages, seconds, msPerPage: (seconds * 1000) / pages, peakMemoryMB: peak / 1024 / 1024 };
}
