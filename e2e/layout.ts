import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';

/**
 * What the layout specs measure (the layout is drawn in docs/design.md):
 * where a page's content sits in the window, how long its lines are, how
 * large its headings are. One page load per page type; the widths are
 * looped inside the test, the page resized for each.
 */

/** The widths every page type is looked at: phones, a tablet, a laptop, desktops. */
export const WIDTHS = [360, 390, 768, 1024, 1440, 1920] as const;

export type Placement = {
  /** The content's box, across: the blocks its text is set in, its images, videos and diagrams (see `placement`). */
  left: number;
  right: number;
  /** How far its centre is from the window's, as a share of the window's width. */
  offCentre: number;
  /** Whether the page scrolls sideways. */
  scrollsSideways: boolean;
};

/**
 * Where the content of `main` is: the boxes its text is set in (each text's
 * nearest block, so a paragraph counts at the width of its column, however
 * ragged its lines) and its images, videos and diagrams, each clipped by
 * what scrolls it (a long line of code does not widen the page).
 */
export function placement(page: Page): Promise<Placement> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const INLINE = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents']);
    const spans: [number, number][] = [];
    const add = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      let [left, right] = [r.left, r.right];
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const box = a.getBoundingClientRect();
        [left, right] = [Math.max(left, box.left), Math.min(right, box.right)];
      }
      if (right > left) spans.push([left, right]);
    };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const blocks = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('.sr-only, [hidden], .lightbox') || getComputedStyle(el).visibility === 'hidden') continue;
      while (el !== main && INLINE.has(getComputedStyle(el).display)) el = el.parentElement!;
      blocks.add(el);
    }
    blocks.forEach(add);
    for (const el of main.querySelectorAll('img, video, iframe, canvas, .mermaid-svg svg')) if (!el.closest('.lightbox')) add(el);
    const left = Math.min(...spans.map(([l]) => l));
    const right = Math.max(...spans.map(([, r]) => r));
    const width = document.documentElement.clientWidth;
    return {
      left,
      right,
      offCentre: Math.abs((left + right) / 2 - width / 2) / width,
      scrollsSideways: document.documentElement.scrollWidth > width,
    };
  });
}

/** Resizes the window to each width in turn and calls `check` at each. */
export async function atEveryWidth(page: Page, check: (width: number) => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await test.step(`at ${width} px`, () => check(width));
  }
}

/** The page's content is centred within 2% of the window at every width, and nothing scrolls sideways. */
export async function expectCentredAtEveryWidth(page: Page) {
  await atEveryWidth(page, async (width) => {
    const at = await placement(page);
    expect(at.scrollsSideways, `the page scrolls sideways at ${width} px`).toBe(false);
    expect(at.offCentre, `the content (${Math.round(at.left)}–${Math.round(at.right)} px) is off centre at ${width} px`).toBeLessThanOrEqual(0.02);
  });
}

/** The length in characters of each full line of a paragraph (its last line is as short as it happens to be). */
export async function fullLines(paragraph: Locator): Promise<number[]> {
  return paragraph.evaluate((p) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    return [...lines.entries()]
      .sort(([a], [b]) => a - b)
      .slice(0, -1)
      .map(([, n]) => n);
  });
}

/**
 * The full lines of a page's body text (its first paragraphs of prose):
 * 60–80 characters where the window is wider than the text column, never
 * more than 80.
 */
export async function expectReadingMeasure(page: Page, width: number) {
  const paragraphs = (await page.locator('main .prose > p').all()).slice(0, 6);
  const lengths = (await Promise.all(paragraphs.map(fullLines))).flat();
  expect(lengths.length, 'full lines of body text to measure').toBeGreaterThan(3);
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  expect(Math.max(...lengths), `the longest line at ${width} px`).toBeLessThanOrEqual(80);
  if (width >= 768) {
    expect(median, `the median line at ${width} px`).toBeGreaterThanOrEqual(60);
    expect(median, `the median line at ${width} px`).toBeLessThanOrEqual(80);
  }
}

/**
 * Every heading in `main` is set larger than the page's body text: the
 * size most of its text is set in (headings, captions and code aside).
 */
export async function expectHeadingsAboveBody(page: Page) {
  const { body, headings } = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const weight = new Map<number, number>();
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (el.closest('h1, h2, h3, h4, h5, h6, nav, figcaption, pre, .sr-only')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      weight.set(size, (weight.get(size) ?? 0) + node.textContent!.trim().length);
    }
    const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const headings = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0 && !h.closest('.sr-only'))
      .map((h) => ({ tag: h.tagName, text: (h.textContent ?? '').trim().slice(0, 40), size: parseFloat(getComputedStyle(h).fontSize) }));
    return { body, headings };
  });
  expect(headings.length).toBeGreaterThan(0);
  expect(headings.filter((h) => h.size <= body), `headings no larger than the body text (${body} px)`).toEqual([]);
}

/** One test per page type: centred at every width, no sideways scrolling, prose at its measure (where `prose`), headings above the body text. */
export function testLayoutOf(pageTypes: { type: string; path: string; prose: boolean }[]) {
  for (const { type, path, prose } of pageTypes) {
    test(`${type}: centred at every width, no sideways scrolling${prose ? ', prose at its measure' : ''}, headings above the body text`, async ({ page }) => {
      await page.goto(path);
      await expectCentredAtEveryWidth(page);
      if (prose) await atEveryWidth(page, (width) => expectReadingMeasure(page, width));
      await expectHeadingsAboveBody(page);
    });
  }
}
