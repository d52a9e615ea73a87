import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { cacheKey } from '../build/cache';
import { buildCache } from '../build/process-cache';
import { aboutPage, loadOptions, type Content, type LocalImage } from '../content';
import { encodeCached } from '../images/encode';
import { formatPlan } from '../images/plan';
import { imageSource } from '../images/source';
import { formatDay } from '../text/dates';
import { htmlToText, initials } from '../text';
import type { PublicRoute } from './public-routes';

/**
 * The share image of a page (1200×630 PNG): what kind of page, its title,
 * the site and the date, in Source Serif 4 from @fontsource (the headings'
 * font). Satori reads WOFF, not WOFF2. Drawn at build by app/(share)/og/.
 * The about page's card (the home page shares it too) shows the person
 * instead: name, subtitle, and the portrait or its monogram.
 *
 * Only the scripts Source Serif 4 covers (Latin, Greek, Cyrillic,
 * Vietnamese) can be drawn: satori would fetch a font for any other
 * script from Google Fonts, which a build must not depend on. A title in
 * another script is replaced by the site's title; emoji are left out.
 */

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'source-serif-4');
const COLORS = { page: '#ffffff', ink: '#1c1d21', muted: '#52555c', line: '#e3e4e8', accent: '#0b5cad' };

type Face = { subset: string; file: string; ranges: [number, number][] };

/** The @font-face blocks of a weight's stylesheet: each subset's WOFF file and its unicode-range. */
function faces(weight: 400 | 600): Face[] {
  const css = fs.readFileSync(path.join(FONT_DIR, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/(source-serif-4-([a-z-]+)-\d+-normal\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(([, file, subset, ranges]) => ({
    subset: subset!,
    file: file!,
    ranges: ranges!.split(',').map((r) => {
      const [start, end = start] = r.trim().replace(/^U\+/, '').split('-');
      return [parseInt(start!, 16), parseInt(end!, 16)] as [number, number];
    }),
  }));
}

type Font = { name: string; data: Buffer; weight: 400 | 600; style: 'normal' };

let loaded: { fonts: Font[]; family: string; ranges: [number, number][] } | undefined;

/**
 * Each subset is a family of its own (satori keeps one font per name and
 * weight), listed Latin first as the fallback chain of `font-family`.
 */
function fonts() {
  if (!loaded) {
    const list = ([400, 600] as const).flatMap((weight) =>
      faces(weight).map((face) => ({ face, font: { name: `Source Serif 4 ${face.subset}`, data: fs.readFileSync(path.join(FONT_DIR, 'files', face.file)), weight, style: 'normal' } satisfies Font })),
    );
    const subsets = [...new Set(list.map((f) => f.face.subset))].sort((a, b) => Number(b === 'latin') - Number(a === 'latin'));
    loaded = { fonts: list.map((f) => f.font), family: subsets.map((s) => `'Source Serif 4 ${s}'`).join(', '), ranges: list.flatMap((f) => f.face.ranges) };
  }
  return loaded;
}

function drawable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return fonts().ranges.some(([start, end]) => code >= start && code <= end);
}

/** The text as the fonts can draw it: without emoji and symbols they lack; null when words would be lost. */
export function drawableText(text: string): string | null {
  const chars = [...text.normalize('NFC')];
  const missing = chars.filter((c) => !drawable(c));
  if (missing.some((c) => /[\p{L}\p{N}]/u.test(c))) return null;
  return chars.filter(drawable).join('').replace(/\s+/g, ' ').trim() || null;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

let fontsKey: string | undefined;

/**
 * The picture drawn (satori, then resvg), once: in a build it is kept in the
 * build cache (lib/build/cache.ts) under its element tree, every text, style
 * and image of it, and the fonts, so a build draws only the cards that
 * changed.
 */
function draw(element: React.ReactElement, options: { width: number; height: number; fonts: Font[] }): Response | Promise<Response> {
  const cache = buildCache();
  if (!cache) return new ImageResponse(element, options);
  fontsKey ??= cacheKey(...options.fonts.flatMap((f) => [f.name, f.weight, f.style, f.data]));
  const tree = JSON.stringify(element, (key, value: unknown) => {
    if (key === '_owner' || key === '_store' || key.startsWith('_debug')) return undefined;
    if (typeof value === 'function') throw new Error(`a share image is drawn from plain elements (found ${value.name || 'a component'})`);
    return value;
  });
  return cache.rememberResponse('share-image', cacheKey(tree, JSON.stringify({ ...options, fonts: undefined }), fontsKey), () => new ImageResponse(element, options));
}

export async function shareImage(content: Content, route: PublicRoute): Promise<Response> {
  if (route.person) return personCard(content);
  const { site } = content;
  const siteTitle = drawableText(site.title) ?? drawableText(site.name) ?? '';
  const title = shorten(drawableText(route.title) ?? siteTitle, 110);
  const day = route.date && (drawableText(formatDay(route.date.day, site.lang)) ?? route.date.day);
  const host = site.url ? new URL(site.url).host : '';
  const size = title.length <= 40 ? 76 : title.length <= 75 ? 64 : 52;
  return draw(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: COLORS.page, color: COLORS.ink, fontFamily: fonts().family }}>
        <div style={{ height: 16, background: COLORS.accent }} />
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', padding: '56px 80px 48px' }}>
          <div style={{ fontSize: 28, fontWeight: 600, color: COLORS.accent, letterSpacing: 2, textTransform: 'uppercase' }}>{route.label}</div>
          <div style={{ flex: 1, display: 'flex', alignItems: 'center' }}>
            <div style={{ fontSize: size, fontWeight: 600, lineHeight: 1.15, letterSpacing: -1 }}>{title}</div>
          </div>
          <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', borderTop: `2px solid ${COLORS.line}`, paddingTop: 28, fontSize: 30 }}>
            <div style={{ display: 'flex', flexDirection: 'column' }}>
              <div style={{ fontWeight: 600 }}>{siteTitle}</div>
              {host && <div style={{ fontSize: 24, color: COLORS.muted, marginTop: 6 }}>{host}</div>}
            </div>
            {day && <div style={{ color: COLORS.muted, fontWeight: 400 }}>{day}</div>}
          </div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: fonts().fonts },
  );
}

