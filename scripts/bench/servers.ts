import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> };

const NEXT = path.resolve('node_modules/.bin/next');

/** Runs a command to completion, streaming nothing; rejects with its output on failure. */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`))));
  });
}

export async function nextBuild(cwd: string, env: Record<string, string> = {}): Promise<string> {
  return run(NEXT, ['build'], { cwd, env: { NEXT_TELEMETRY_DISABLED: '1', ...env } });
}

/** `next start` on 127.0.0.1, started directly so the PID is the server's; resolves when it answers. */
export async function nextStart(cwd: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(NEXT, ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url, child);
  return { url, process: child, stop: () => stopProcess(child) };
}

export async function waitForServer(url: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      http.get(url + '/', (res) => {
        res.resume();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

/** Resident memory of a process, from /proc, in bytes (Linux). */
export function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
