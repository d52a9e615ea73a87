import { describe, expect, it } from 'vitest';
import { formatPlan, generatedName, IMAGE_ROLES, parseGeneratedName, plannedWidths } from './plan';

describe('the widths an image is made in', () => {
  it('a figure (a vw size): next/image\'s steps from 640 up, the last one the file\'s own width', () => {
    // next/image listed 640w … 3840w and served 1600 pixels for 1920w, 2048w and 3840w.
    expect(plannedWidths(1600, IMAGE_ROLES.figure)).toEqual([640, 750, 828, 1080, 1200, 1600]);
    expect(plannedWidths(3000, IMAGE_ROLES.figure)).toEqual([640, 750, 828, 1080, 1200, 1920, 2048, 3000]);
  });

  it('a file wider than every step stops at 3840, as next/image does', () => {
    expect(plannedWidths(6000, '100vw')).toEqual([640, 750, 828, 1080, 1200, 1920, 2048, 3840]);
  });

  it('a file exactly as wide as a step is that step, once', () => {
    expect(plannedWidths(1080, IMAGE_ROLES.figure)).toEqual([640, 750, 828, 1080]);
  });

  it('a file narrower than the smallest step is one file at its own width', () => {
    expect(plannedWidths(500, IMAGE_ROLES.figure)).toEqual([500]);
    expect(plannedWidths(1, IMAGE_ROLES.profile)).toEqual([1]);
  });

  it('the smallest vw share sets the lower bound: 33vw starts at 256, 50vw at 384', () => {
    expect(plannedWidths(4000, IMAGE_ROLES.cardRow)[0]).toBe(256);
    expect(plannedWidths(4000, IMAGE_ROLES.card)[0]).toBe(384);
  });

  it('a size in pixels: the steps a 1x to 3x screen picks, no more', () => {
    // 144 CSS pixels on a phone, 288 on a wide screen: 256 at 1x, up to 1080 at 3x (864); 1200 and up are never the first step ≥ 864.
    expect(plannedWidths(4000, IMAGE_ROLES.profile)).toEqual([256, 384, 640, 750, 828, 1080]);
    // An 800-pixel photo: its own width is the last step.
    expect(plannedWidths(800, IMAGE_ROLES.profile)).toEqual([256, 384, 640, 750, 800]);
    expect(plannedWidths(700, IMAGE_ROLES.profile)).toEqual([256, 384, 640, 700]);
    // 96 or 160 CSS pixels: 96 at 1x up to 480 at 3x.
    expect(plannedWidths(4000, IMAGE_ROLES.thumbnail)).toEqual([96, 128, 256, 384, 640]);
    expect(plannedWidths(4000, IMAGE_ROLES.preview)).toEqual([128, 256, 384]);
  });

  it('each width a screen needs has a file at least that wide (or the widest there is)', () => {
    for (const [role, sizes] of Object.entries(IMAGE_ROLES)) {
      const px = [...sizes.matchAll(/(\d+)px(?:,|$)/g)].map((m) => Number(m[1]));
      if (px.length === 0 || /vw/.test(sizes)) continue;
      const widths = plannedWidths(4000, sizes);
      for (const slot of px) for (const density of [1, 1.5, 2, 2.625, 3]) {
        const need = slot * density;
        expect(widths.some((w) => w >= need), `${role} at ${density}x`).toBe(true);
      }
    }
  });

  it('an unknown length (calc, em) plans as a full-width image', () => {
    expect(plannedWidths(1600, 'calc(100vw - 2rem)')).toEqual(plannedWidths(1600, '100vw'));
  });
});

describe('the formats an image is made in', () => {
  it('AVIF and WebP, then the original\'s own format', () => {
    expect(formatPlan('jpg', false)).toEqual({ sources: ['avif', 'webp'], fallback: 'jpeg' });
    expect(formatPlan('png', false)).toEqual({ sources: ['avif', 'webp'], fallback: 'png' });
    expect(formatPlan('gif', false)).toEqual({ sources: ['avif', 'webp'], fallback: 'png' });
    expect(formatPlan('webp', false)).toEqual({ sources: ['avif'], fallback: 'webp' });
  });

  it('an SVG, an animation or a type browsers do not share is shown as it is', () => {
    expect(formatPlan('svg', false)).toBeNull();
    expect(formatPlan('gif', true)).toBeNull();
    expect(formatPlan('webp', true)).toBeNull();
    expect(formatPlan('ico', false)).toBeNull();
    expect(formatPlan('heif', false)).toBeNull();
  });
});

describe('the names of the files', () => {
  it('the source\'s name, the hash, the width, the format', () => {
    expect(generatedName('/assets/img/blog/blending-methods.png', '0123456789', 640, 'avif')).toBe('blending-methods.0123456789.640.avif');
  });

  it('a name any host serves: ASCII, lowercase, no spaces or dots', () => {
    expect(generatedName('/assets/img/Caf%C3%A9%20photo.v2.JPG', 'abcdef0123', 96, 'jpeg')).toBe('cafe-photo-v2.abcdef0123.96.jpeg');
    expect(generatedName('/assets/img/%E6%8B%A1%E6%95%A3.png', 'abcdef0123', 96, 'png')).toBe('image.abcdef0123.96.png');
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(parseGeneratedName('blending-methods.0123456789.640.avif')).toEqual({ hash: '0123456789', width: 640, format: 'avif' });
    expect(parseGeneratedName('blending-methods.0123456789.640.gif')).toBeNull();
    expect(parseGeneratedName('../etc/passwd')).toBeNull();
  });
});
