import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { readContent } from '../content/load';
import { makeProject } from '../content/testing';

// Settings are read once, when lib/build/settings.ts loads: a project of this test's own, with its public/.
const project = vi.hoisted(() => {
  const root = `${process.env.TMPDIR ?? '/tmp'}/folio-share-image-${process.pid}`;
  process.env.FOLIO_CONTENT_DIR = `${root}/content`;
  process.env.FOLIO_PUBLIC_DIR = `${root}/public`;
  return root;
});

const ABOUT = '---\nlayout: about\ntitle: About\npermalink: /\nprofile:\n  image: prof_pic.jpg\n---\nHello.\n';
const RED = { r: 200, g: 20, b: 20 };

/** The about page's card for a site whose portrait is `photo`, read as `next build` reads the site. */
async function personCard(photo: Buffer) {
  const made = makeProject({ 'content/pages/about.md': ABOUT, 'public/assets/img/prof_pic.jpg': photo });
  fs.rmSync(project, { recursive: true, force: true });
  fs.cpSync(made.root, project, { recursive: true });
  const options = { ...made, root: project, contentDir: path.join(project, 'content'), publicDir: path.join(project, 'public') };
  const { content, log } = readContent(options);
  const { shareImage } = await import('./share-image');
  const response = await shareImage(content!, { path: '/', title: 'About', label: 'Page', person: true });
  const png = Buffer.from(await response.arrayBuffer());
  // Inside the portrait's square, on the right of the card, away from a monogram's letters.
  const { data } = await sharp(png).extract({ left: 850, top: 220, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
  return { meta: await sharp(png).metadata(), inside: { r: data[0]!, g: data[1]!, b: data[2]! }, warnings: log.issues.map((i) => `${i.file}:${i.line} ${i.severity}: ${i.message}`) };
}

describe("the about page's share card draws the portrait its bytes hold, whatever its name says", () => {
  it('a prof_pic.jpg holding PNG bytes is drawn (satori was given it as a JPEG and stopped the export)', async () => {
    const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: RED } }).png().toBuffer();
    const card = await personCard(png);
    expect([card.meta.format, card.meta.width, card.meta.height]).toEqual(['png', 1200, 630]);
    expect(card.inside.r).toBeGreaterThan(180);
    expect(card.inside.g).toBeLessThan(60);
    expect(card.warnings).toEqual([]);
  }, 30_000);

  it('an empty prof_pic.jpg: the monogram, and a warning on the line that names it', async () => {
    const card = await personCard(Buffer.alloc(0));
    expect(card.meta.width).toBe(1200);
    // The monogram's pale blue, not the photo.
    expect(card.inside).toEqual({ r: 238, g: 243, b: 249 });
    expect(card.warnings).toEqual(['content/pages/about.md:6 warning: profile image `prof_pic.jpg` cannot be shown (the file is empty): the page shows a monogram of your initials instead']);
  }, 30_000);
});
