import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The example content Folio ships (content/ and public/ of a fresh clone),
 * known by a manifest of its files and their hashes, so the import can tell
 * the example (moved aside without asking) from the author's own work (the
 * import refuses to move it without --force). example.test.ts proves the
 * manifest matches the shipped files.
 */

export const PROJECT_FOLDERS = ['content', 'public'] as const;
export const MANIFEST_FILE = fileURLToPath(new URL('./example-manifest.json', import.meta.url));

/** Every file under the project's content/ and public/, as `content/...` paths, sorted. */
export function projectFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else files.push(child);
    }
  };
  for (const folder of PROJECT_FOLDERS) visit(folder);
  return files.sort();
}

export function sha256(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** The manifest of a project's content/ and public/: path → sha256. */
export function manifestOf(root: string): Record<string, string> {
  return Object.fromEntries(projectFiles(root).map((file) => [file, sha256(fs.readFileSync(path.join(root, file)))]));
}

/** The shipped example's manifest. */
export function exampleManifest(): Record<string, string> {
  return (JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8')) as { files: Record<string, string> }).files;
}

/** Whether a project file is the shipped example's, unedited. */
export function isExampleFile(root: string, file: string, manifest = exampleManifest()): boolean {
  const hash = manifest[file];
  return hash !== undefined && hash === sha256(fs.readFileSync(path.join(root, file)));
}

/** `folio-example-backup-20250601-141503` (local time), with `-2`, `-3`... when that folder exists. */
export function backupFolder(root: string, now: Date, example: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const base = `folio-${example ? 'example' : 'content'}-backup-${stamp}`;
  let name = base;
  for (let n = 2; fs.existsSync(path.join(root, name)); n++) name = `${base}-${n}`;
  return name;
}

/** Moves project files into a backup folder under the same paths; folders left empty go. Never deletes a file. */
export function moveAside(root: string, files: string[], folder: string) {
  for (const file of files) {
    const target = path.join(root, folder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(root, file), target);
  }
  for (const file of files) {
    let dir = path.dirname(path.join(root, file));
    while (dir !== root && fs.existsSync(dir) && fs.readdirSync(dir).length === 0 && !PROJECT_FOLDERS.some((f) => path.join(root, f) === dir)) {
      fs.rmdirSync(dir);
      dir = path.dirname(dir);
    }
  }
}
