import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteReader } from './site-reader';

/** A site folder and, beside it, a folder that is not the site's, with a secret in it. */
function setup() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-reader-'));
  const site = path.join(base, 'site');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(site, 'assets/img'), { recursive: true });
  fs.mkdirSync(path.join(outside, 'photos'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
  fs.writeFileSync(path.join(outside, 'photos/x.png'), 'SECRET PNG');
  fs.writeFileSync(path.join(site, 'about.md'), '---\ntitle: about\n---\n');
  fs.writeFileSync(path.join(site, 'assets/img/a.png'), 'png');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(site, 'leak.md'));
  fs.symlinkSync('../../../outside/photos', path.join(site, 'assets/img/gallery'));
  fs.symlinkSync('a.png', path.join(site, 'assets/img/same.png'));
  fs.symlinkSync('../img', path.join(site, 'assets/img/loop'));
  fs.symlinkSync('/nonexistent/elsewhere', path.join(site, 'dangling.md'));
  return { site, outside };
}

describe('reading an al-folio site', () => {
  it('reads files and folders of the site, and follows a link that stays inside it', () => {
    const { site } = setup();
    const reader = new SiteReader(site);
    expect(reader.text('about.md')).toBe('---\ntitle: about\n---\n');
    expect(reader.text('assets/img/same.png')).toBe('png');
    expect(reader.isDirectory('assets/img/loop')).toBe(true);
    expect(reader.refused).toEqual([]);
  });

  it('refuses a link that leads out of the site, a folder link included, and records where it points, never what it holds', () => {
    const { site, outside } = setup();
    const reader = new SiteReader(site);
    expect(reader.text('leak.md')).toBeNull();
    expect(reader.bytes('assets/img/gallery/x.png')).toBeNull();
    expect(reader.isDirectory('assets/img/gallery')).toBe(false);
    expect(reader.refused).toEqual([
      { link: 'leak.md', target: path.join(outside, 'secret.txt') },
      { link: 'assets/img/gallery', target: '../../../outside/photos' },
    ]);
    expect(reader.isRefused('assets/img/gallery/x.png')).toBe(true);
    expect(reader.isRefused('assets/img/a.png')).toBe(false);
  });

  it('lists a folder without the links that leave the site, and refuses a dangling link that points out', () => {
    const { site } = setup();
    const reader = new SiteReader(site);
    expect(reader.list('')).toEqual([
      { name: 'about.md', kind: 'file' },
      { name: 'assets', kind: 'dir' },
    ]);
    expect(reader.list('assets/img').map((e) => e.name)).toEqual(['a.png', 'loop', 'same.png']);
    expect(reader.refused.map((r) => r.link)).toEqual(['dangling.md', 'leak.md', 'assets/img/gallery']);
  });

  it('never reads a path that climbs out of the site, linked or not', () => {
    const { site } = setup();
    const reader = new SiteReader(site);
    expect(reader.text('../outside/secret.txt')).toBeNull();
    expect(reader.text('/etc/passwd')).toBeNull();
    expect(reader.text('assets/../../outside/secret.txt')).toBeNull();
  });

  it('takes a site folder reached through a link (the folder itself is the root)', () => {
    const { site } = setup();
    const alias = path.join(path.dirname(site), 'alias');
    fs.symlinkSync(site, alias);
    const reader = new SiteReader(alias);
    expect(reader.text('about.md')).toContain('title: about');
    expect(reader.text('leak.md')).toBeNull();
  });
});
