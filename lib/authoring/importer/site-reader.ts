import fs from 'node:fs';
import path from 'node:path';

/**
 * Every read the importer makes of the al-folio site goes through here. A
 * site someone sent you may hold symbolic links out of it (`leak.md ->
 * ~/.ssh/id_rsa`, `assets/pdf/paper.pdf -> /etc/passwd`): published, they
 * would put your files on the web. A path is read only when its real
 * location (every link on the way followed) is inside the site's own real
 * folder; a link inside the site is followed, one that leads out is refused
 * and remembered, with where it points (never what it holds), for the report.
 */

/** A link that leads out of the site: its site path, and where it points as written in the link. */
export type Refusal = { link: string; target: string };

export type EntryKind = 'file' | 'dir';

export class SiteReader {
  /** The site folder's real path: every read must stay under it. */
  readonly root: string;
  private readonly refusals = new Map<string, string>();
  private readonly kinds = new Map<string, EntryKind | null>();

  constructor(site: string) {
    const folder = path.resolve(site);
    // A folder that does not exist holds nothing: every read is missing (the importer says it is no al-folio site).
    this.root = fs.existsSync(folder) ? fs.realpathSync(folder) : folder;
  }

  /** The links refused so far, in the order met. */
  get refused(): Refusal[] {
    return [...this.refusals].map(([link, target]) => ({ link, target }));
  }

  /** Whether a site path was refused (it is, or goes through, a link out of the site). */
  isRefused(relative: string): boolean {
    const clean = normalize(relative);
    return clean !== null && [...this.refusals.keys()].some((link) => clean === link || clean.startsWith(`${link}/`));
  }

  /** What a site path is (`/`-separated, from the site root): a file, a folder, or null when it is missing or refused. */
  kind(relative: string): EntryKind | null {
    const clean = normalize(relative);
    if (clean === null) return null;
    if (!this.kinds.has(clean)) this.kinds.set(clean, this.resolve(clean));
    return this.kinds.get(clean)!;
  }

  isFile(relative: string): boolean {
    return this.kind(relative) === 'file';
  }

  isDirectory(relative: string): boolean {
    return this.kind(relative) === 'dir';
  }

  /** A file's bytes; null when it is missing, not a file, or refused. */
  bytes(relative: string): Buffer | null {
    return this.isFile(relative) ? fs.readFileSync(path.join(this.root, normalize(relative)!)) : null;
  }

  /** A file's text (UTF-8); null when it is missing, not a file, or refused. */
  text(relative: string): string | null {
    return this.bytes(relative)?.toString('utf8') ?? null;
  }

  /**
   * A folder's files and folders, sorted by name, links inside the site
   * followed (as what they lead to) and links out of it left out (and
   * refused). Empty when the folder is missing or refused.
   */
  list(relative: string): { name: string; kind: EntryKind }[] {
    const clean = normalize(relative);
    if (clean === null || this.kind(clean) !== 'dir') return [];
    const entries: { name: string; kind: EntryKind }[] = [];
    for (const name of fs.readdirSync(path.join(this.root, clean)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const kind = this.kind(clean ? `${clean}/${name}` : name);
      if (kind) entries.push({ name, kind });
    }
    return entries;
  }

  /** The real location of a folder (links followed), to notice a link that leads back into a folder already walked. */
  realFolder(relative: string): string | null {
    const clean = normalize(relative);
    return clean !== null && this.isDirectory(clean) ? fs.realpathSync(path.join(this.root, clean)) : null;
  }

  private resolve(clean: string): EntryKind | null {
    const absolute = path.join(this.root, clean);
    let real: string;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      // Missing, or a link to nowhere: a dangling link that points out of the site is refused all the same.
      this.refuseLinkOn(clean);
      return null;
    }
    if (!inside(this.root, real)) {
      this.refuseLinkOn(clean);
      return null;
    }
    const stat = fs.statSync(real);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : null;
  }

  /** Records the first link on a path that leads out of the site. */
  private refuseLinkOn(clean: string) {
    const segments = clean.split('/');
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      const absolute = path.join(this.root, prefix);
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(absolute);
      } catch {
        return;
      }
      if (!stat.isSymbolicLink()) continue;
      const target = fs.readlinkSync(absolute);
      let real: string | null;
      try {
        real = fs.realpathSync(absolute);
      } catch {
        real = null;
      }
      const pointsAt = real ?? path.resolve(path.dirname(absolute), target);
      if (!inside(this.root, pointsAt)) {
        this.refusals.set(prefix, target);
        return;
      }
    }
  }
}

/** A site path without `./`, empty segments or a trailing `/`; null when it climbs out (`../x`) or is absolute. */
function normalize(relative: string): string | null {
  const clean = path.posix.normalize(relative.replace(/\\/g, '/')).replace(/^\.\/?$/, '').replace(/\/+$/, '');
  if (clean.startsWith('/') || clean === '..' || clean.startsWith('../')) return null;
  return clean === '.' ? '' : clean;
}

function inside(root: string, real: string): boolean {
  return real === root || real.startsWith(root + path.sep);
}
