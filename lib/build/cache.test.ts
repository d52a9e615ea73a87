import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundCompilerCache, BuildCache, CACHE_KINDS, cacheKey, codeVersion, moduleClosure, pruneBuildCache, type CacheKind } from './cache';

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'folio-cache-'));
const entries = (root: string) =>
  fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

/** A cache whose every kind has the version given. */
const cacheOf = (root: string, version = 'v1') => new BuildCache(root, { version: () => version });

describe("Folio's build cache", () => {
  it('makes an entry once, then reads it', async () => {
    const cache = cacheOf(temporary());
    let made = 0;
    const make = async () => (made++, Buffer.from('compiled'));
    expect((await cache.remember('mdx', 'k1', make)).toString()).toBe('compiled');
    expect((await cache.remember('mdx', 'k1', make)).toString()).toBe('compiled');
    expect(made).toBe(1);
    expect(cache.stats.mdx).toMatchObject({ hits: 1, misses: 1 });
    // Another process, the next build: the same entry.
    expect(cacheOf(cache.root).read('mdx', 'k1')?.toString()).toBe('compiled');
  });

  it('ignores an entry whose bytes changed, that was cut short, or whose header was altered, and makes it again', async () => {
    const root = temporary();
    const cache = cacheOf(root);
    await cache.remember('share-image', 'png', async () => Buffer.from('the picture'));
    const [file] = entries(root);
    const whole = fs.readFileSync(file!);
    const damaged = [
      Buffer.concat([whole.subarray(0, -3), Buffer.from('XYZ')]),
      whole.subarray(0, whole.length - 4),
      whole.subarray(0, 20),
      Buffer.from(whole.toString('latin1').replace('share-image', 'share-imagf'), 'latin1'),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      fs.writeFileSync(file!, bytes);
      expect(cacheOf(root).read('share-image', 'png')).toBeUndefined();
      expect((await cacheOf(root).remember('share-image', 'png', async () => Buffer.from('drawn again'))).toString()).toBe('drawn again');
      // Made again, and kept whole.
      expect(cacheOf(root).read('share-image', 'png')?.toString()).toBe('drawn again');
    }
  });

  it("never reads another version's entries, even copied into its own folder", async () => {
    const root = temporary();
    await cacheOf(root, 'v1').remember('derived', 'body', async () => Buffer.from('old'));
    const newer = cacheOf(root, 'v2');
    expect(newer.read('derived', 'body')).toBeUndefined();
    const [old] = entries(root);
    const copy = old!.replace(`${path.sep}v1${path.sep}`, `${path.sep}v2${path.sep}`);
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(old!, copy);
    expect(newer.read('derived', 'body')).toBeUndefined();
    expect((await newer.remember('derived', 'body', async () => Buffer.from('new'))).toString()).toBe('new');
  });

  it('refuses an entry its caller does not accept (a file it named is gone) and makes it again', async () => {
    const cache = cacheOf(temporary());
    await cache.rememberJson('mdx', 'k', async () => ({ code: 'one', files: ['/gone.png'] }));
    const again = await cache.rememberJson('mdx', 'k', async () => ({ code: 'two', files: [] }), (kept) => kept.files.length === 0);
    expect(again.code).toBe('two');
  });

  it('keeps a response whole: status, headers and body', async () => {
    const cache = cacheOf(temporary());
    const draw = () => new Response(new Uint8Array([137, 80, 78, 71, 0, 10, 255]), { status: 200, headers: { 'content-type': 'image/png', 'cache-control': 'public, immutable' } });
    await cache.rememberResponse('share-image', 'card', draw);
    const kept = await cache.rememberResponse('share-image', 'card', () => {
      throw new Error('drawn twice');
    });
    expect(kept.status).toBe(200);
    expect([...kept.headers]).toEqual([...draw().headers]);
    expect(new Uint8Array(await kept.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71, 0, 10, 255]));
  });

  it('goes on without an entry it cannot write', async () => {
    const root = path.join(temporary(), 'file-not-folder');
    fs.writeFileSync(root, '');
    expect((await cacheOf(root).remember('mdx', 'k', async () => Buffer.from('made'))).toString()).toBe('made');
  });

  it('keys count each part by its length', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('a', undefined)).not.toBe(cacheKey('a', ''));
    expect(cacheKey(Buffer.from('x'), 1)).toBe(cacheKey('x', 1));
  });
});

