import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { displayedSize, imageSource, isAnimated, UnreadableImage } from './source';

const frame = (color: string) => sharp({ create: { width: 20, height: 10, channels: 3, background: color } }).png().toBuffer();

async function animation(format: 'gif' | 'webp'): Promise<Buffer> {
  return sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
    .toFormat(format)
    .toBuffer();
}

describe('what the pipeline reads of a source', () => {
  it('an animated GIF or WebP is an animation (shown as it is); a still one is not', async () => {
    expect(isAnimated(await animation('gif'), 'gif')).toBe(true);
    expect(isAnimated(await animation('webp'), 'webp')).toBe(true);
    const still = sharp({ create: { width: 20, height: 10, channels: 4, background: '#f00' } });
    expect(isAnimated(await still.clone().gif().toBuffer(), 'gif')).toBe(false);
    expect(isAnimated(await still.clone().webp().toBuffer(), 'webp')).toBe(false);
    expect(isAnimated(await still.clone().webp({ lossless: true }).toBuffer(), 'webp')).toBe(false);
    expect(isAnimated(await still.clone().png().toBuffer(), 'png')).toBe(false);
  });

  it('a photo turned by its EXIF orientation has the size it is shown at', async () => {
    const turned = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#888' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(displayedSize(turned)).toEqual({ width: 20, height: 40, type: 'jpg' });
  });

  it('a file that is no image is an error; a missing one is null', () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-images-'));
    fs.writeFileSync(path.join(publicDir, 'notes.png'), 'not an image');
    expect(() => imageSource('/notes.png', publicDir)).toThrow(UnreadableImage);
    expect(imageSource('/missing.png', publicDir)).toBeNull();
    expect(imageSource('/../outside.png', publicDir)).toBeNull();
  });
});
