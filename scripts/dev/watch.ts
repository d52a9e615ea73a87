import path from 'node:path';
import { watch } from 'chokidar';

/**
 * Editors' own files next to the one being saved: vim's swap files and its
 * `4913` write test, Emacs' `#lock#` and `.#lock`, backups ending in `~`.
 * Dot files and folders (`.git`, `.DS_Store`) are not content either.
 */
const NOT_CONTENT = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|[^/\\]*\.sw[a-p]|4913|#[^/\\]*#)$/;

export type ContentWatcher = {
  /** Resolves once the folders are being followed. */
  ready: Promise<void>;
  close(): Promise<void>;
};

export type WatchOptions = {
  /** A burst of saves ends after this much quiet (an editor writes, renames, touches; git writes many files). */
  quietMs?: number;
  /** ...or after this long, so a stream of writes still shows. */
  maxWaitMs?: number;
};

/**
 * Calls `onChange` once per burst of changes under `folders`, with the
 * changed paths (relative to `root`), sorted.
 *
 * chokidar follows a file by its folder, not by its inode, so a file that is
 * replaced on disk (an atomic save: a temporary file renamed over it; `sed
 * -i`; vim; `git checkout`) stays followed. `fs.watch(folder, {recursive})`
 * on Linux follows the replaced file's old inode and goes quiet after one
 * such save (scripts/dev/watch.test.ts has each case).
 */
export function watchContent(folders: string[], root: string, onChange: (files: string[]) => void, options: WatchOptions = {}): ContentWatcher {
  const { quietMs = 80, maxWaitMs = 1000 } = options;
  const changed = new Set<string>();
  let quiet: NodeJS.Timeout | undefined;
  let deadline: NodeJS.Timeout | undefined;

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    if (changed.size === 0) return;
    const files = [...changed].sort();
    changed.clear();
    onChange(files);
  };

  const watcher = watch(folders, {
    ignoreInitial: true,
    // Only the part under a watched folder: the folder itself may live under a dot folder.
    ignored: (file) => folders.some((folder) => file.startsWith(folder + path.sep) && NOT_CONTENT.test(file.slice(folder.length))),
  });
  // A folder that cannot be read (permissions) is reported, not fatal.
  watcher.on('error', (error) => process.stderr.write(`Live reload: ${(error as Error).message}\n`));
  watcher.on('all', (_event, file) => {
    changed.add(path.relative(root, file).split(path.sep).join('/'));
    clearTimeout(quiet);
    quiet = setTimeout(flush, quietMs);
    deadline ??= setTimeout(flush, maxWaitMs);
  });

  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    async close() {
      clearTimeout(quiet);
      clearTimeout(deadline);
      await watcher.close();
    },
  };
}
