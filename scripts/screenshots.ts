/**
 * `npm run screenshots -- [base-url] [path...]`: full-page screenshots of the
 * site in light and dark, at phone (390 px) and desktop (1440 px) width, into
 * screenshots/ (git ignores it). For looking at what a change did. Without
 * paths: one page of every type the shipped site has; `--fixture` names the
 * fixture site's (`npm run build:fixture`, e2e/fixture-content), which has
 * the types the shipped site lacks (projects, a kitchen-sink post, a page
 * from .md with HTML). `--width 360,768` picks other widths.
 */
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser';

const SITE_PAGES = [
  '/', // the about page (home)
  '/research/', // a page with a table of contents beside it
  '/publications/',
  '/cv/',
  '/blog/',
  '/blog/2024/blending-diffusion-models/',
  '/blog/2024/', // a year of posts
  '/blog/archive/',
  '/blog/tags/',
  '/blog/tag/diffusion-models/',
  '/news/',
  '/search/',
  '/no-such-page/',
];
const FIXTURE_PAGES = ['/about/', '/projects/', '/projects/2_loom/', '/blog/2023/kitchen-sink/', '/research/', '/teaching/', '/news/', '/news/titled/', '/blog/category/notes/', '/blog/page/2/'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const fixture = args.includes('--fixture') ? (args.splice(args.indexOf('--fixture'), 1), true) : false;
const widths = (option('--width') ?? '390,1440').split(',').map(Number);
const [base = 'http://127.0.0.1:3000', ...paths] = args;
const pages = paths.length > 0 ? paths : fixture ? FIXTURE_PAGES : SITE_PAGES;

/** Every image of the page loaded, lazy ones included, before a full-page shot. */
async function loadImages(page: Page) {
  await page.evaluate(async () => {
    document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager'));
    await Promise.all([...document.images].filter((img) => !img.closest('.lightbox')).map((img) => (img.complete ? null : new Promise((r) => ((img.onload = r), (img.onerror = r))))));
  });
  await page.waitForLoadState('networkidle');
  // Headless Chromium paints an image into a full-page shot only once it has been on screen: scroll past each.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
}

async function main() {
  fs.mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: width < 640 ? 2 : 1 });
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(base + p, { waitUntil: 'networkidle' });
        await loadImages(page);
        const name = `${fixture ? 'fixture-' : ''}${p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        console.log(`screenshots/${name}`);
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
