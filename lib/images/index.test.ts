import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';
import { imageUses } from '../content/image-uses';
import { picture, plannedFiles } from './index';

/** A solid image of this size and format, for a test project's public/. */
function image(width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
    .toFormat(format)
    .toBuffer();
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>';

async function project() {
  const photo = await image(800, 1000, 'jpeg');
  const plot = await image(1600, 900);
  return makeProject({
    'content/pages/about.md': '---\nlayout: about\ntitle: About\npermalink: /about/\nprofile:\n  image: me.jpg\n---\nHello.\n',
    'content/blog/2024-01-01-one.mdx': '---\ntitle: One\nthumbnail: plot.png\nfeatured: true\n---\nText.\n\n<Figure src="/assets/img/plot.png" alt="A plot" />\n\n![Again](/assets/img/plot.png)\n\n<img src="/assets/img/plot.png" alt="JSX" />\n',
    'content/blog/2024-01-02-two.md': '---\ntitle: Two\n---\nText.\n\n<p><img src="/assets/img/plot.png" alt="HTML"></p>\n\n![Logo](/assets/img/logo.svg)\n',
    'content/projects/engine.md': '---\ntitle: Engine\nimg: plot.png\n---\nText.\n',
    'content/publications.bib': '@article{a1,\n  title = {A},\n  author = {Lovelace, Ada},\n  year = {1843},\n  preview = {/assets/img/plot.png},\n}\n',
    'public/assets/img/me.jpg': photo,
    'public/assets/img/plot.png': plot,
    'public/assets/img/logo.svg': SVG,
  });
}

describe('every image the content shows is known, with where it is shown', () => {
  it('front matter, bodies (Markdown, HTML, JSX, <Figure>) and the bibliography, each with its file and line', async () => {
    const options = await project();
    const { content } = readContent(options);
    const uses = imageUses(content!, options.contentDir).map((u) => `${u.file}:${u.line} ${u.role} ${u.src}`);
    expect(uses.sort()).toEqual(
      [
        'content/pages/about.md:6 profile /assets/img/me.jpg',
        'content/blog/2024-01-01-one.mdx:3 thumbnail /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:3 featured /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:8 figure /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:8 zoom /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:10 figure /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:10 zoom /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:12 figure /assets/img/plot.png',
        'content/blog/2024-01-01-one.mdx:12 zoom /assets/img/plot.png',
        'content/blog/2024-01-02-two.md:6 figure /assets/img/plot.png',
        'content/blog/2024-01-02-two.md:6 zoom /assets/img/plot.png',
        'content/blog/2024-01-02-two.md:8 figure /assets/img/logo.svg',
        'content/blog/2024-01-02-two.md:8 zoom /assets/img/logo.svg',
        'content/projects/engine.md:3 card /assets/img/plot.png',
        'content/projects/engine.md:3 cardRow /assets/img/plot.png',
        'content/publications.bib:1 preview /assets/img/plot.png',
      ].sort(),
    );
  });

  it('one source is encoded once per width and format, however many places show it; an SVG is not re-encoded', async () => {
    const options = await project();
    const { content } = readContent(options);
    const files = plannedFiles(imageUses(content!, options.contentDir), options.publicDir);
    const names = [...files.keys()];
    expect(new Set(names).size).toBe(names.length);
    // The plot in every role: from the preview's 128 pixels to its own 1600, three formats each.
    const plot = names.filter((n) => n.startsWith('plot.')).map((n) => n.split('.').slice(2).join('.'));
    expect(plot.filter((n) => n.endsWith('.avif')).map((n) => Number(n.split('.')[0])).sort((a, b) => a - b)).toEqual([96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1600]);
    expect(plot).toHaveLength(30);
    // The photo in its one role: up to 3x its 288 CSS pixels, which its own 800 ends.
    expect(names.filter((n) => n.startsWith('me.')).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^me\.[0-9a-f]{10}\.800\.jpeg$/)]));
    expect(names.filter((n) => n.startsWith('me.'))).toHaveLength(15);
    expect(names.some((n) => n.startsWith('logo.'))).toBe(false);
    // The 1600-pixel AVIF is shown by the two posts' figures and the featured card.
    const widest = files.get(names.find((n) => /^plot\.[0-9a-f]{10}\.1600\.avif$/.test(n))!)!;
    expect(new Set(widest.uses.map((u) => u.file))).toEqual(new Set(['content/blog/2024-01-01-one.mdx', 'content/blog/2024-01-02-two.md', 'content/projects/engine.md']));
  });
});

describe('what a page writes for an image', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('AVIF and WebP sources, then the original\'s format, at the widths of its role', async () => {
    const { publicDir } = await project();
    const shown = picture('/assets/img/me.jpg', 'profile', publicDir);
    expect(shown.sizes).toBe('(min-width: 1024px) 240px, 320px');
    expect(shown.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(shown.sources[0]!.srcSet).toMatch(/^\/img\/me\.([0-9a-f]{10})\.256\.avif 256w, \/img\/me\.\1\.384\.avif 384w, \/img\/me\.\1\.640\.avif 640w, \/img\/me\.\1\.750\.avif 750w, \/img\/me\.\1\.800\.avif 800w$/);
    expect(shown.srcSet).toMatch(/\.256\.jpeg 256w, .*\.800\.jpeg 800w$/);
    expect(shown.src).toMatch(/^\/img\/me\.[0-9a-f]{10}\.800\.jpeg$/);
  });

  it('an SVG is the file itself', async () => {
    const { publicDir } = await project();
    expect(picture('/assets/img/logo.svg', 'figure', publicDir)).toEqual({ sources: [], src: '/assets/img/logo.svg' });
  });

  it('a changed image is a new address', async () => {
    const { publicDir } = await project();
    const before = picture('/assets/img/plot.png', 'figure', publicDir).src;
    fs.writeFileSync(path.join(publicDir, 'assets/img/plot.png'), await image(1600, 900, 'webp'));
    fs.utimesSync(path.join(publicDir, 'assets/img/plot.png'), new Date(), new Date(Date.now() + 5000));
    expect(picture('/assets/img/plot.png', 'figure', publicDir).src).not.toBe(before);
  });

  it('under a base path, every address starts with it', async () => {
    vi.stubEnv('FOLIO_BASE_PATH', '/folio-test');
    vi.resetModules();
    const { picture: underBasePath } = await import('./index');
    const { publicDir } = await project();
    for (const [src, role] of [['/assets/img/me.jpg', 'profile'], ['/assets/img/plot.png', 'figure'], ['/assets/img/logo.svg', 'figure']] as const) {
      const shown = underBasePath(src, role, publicDir);
      const addresses = [shown.src, ...[shown.srcSet, ...shown.sources.map((s) => s.srcSet)].flatMap((set) => (set ? set.split(', ').map((c) => c.split(' ')[0]!) : []))];
      expect(addresses.length).toBeGreaterThan(0);
      for (const address of addresses) expect(address).toMatch(/^\/folio-test\/(img|assets)\//);
    }
  });
});