describe("a kind's version", () => {
  const project = () => {
    const dir = temporary();
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('package.json', '{"version":"1.2.3"}');
    write('package-lock.json', '{"lockfileVersion":3}');
    write('lib/build/cache.ts', '// the cache');
    write('lib/mdx/pipeline.ts', "import { a } from './plugins/a';\nimport b from '@/lib/b';\nimport { x } from 'unified';\nexport { c } from \"../c\";\n");
    write('lib/mdx/plugins/a.ts', "export const a = 1;\nconst later = () => import('./d');\n");
    write('lib/mdx/plugins/d/index.ts', 'export {};');
    write('lib/b.tsx', 'export default 2;');
    write('lib/c.ts', 'export const c = 3;');
    write('lib/seo/share-image.tsx', 'export {};');
    return { dir, write };
  };

  it('follows relative and @/ imports, re-exports and dynamic imports through the project, not into packages', () => {
    const { dir } = project();
    expect([...moduleClosure(['lib/mdx/pipeline.ts'], dir)].sort()).toEqual(['lib/b.tsx', 'lib/c.ts', 'lib/mdx/pipeline.ts', 'lib/mdx/plugins/a.ts', 'lib/mdx/plugins/d/index.ts']);
  });

  it("changes with the code that makes the kind, Folio's version and the packages, and only with them", () => {
    const { dir, write } = project();
    const mdx = codeVersion('mdx', dir);
    const share = codeVersion('share-image', dir);
    expect(mdx).toMatch(/^1\.2\.3-[0-9a-f]{16}$/);
    write('lib/mdx/plugins/d/index.ts', 'export const changed = true;');
    expect(codeVersion('mdx', dir)).not.toBe(mdx);
    expect(codeVersion('share-image', dir)).toBe(share);
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    expect(codeVersion('share-image', dir)).not.toBe(share);
    const before = codeVersion('share-image', dir);
    write('package.json', '{"version":"1.2.4"}');
    expect(codeVersion('share-image', dir)).toBe(`1.2.4-${before.split('-')[1]}`);
  });

  it("names an entry module for each kind that is in Folio's source", () => {
    for (const [kind, files] of Object.entries(CACHE_KINDS)) for (const file of files) expect(fs.existsSync(file), `${kind}: ${file}`).toBe(true);
    for (const kind of Object.keys(CACHE_KINDS)) expect(codeVersion(kind as CacheKind, process.cwd())).toMatch(/^\d+\.\d+\.\d+-[0-9a-f]{16}$/);
  });
});

describe('pruning', () => {
  it("removes another version's entries, and entries no build used for a week; keeps the rest", async () => {
    const root = temporary();
    await cacheOf(root, 'v1').remember('mdx', 'old-version', async () => Buffer.from('a'));
    const cache = cacheOf(root, 'v2');
    await cache.remember('mdx', 'recent', async () => Buffer.from('b'));
    await cache.remember('mdx', 'stale', async () => Buffer.from('c'));
    await cache.remember('image', 'read-lately', async () => Buffer.from('d'));
    const week = 7 * 24 * 3600 * 1000;
    const past = new Date(Date.now() - week - 60_000);
    for (const file of entries(root)) if (/stale|read-lately/.test(file)) fs.utimesSync(file, past, past);
    // Read by this build: used, so kept.
    expect(cache.read('image', 'read-lately')?.toString()).toBe('d');
    fs.mkdirSync(path.join(root, 'retired-kind'));
    fs.writeFileSync(path.join(root, 'retired-kind', 'x'), 'x');
    const removed = pruneBuildCache(cache);
    expect(removed.files).toBe(3);
    expect(entries(root).map((file) => path.basename(file)).sort()).toEqual(['read-lately', 'recent']);
  });
});

describe("Next's compiler cache", () => {
  it('starts over once larger than its limit, and is left alone below it', () => {
    const cache = temporary();
    fs.mkdirSync(path.join(cache, 'turbopack', 'v16'), { recursive: true });
    fs.writeFileSync(path.join(cache, 'turbopack', 'v16', '1.sst'), Buffer.alloc(600));
    fs.mkdirSync(path.join(cache, 'folio'));
    expect(boundCompilerCache(cache, 1000)).toBeNull();
    fs.writeFileSync(path.join(cache, 'turbopack', 'v16', '2.sst'), Buffer.alloc(600));
    expect(boundCompilerCache(cache, 1000)).toBe(1200);
    expect(fs.readdirSync(cache)).toEqual(['folio']);
  });
});