/**
 * The portrait as satori draws it: a JPEG the image pipeline makes from the
 * file, whatever its name says (a `prof_pic.jpg` holding PNG bytes, a WebP,
 * a file cut short: sharp reads the bytes, and reads a damaged file as far
 * as it goes). Null when nothing can be read of it: the monogram stands in,
 * and the content check has said why, with the line.
 */
async function portrait(image: LocalImage | undefined): Promise<string | null> {
  if (!image) return null;
  try {
    const source = imageSource(image.src, loadOptions().publicDir);
    if (!source || !formatPlan(source.type, false)) return null;
    const jpeg = await encodeCached(source, PORTRAIT_PIXELS, 'jpeg', buildCache());
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    return null;
  }
}

/** The portrait's side on the card, and the pixels drawn into it (twice as many, for sharp downscaling). */
const PORTRAIT_SIDE = 320;
const PORTRAIT_PIXELS = 2 * PORTRAIT_SIDE;

/** The card a link to the site previews with: who this is, what they do, their portrait or monogram. */
async function personCard(content: Content): Promise<Response> {
  const { site } = content;
  const page = aboutPage(content);
  const name = drawableText(site.name) ?? drawableText(site.title) ?? '';
  const subtitle = page?.subtitle ? drawableText(htmlToText(page.subtitle)) : null;
  const host = site.url ? new URL(site.url).host : '';
  const photo = await portrait(page?.profile?.image);
  const round = page?.profile?.circular ?? false;
  const side = PORTRAIT_SIDE;
  return draw(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: COLORS.page, color: COLORS.ink, fontFamily: fonts().family }}>
        <div style={{ height: 16, background: COLORS.accent }} />
        <div style={{ flex: 1, display: 'flex', alignItems: 'center', padding: '0 80px', gap: 64 }}>
          <div style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: name.length <= 22 ? 84 : 64, fontWeight: 600, lineHeight: 1.05, letterSpacing: -1.5 }}>{name}</div>
            {subtitle && <div style={{ marginTop: 28, fontSize: 34, lineHeight: 1.35, color: COLORS.muted }}>{shorten(subtitle, 120)}</div>}
            {host && <div style={{ marginTop: 44, fontSize: 28, fontWeight: 600, color: COLORS.accent }}>{host}</div>}
          </div>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- satori draws a plain <img>
            <img src={photo} alt="" width={side} height={side} style={{ width: side, height: side, objectFit: 'cover', borderRadius: round ? side / 2 : 16 }} />
          ) : (
            <div
              style={{
                width: side,
                height: side,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                borderRadius: round ? side / 2 : 16,
                background: '#eef3f9',
                border: `2px solid ${COLORS.line}`,
                color: COLORS.accent,
                fontSize: 128,
                fontWeight: 600,
                letterSpacing: 4,
              }}
            >
              {drawableText(initials(site.name)) ?? ''}
            </div>
          )}
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: fonts().fonts },
  );
}
