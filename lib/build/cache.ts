import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Folio's build cache: what Folio makes itself, kept between builds so that
 * nothing is made twice (compiled MDX, share images, image files, the search
 * index, the fields derived from each body, the export's processed pages).
 * Next's compiler keeps its own beside it (`.next/cache/turbopack`).
 *
 * An entry is found by a hash of everything that shapes it: its input bytes
 * and every option (a key each caller makes with `cacheKey`), and the
 * version of its kind: Folio's version, the installed packages
 * (package-lock.json) and the source of the modules that make it, each file
 * its entry module imports, followed through the project (CACHE_KINDS), and
 * this module. A changed plugin makes its kind new again; the others stay.
 *
 * Kept under `<distDir>/cache/folio/<kind>/<version>/`: another version's
 * entries are never read. Each entry carries its kind, version and key and
 * a hash of its bytes: an entry cut short, changed or copied from elsewhere
 * is ignored and made again, never trusted. A finished build prunes what it
 * did not use and nothing else used for a week (`pruneBuildCache`).
 */

/** What the cache keeps, and the module whose code makes each (its imports are followed). */
export const CACHE_KINDS = {
  /** The fields derived from a body (lib/content/derive.ts), for every process of a build. */
  derived: ['lib/content/derive.ts'],
  /** A body compiled to JavaScript, with what the compile reported (lib/mdx/pipeline.ts). */
  mdx: ['lib/mdx/pipeline.ts'],
  /** A share image (lib/seo/share-image.tsx), drawn from the element tree it is made of. */
  'share-image': ['lib/seo/share-image.tsx'],
  /** An image file the build makes (lib/images/encode.ts), and a source found readable. */
  image: ['lib/images/encode.ts'],
  /** The search index (lib/search/index.ts), from the documents it indexes. */
  'search-index': ['lib/search/index.ts'],
  /** A page of the static export, processed (scripts/export/page.ts). */
  'export-page': ['scripts/export/page.ts'],
} as const;

export type CacheKind = keyof typeof CACHE_KINDS;

/** How long an entry no build used is kept: builds of other sites and branches in the same folder find theirs. */
const KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;
const MAGIC = 'folio-cache 1';

/** A hash of the parts, each counted by its length: `('ab', 'c')` and `('a', 'bc')` differ. */
export function cacheKey(...parts: (string | Uint8Array | number | boolean | null | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' || part instanceof Uint8Array ? part : JSON.stringify(part ?? null);
    hash.update(`${Buffer.byteLength(bytes)}:`).update(bytes);
  }
  return hash.digest('hex').slice(0, 40);
}

/** Statistics of one process, by kind: for `npm run bench`'s profile. */
type Stats = Record<string, { hits: number; misses: number; computeSeconds: number }>;

export class BuildCache {
  readonly stats: Stats = {};
  private readonly versions = new Map<CacheKind, string>();

  /**
   * `root`: the folder (`.next/cache/folio`); `version`: a kind's version
   * (by default from the project's code, read from `project`); `profileDir`:
   * where to leave this process's figures (`npm run bench`'s profile).
   * This module reads no settings (the export's worker threads load it):
   * ./process-cache.ts gives a build's processes their cache.
   */
  constructor(
    readonly root: string,
    private readonly options: { project?: string; version?: (kind: CacheKind) => string; profileDir?: string } = {},
  ) {}

  version(kind: CacheKind): string {
    let version = this.versions.get(kind);
    if (!version) {
      version = this.options.version?.(kind) ?? codeVersion(kind, this.options.project ?? process.cwd());
      this.versions.set(kind, version);
    }
    return version;
  }

  private file(kind: CacheKind, key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.root, kind, this.version(kind), key.slice(0, 2), key);
  }

  private header(kind: CacheKind, key: string, bytes: Uint8Array): string {
    return `${MAGIC}\n${kind}\n${this.version(kind)}\n${key}\n${createHash('sha256').update(bytes).digest('hex')}\n`;
  }

  /** The entry's bytes, or undefined when there is none, or none to trust. A hit counts as a use (for pruning). */
  read(kind: CacheKind, key: string): Buffer | undefined {
    const file = this.file(kind, key);
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    // The header is five lines; the bytes follow.
    let end = -1;
    for (let line = 0; line < 5; line++) {
      end = data.indexOf(10, end + 1);
      if (end < 0) return undefined;
    }
    const bytes = data.subarray(end + 1);
    if (data.toString('latin1', 0, end + 1) !== this.header(kind, key, bytes)) return undefined;
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // Pruned meanwhile: the bytes are read.
    }
    return bytes;
  }

  /** Keeps an entry. Several processes may write the same one at once: each writes its own file, then renames it into place. */
  write(kind: CacheKind, key: string, bytes: Uint8Array): void {
    const file = this.file(kind, key);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, Buffer.concat([Buffer.from(this.header(kind, key, bytes), 'latin1'), bytes]));
      fs.renameSync(temporary, file);
    } catch (error) {
      // A full disk or a read-only folder costs the next build time, not this one its pages.
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // Never written.
      }
      console.warn(`Folio's build cache could not keep an entry (${(error as Error).message}); the build goes on without it.`);
    }
  }

  /**
   * The entry, or `make()`'s bytes, kept for the next time. `accept` may
   * refuse an entry for what its key cannot hold (a file it names is gone).
   */
  async remember(kind: CacheKind, key: string, make: () => Promise<Uint8Array>, accept?: (bytes: Buffer) => boolean): Promise<Buffer> {
    const found = this.read(kind, key);
    if (found && (!accept || accept(found))) return this.count(kind, 'hits', 0), found;
    const started = performance.now();
    const bytes = Buffer.from(await make());
    this.count(kind, 'misses', performance.now() - started);
    this.write(kind, key, bytes);
    return bytes;
  }

  /** `remember`, for what is made synchronously. */
  rememberSync(kind: CacheKind, key: string, make: () => Uint8Array): Buffer {
    const found = this.read(kind, key);
    if (found) return this.count(kind, 'hits', 0), found;
    const started = performance.now();
    const bytes = Buffer.from(make());
    this.count(kind, 'misses', performance.now() - started);
    this.write(kind, key, bytes);
    return bytes;
  }

  /** `remember` for a JSON value. */
  async rememberJson<T>(kind: CacheKind, key: string, make: () => Promise<T>, accept?: (value: T) => boolean): Promise<T> {
    const json = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as T;
    return json(await this.remember(kind, key, async () => Buffer.from(JSON.stringify(await make())), accept && ((bytes) => accept(json(bytes)))));
  }

  /** `rememberSync` for a JSON value. */
  rememberJsonSync<T>(kind: CacheKind, key: string, make: () => T): T {
    return JSON.parse(this.rememberSync(kind, key, () => Buffer.from(JSON.stringify(make()))).toString('utf8')) as T;
  }

  /**
   * A response kept whole (status, headers, body): a share image served
   * from the cache is the one drawn, headers included.
   */
  async rememberResponse(kind: CacheKind, key: string, make: () => Response | Promise<Response>): Promise<Response> {
    const bytes = await this.remember(kind, key, async () => {
      const response = await make();
      const body = Buffer.from(await response.arrayBuffer());
      const head = Buffer.from(JSON.stringify({ status: response.status, headers: [...response.headers] }));
      return Buffer.concat([Buffer.from(`${head.length}\n`), head, body]);
    });
    const newline = bytes.indexOf(10);
    const length = Number(bytes.toString('latin1', 0, newline));
    const { status, headers } = JSON.parse(bytes.toString('utf8', newline + 1, newline + 1 + length)) as { status: number; headers: [string, string][] };
    return new Response(new Uint8Array(bytes.subarray(newline + 1 + length)), { status, headers });
  }

  /** Counts a hit or a miss (and the time spent making it) for a caller that reads and writes itself. */
  count(kind: CacheKind, what: 'hits' | 'misses', ms: number): void {
    const figure = (this.stats[kind] ??= { hits: 0, misses: 0, computeSeconds: 0 });
    figure[what] += 1;
    figure.computeSeconds += ms / 1000;
    // `npm run bench` profiles a build: each process leaves its figures (scripts/bench/profile.ts).
    const dir = this.options.profileDir;
    if (dir) fs.writeFileSync(path.join(/*turbopackIgnore: true*/ dir, `cache-${process.pid}-${threadId}.json`), JSON.stringify(this.stats));
  }
}

