import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, exampleManifest, isExampleFile, manifestOf, MANIFEST_FILE, moveAside } from './example';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

describe("the shipped example's manifest", () => {
  it('lists every file of content/ and public/ with its hash (after changing the example: npx vitest run lib/authoring/importer/example.test.ts -u)', async () => {
    await expect(JSON.stringify({ files: manifestOf(ROOT) }, null, 2) + '\n').toMatchFileSnapshot(MANIFEST_FILE);
  });

  it('tells an example file from an edited one', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-example-'));
    fs.mkdirSync(path.join(project, 'content'));
    fs.copyFileSync(path.join(ROOT, 'content/site.yml'), path.join(project, 'content/site.yml'));
    expect(isExampleFile(project, 'content/site.yml')).toBe(true);
    fs.appendFileSync(path.join(project, 'content/site.yml'), '# mine\n');
    expect(isExampleFile(project, 'content/site.yml')).toBe(false);
    expect(Object.keys(exampleManifest())).toContain('content/site.yml');
  });
});

describe('moving files aside', () => {
  it('keeps their paths under a dated folder, never overwrites an earlier backup, and removes the folders it emptied', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-backup-'));
    fs.mkdirSync(path.join(project, 'content/pages'), { recursive: true });
    fs.writeFileSync(path.join(project, 'content/pages/about.md'), 'x');
    const now = new Date(2025, 5, 1, 14, 15, 3);
    const folder = backupFolder(project, now, true);
    expect(folder).toBe('folio-example-backup-20250601-141503');
    moveAside(project, ['content/pages/about.md'], folder);
    expect(fs.readFileSync(path.join(project, folder, 'content/pages/about.md'), 'utf8')).toBe('x');
    expect(fs.existsSync(path.join(project, 'content/pages'))).toBe(false);
    expect(fs.existsSync(path.join(project, 'content'))).toBe(true);
    expect(backupFolder(project, now, true)).toBe('folio-example-backup-20250601-141503-2');
    expect(backupFolder(project, now, false)).toBe('folio-content-backup-20250601-141503');
  });
});
