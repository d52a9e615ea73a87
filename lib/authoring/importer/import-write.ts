import fs from 'node:fs';
import path from 'node:path';
import { backupFolder, exampleManifest, isExampleFile, moveAside, projectFiles } from './example';
import type { ImportRun, Output } from './import-run';

/** The project holds content the author edited: the import would move it aside, and does so only with `force`. */
export class EditedContentError extends Error {
  constructor(readonly files: string[]) {
    const shown = files.slice(0, 8).map((f) => `  ${f}`);
    if (files.length > 8) shown.push(`  ... and ${files.length - 8} more`);
    super(
      [
        `content/ and public/ hold files that are not Folio's shipped example (you edited or added them), and the import would replace them:`,
        ...shown,
        'Nothing was written. To import anyway, run again with --force: these files are moved to a folio-content-backup-<date> folder (never deleted).',
        'Or import into another folder: --out ../my-new-site',
      ].join('\n'),
    );
  }
}

/**
 * The import replaces content/ and public/. Files that are already as
 * the import writes them stay; the others are moved to a backup folder:
 * without asking when they are the shipped example, with `force` when the
 * author made them (else nothing is written).
 */
export function writeOutputs(run: ImportRun) {
  const bytesOf = (output: Output) => (typeof output.data === 'string' ? Buffer.from(output.data) : output.data);
  const same = (file: string) => {
    const output = run.outputs.get(file);
    return output !== undefined && fs.readFileSync(path.join(run.out, file)).equals(bytesOf(output));
  };
  const stale = projectFiles(run.out).filter((file) => !same(file));
  const manifest = exampleManifest();
  const own = stale.filter((file) => !isExampleFile(run.out, file, manifest));
  if (own.length > 0 && !run.options.force) throw new EditedContentError(own);
  if (stale.length > 0) {
    const folder = backupFolder(run.out, run.now, own.length === 0);
    moveAside(run.out, stale, folder);
    run.report.backup = { folder, files: stale, example: own.length === 0 };
  }
  for (const output of [...run.outputs.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const file = path.join(run.out, output.path);
    if (fs.existsSync(file)) {
      run.report.written.push({ path: output.path, status: 'unchanged' });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytesOf(output));
    run.report.written.push({ path: output.path, status: 'created' });
  }
}
