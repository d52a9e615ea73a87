import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadOptions } from './types';

export const MINIMAL_SITE = 'title: Test Site\nname: Ada Lovelace\nurl: https://example.org\n';

/**
 * Writes a throwaway project (content/ and public/) for a unit test and
 * returns the options to load it with. `files` maps paths under the project
 * to their text.
 */
export function makeProject(files: Record<string, string | Buffer>): LoadOptions {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-test-'));
  const all = { 'content/site.yml': MINIMAL_SITE, ...files };
  for (const [name, text] of Object.entries(all)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.mkdirSync(path.join(root, 'public'), { recursive: true });
  return { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), includeDrafts: true };
}

/** A 1x1 PNG, for tests that need an image file to exist. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
