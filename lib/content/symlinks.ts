import fs from 'node:fs';
import path from 'node:path';
import type { IssueLog } from '../issues';

/**
 * Symbolic links in content/ and public/. A link to a file or a folder of
 * the project is read as that file or folder; one that leads out of it
 * (`leak.md -> /etc/passwd`, an image folder linked from elsewhere) would
 * publish what is not the site's, and the bundler stops on it: each is an
 * error naming the link, and nothing behind it is read. So is a link that
 * leads nowhere. `within` are the folders a link may lead into (the
 * project, and content/ and public/ when they live elsewhere).
 */
export function symlinkProblems(folders: string[], within: string[], log: IssueLog): number {
  const allowed = within.flatMap((folder) => {
    try {
      return [fs.realpathSync(folder)];
    } catch {
      return [];
    }
  });
  const inside = (real: string) => allowed.some((root) => real === root || real.startsWith(root + path.sep));
  const seen = new Set<string>();
  let found = 0;
  const walk = (folder: string) => {
    let real: string;
    try {
      real = fs.realpathSync(folder);
    } catch {
      return;
    }
    // A folder linked twice, or a link to a folder above it, is walked once.
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      if (!entry.isSymbolicLink()) continue;
      const target = fs.readlinkSync(file);
      let resolved: string;
      try {
        resolved = fs.realpathSync(file);
      } catch {
        found++;
        log.error(file, 1, `is a symbolic link to ${target}, which does not exist`, 'remove the link, or copy the file it should be into its place');
        continue;
      }
      if (!inside(resolved)) {
        found++;
        log.error(file, 1, `is a symbolic link to ${resolved}, outside the project: Folio reads and publishes nothing from outside it`, 'copy the file or folder into the project in place of the link, or remove the link');
      } else if (fs.statSync(resolved).isDirectory()) {
        walk(file);
      }
    }
  };
  for (const folder of folders) if (fs.existsSync(folder)) walk(folder);
  return found;
}