/**
 * Version of a kind: Folio's version, the installed packages, and the
 * source of every project file its entry modules import, followed through
 * relative and `@/` imports. Computed once per process.
 */
export function codeVersion(kind: CacheKind, project: string): string {
  const read = (file: string) => fs.readFileSync(path.join(/*turbopackIgnore: true*/ project, file));
  // This module too: how entries are kept is part of every kind.
  const files = [...moduleClosure([...CACHE_KINDS[kind], 'lib/build/cache.ts'], project)].sort();
  const version = (JSON.parse(read('package.json').toString('utf8')) as { version: string }).version;
  return `${version}-${cacheKey(read('package-lock.json'), ...files.flatMap((file) => [file, read(file)])).slice(0, 16)}`;
}

const IMPORT = /(?:^|[\s;}])(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project files `entries` import, directly or not (paths relative to `project`, entries included). */
export function moduleClosure(entries: readonly string[], project: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const source = fs.readFileSync(path.join(/*turbopackIgnore: true*/ project, file), 'utf8');
    seen.add(file);
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.posix.join(path.posix.dirname(file), specifier) : undefined;
      if (base === undefined) continue;
      const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => {
        try {
          return fs.statSync(path.join(/*turbopackIgnore: true*/ project, candidate)).isFile();
        } catch {
          return false;
        }
      });
      if (found) stack.push(found);
    }
  }
  return seen;
}

