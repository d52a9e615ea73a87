import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../build/cache';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { imageIssues } from '../check/images';
import { encodeCached, encodeImage } from './encode';

const temporary = () => fs.mkdtempSync(path.join(os.tmpdir(), 'folio-encode-'));

describe('encoding', () => {
  it('each format at the width asked, never wider than the source', async () => {
    const dir = temporary();
    const file = path.join(dir, 'plot.png');
    fs.writeFileSync(file, await sharp({ create: { width: 300, height: 150, channels: 3, background: '#246' } }).png().toBuffer());
    for (const format of ['avif', 'webp', 'png', 'jpeg'] as const) {
      const meta = await sharp(await encodeImage(file, 128, format)).metadata();
      expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width, meta.height]).toEqual([format, 128, 64]);
    }
    expect((await sharp(await encodeImage(file, 600, 'webp')).metadata()).width).toBe(300);
  });

  it('a file encoded once is read from the build cache after, and a damaged entry is encoded again', async () => {
    const dir = temporary();
    const file = path.join(dir, 'plot.png');
    fs.writeFileSync(file, await sharp({ create: { width: 64, height: 64, channels: 3, background: '#246' } }).png().toBuffer());
    const cache = new BuildCache(path.join(dir, 'cache'), { version: () => 'test' });
    const first = await encodeCached({ file, hash: 'abcdef0123' }, 32, 'avif', cache);
    // The source can go: what the cache holds is what a build serves, without encoding again.
    const source = fs.readFileSync(file);
    fs.rmSync(file);
    expect(await encodeCached({ file, hash: 'abcdef0123' }, 32, 'avif', cache)).toEqual(first);
    // An entry whose bytes changed is not served.
    const [kept] = fs.readdirSync(cache.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    fs.writeFileSync(kept!, Buffer.concat([fs.readFileSync(kept!).subarray(0, -4), Buffer.from('junk')]));
    await expect(encodeCached({ file, hash: 'abcdef0123' }, 32, 'avif', cache)).rejects.toThrow();
    fs.writeFileSync(file, source);
    expect(await encodeCached({ file, hash: 'abcdef0123' }, 32, 'avif', cache)).toEqual(first);
  });
});

describe('an image cut short', () => {
  it('is a warning on every line that shows it, and the build shows as much of it as can be read', async () => {
    const good = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#246' } }).png().toBuffer();
    // The header is whole (its size can be read), the pixels are cut off.
    const truncated = (await sharp({ create: { width: 400, height: 400, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer()).subarray(0, 2000);
    const options = makeProject({
      'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /about/\nprofile:\n  image: cut.png\n---\nHello.\n',
      'content/blog/2024-01-01-one.md': '---\ntitle: One\n---\nText.\n\n![Cut](/assets/img/cut.png)\n\n![Fine](/assets/img/good.png)\n',
      'public/assets/img/cut.png': truncated,
      'public/assets/img/good.png': good,
    });
    const { content } = readContent(options);
    const issues = await imageIssues(content!, options);
    expect(issues.map((i) => `${i.file}:${i.line} ${i.severity}: ${i.message}  (${i.fix})`).sort()).toEqual([
      'content/blog/2024-01-01-one.md:6 warning: the image `/assets/img/cut.png` is cut short or damaged: the page shows as much of it as can be read, as a browser does  (save it again from the original, or export it again (public/assets/img/cut.png))',
      'content/pages/about.md:6 warning: the image `/assets/img/cut.png` is cut short or damaged: the page shows as much of it as can be read, as a browser does  (save it again from the original, or export it again (public/assets/img/cut.png))',
    ]);
    const encoded = await sharp(await encodeImage(path.join(options.publicDir, 'assets/img/cut.png'), 200, 'webp')).metadata();
    expect([encoded.format, encoded.width, encoded.height]).toEqual(['webp', 200, 200]);
  });
});
