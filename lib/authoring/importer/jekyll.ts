import type { SiteReader } from './site-reader';

/**
 * Which files Jekyll reads, by its own rules: names starting with `_`, `.`
 * or `#`, or ending in `~`, are skipped unless `include` lists them; paths
 * that `exclude` lists (a glob or a prefix, as Jekyll matches them) are
 * skipped unless `include` lists them too.
 */
export class JekyllFiles {
  private readonly include: string[];
  private readonly exclude: string[];

  constructor(
    readonly reader: SiteReader,
    config: Record<string, unknown>,
  ) {
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    this.include = list(config.include);
    this.exclude = list(config.exclude).filter((e) => !this.include.includes(e));
  }

  /** Why Jekyll would not read this site-relative path (checked segment by segment), or null when it would. */
  whySkipped(relative: string): string | null {
    const segments = relative.split('/');
    for (let i = 0; i < segments.length; i++) {
      const sub = segments.slice(0, i + 1).join('/');
      const name = segments[i]!;
      const isDir = i < segments.length - 1 || this.reader.isDirectory(sub);
      // As Jekyll does: `exclude` is matched against the site-relative path, `include` against the name.
      const included = this.matches(this.include, name, isDir);
      if (this.matches(this.exclude, sub, isDir) && !included) return `excluded by _config.yml \`exclude\``;
      if (included) continue;
      // The collection folders themselves (`_posts`, `_news`, ...) are read by name.
      if (i === 0 && segments.length > 1) continue;
      if (/^[._#]/.test(name)) return `Jekyll skips names starting with \`${name[0]}\``;
      if (name.endsWith('~')) return 'Jekyll skips backup files (ending in ~)';
    }
    return null;
  }

  private matches(patterns: string[], relative: string, isDir: boolean): boolean {
    return patterns.some((pattern) => {
      const p = pattern.replace(/^\/+/, '');
      return fnmatch(p, relative) || relative.startsWith(p) || (isDir && p === `${relative}/`);
    });
  }

  /**
   * Files under a site folder, recursively, as site-relative paths with `/`,
   * sorted; with the ones Jekyll would skip, and why.
   */
  walk(folder: string): { files: string[]; skipped: { file: string; reason: string }[] } {
    const files: string[] = [];
    const skipped: { file: string; reason: string }[] = [];
    // A link inside the site may lead back to a folder on the way: each real folder is walked once.
    const walked = new Set<string>();
    const visit = (relative: string) => {
      const real = this.reader.realFolder(relative);
      if (real === null || walked.has(real)) return;
      walked.add(real);
      for (const entry of this.reader.list(relative)) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        const why = this.whySkipped(child);
        if (why) {
          skipped.push({ file: entry.kind === 'dir' ? `${child}/` : child, reason: why });
          continue;
        }
        if (entry.kind === 'dir') visit(child);
        else files.push(child);
      }
    };
    if (this.matches(this.exclude, folder, true) && !this.matches(this.include, folder, true)) skipped.push({ file: `${folder}/`, reason: 'excluded by _config.yml `exclude`' });
    else visit(folder);
    return { files, skipped };
  }

  /** Whether a site path is a file of the site (a link out of it is not). */
  exists(relative: string): boolean {
    return this.reader.isFile(relative);
  }
}

/** Ruby's File.fnmatch without flags: `*` and `?` match any character, `/` included; `[...]` classes. */
export function fnmatch(pattern: string, text: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(re + '$').test(text);
}

/** Jekyll's post file names: `YYYY-MM-DD-title.ext`. */
export const POST_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.+)\.(md|markdown|mkdn?|mdown)$/;
export const MARKDOWN = /\.(md|markdown|mkdn?|mdown)$/;