/**
 * After a build that finished: entries of a version that is not the
 * current one go, and so do entries no build has read or written for a
 * week. Returns how many files and bytes went.
 */
export function pruneBuildCache(cache: BuildCache, now = Date.now()): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const remove = (target: string) => {
    const walk = (entry: string): void => {
      const stat = fs.statSync(entry);
      if (stat.isDirectory()) fs.readdirSync(entry).forEach((name) => walk(path.join(entry, name)));
      else {
        files += 1;
        bytes += stat.size;
      }
    };
    walk(target);
    fs.rmSync(target, { recursive: true, force: true });
  };
  if (!fs.existsSync(cache.root)) return { files, bytes };
  for (const kind of fs.readdirSync(cache.root)) {
    const folder = path.join(cache.root, kind);
    if (!(kind in CACHE_KINDS)) {
      remove(folder);
      continue;
    }
    for (const version of fs.readdirSync(folder)) {
      const versionFolder = path.join(folder, version);
      if (version !== cache.version(kind as CacheKind)) {
        remove(versionFolder);
        continue;
      }
      for (const shard of fs.readdirSync(versionFolder)) {
        for (const name of fs.readdirSync(path.join(versionFolder, shard))) {
          const entry = path.join(versionFolder, shard, name);
          if (now - fs.statSync(entry).mtimeMs > KEEP_UNUSED_MS || name.endsWith('.tmp')) remove(entry);
        }
      }
    }
  }
  return { files, bytes };
}

/** The most Next's compiler cache may hold before a build starts it over (this site's is about 100 MB). */
export const COMPILER_CACHE_LIMIT = 1024 * 2 ** 20;

/**
 * Next's compiler cache (`<cache>/turbopack`) starts over once it is larger
 * than `limit`: it grows with every build on a long-lived disk, and a large
 * one made warm builds slower than cold ones (docs/performance.md). Returns
 * the size it had when it went.
 */
export function boundCompilerCache(cacheDir: string, limit = COMPILER_CACHE_LIMIT): number | null {
  const folder = path.join(cacheDir, 'turbopack');
  let bytes = 0;
  const walk = (entry: string): void => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
    else bytes += stat.size;
  };
  if (!fs.existsSync(folder)) return null;
  walk(folder);
  if (bytes <= limit) return null;
  fs.rmSync(folder, { recursive: true, force: true });
  console.log(`Next's compiler cache had grown to ${Math.round(bytes / 2 ** 20)} MB: this build starts it over.`);
  return bytes;
}
