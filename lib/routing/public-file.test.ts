import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFile } from './public-file';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-public-'));
const publicDir = path.join(root, 'public');
fs.mkdirSync(path.join(publicDir, 'assets/img'), { recursive: true });
fs.writeFileSync(path.join(publicDir, 'assets/img/my photo.jpg'), 'x');
fs.mkdirSync(path.join(root, 'public-old'));
fs.writeFileSync(path.join(root, 'public-old/old.jpg'), 'x');
fs.writeFileSync(path.join(root, 'secret.md'), 'x');

describe('a site path to a file in public/', () => {
  it('decodes the path and leaves out the query and the fragment', () => {
    const file = path.join(publicDir, 'assets/img/my photo.jpg');
    expect(publicFile('/assets/img/my%20photo.jpg', publicDir)).toBe(file);
    expect(publicFile('/assets/img/my%20photo.jpg?v=2#top', publicDir)).toBe(file);
  });

  it('is null for what is not a file of public/', () => {
    expect(publicFile('/assets/img/missing.jpg', publicDir)).toBeNull();
    expect(publicFile('/assets/img/', publicDir)).toBeNull();
    expect(publicFile('/assets/img/%E0%A4%A.jpg', publicDir)).toBeNull();
  });

  it('never leads outside public/, not even to a folder whose name starts the same', () => {
    expect(publicFile('/../secret.md', publicDir)).toBeNull();
    expect(publicFile('/%2E%2E/secret.md', publicDir)).toBeNull();
    expect(publicFile('/../public-old/old.jpg', publicDir)).toBeNull();
  });
});
