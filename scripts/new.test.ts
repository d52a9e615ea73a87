import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay } from '../lib/authoring/scaffold';

const ROOT = path.join(import.meta.dirname, '..');

function run(contentDir: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FOLIO_CONTENT_DIR: contentDir } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new (the command)', () => {
  it('prints the new file and its address, and refuses to overwrite it', () => {
    const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-new-')), 'content');
    const day = localDay(new Date());
    const first = run(contentDir, 'post', 'My', 'first', 'post');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Created ${path.join(contentDir, 'blog', `${day}-my-first-post.mdx`)}\n`);
    expect(first.stdout).toContain(`/blog/${day.slice(0, 4)}/my-first-post/`);

    const again = run(contentDir, 'post', 'My first post');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');

    expect(run(contentDir, 'essay', 'x').status).toBe(2);
  }, 60_000);
});
