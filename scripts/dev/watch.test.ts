import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchContent, type ContentWatcher } from './watch';

/**
 * Real folders and real saves, the ways editors and git make them. Each case
 * waits for the batch it expects (bounded) and checks the watcher still
 * follows the file afterwards: fs.watch(recursive) on Linux lost it after an
 * atomic save.
 */

let root: string;
let watcher: ContentWatcher;
let batches: string[][];
let waiters: (() => void)[];

function nextBatch(timeout = 5000): Promise<string[]> {
  const seen = batches.length;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change reported within ${timeout} ms`)), timeout);
    const check = () => {
      if (batches.length > seen) {
        clearTimeout(timer);
        resolve(batches[seen]!);
      } else waiters.push(check);
    };
    check();
  });
}

/** Waits until a batch from now on names `name` (a busy machine may split one change's events over two batches). */
function reported(name: string, timeout = 5000): Promise<void> {
  const seen = batches.length;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not reported within ${timeout} ms; batches: ${JSON.stringify(batches.slice(seen))}`)), timeout);
    const check = () => {
      if (batches.slice(seen).some((batch) => batch.includes(name))) {
        clearTimeout(timer);
        resolve();
      } else waiters.push(check);
    };
    check();
  });
}

/** Resolves once no batch has come for `quiet` ms: the events of what was done before have all arrived. */
async function settled(quiet = 500): Promise<void> {
  let count = -1;
  while (count !== batches.length) {
    count = batches.length;
    await new Promise((r) => setTimeout(r, quiet));
  }
}

const file = (name: string) => path.join(root, 'content', name);
const write = (name: string, text: string) => fs.writeFileSync(file(name), text);
/** What many editors do: write a temporary file next to it, rename it over the original. */
function atomicSave(name: string, text: string) {
  write(`${name}.tmp-${process.pid}`, text);
  fs.renameSync(file(`${name}.tmp-${process.pid}`), file(name));
}

beforeEach(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-watch-')));
  fs.mkdirSync(path.join(root, 'content', 'blog'), { recursive: true });
  fs.mkdirSync(path.join(root, 'public'));
  write('blog/post.md', 'one\n');
  batches = [];
  waiters = [];
  watcher = watchContent([path.join(root, 'content'), path.join(root, 'public')], root, (files) => {
    batches.push(files);
    for (const wake of waiters.splice(0)) wake();
  });
  await watcher.ready;
});

afterEach(async () => {
  await watcher.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('watchContent', () => {
  it('reports an in-place save, relative to the root', async () => {
    write('blog/post.md', 'two\n');
    expect(await nextBatch()).toEqual(['content/blog/post.md']);
  });

  it('keeps following a file after an atomic save replaced it', async () => {
    atomicSave('blog/post.md', 'two\n');
    expect(await nextBatch()).toContain('content/blog/post.md');
    write('blog/post.md', 'three\n');
    expect(await nextBatch()).toEqual(['content/blog/post.md']);
    atomicSave('blog/post.md', 'four\n');
    expect(await nextBatch()).toContain('content/blog/post.md');
  });

  it('follows a file that was deleted and created again', async () => {
    fs.rmSync(file('blog/post.md'));
    expect(await nextBatch()).toEqual(['content/blog/post.md']);
    write('blog/post.md', 'back\n');
    expect(await nextBatch()).toEqual(['content/blog/post.md']);
    write('blog/post.md', 'and edited\n');
    expect(await nextBatch()).toEqual(['content/blog/post.md']);
  });

  it('follows new folders and folders renamed', async () => {
    fs.mkdirSync(file('drafts'));
    write('drafts/idea.md', 'x\n');
    await reported('content/drafts/idea.md');
    fs.renameSync(file('drafts'), file('notes'));
    await reported('content/notes/idea.md');
    // Then a save in the renamed folder is still seen (on a busy machine the rename's events may trail in: let them).
    await settled();
    write('notes/idea.md', 'y\n');
    await reported('content/notes/idea.md');
  });

  it('reports a checkout of many files as one batch, and still follows them', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `blog/p${String(i).padStart(2, '0')}.md`);
    for (const name of names) write(name, 'v1\n');
    await nextBatch();
    // git checkout writes each file anew and renames it into place.
    for (const name of names) atomicSave(name, 'v2\n');
    const batch = await nextBatch();
    expect(batch).toEqual(expect.arrayContaining(names.map((n) => `content/${n}`)));
    expect(batches).toHaveLength(2);
    write('blog/p07.md', 'v3\n');
    expect(await nextBatch()).toEqual(['content/blog/p07.md']);
  });

  it("watches public/ too, and ignores editors' swap and backup files", async () => {
    write('blog/.post.md.swp', 'swap');
    write('blog/post.md~', 'backup');
    fs.writeFileSync(path.join(root, 'public', 'plot.png'), 'png');
    expect(await nextBatch()).toEqual(['public/plot.png']);
  });
});
