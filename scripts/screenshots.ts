/**
 * `npm run screenshots -- [base-url] [path...]`: full-page screenshots of the
 * site in light and dark, at phone (360 px) and desktop (1440 px) width, into
 * screenshots/. For looking at what a change did.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/research/', '/blog/', '/blog/2024/blending-diffusion-models/', '/no-such-page/'];

async function main() {
  fs.mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, width] of [['phone', 360], ['desktop', 1440]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(base + p, { waitUntil: 'networkidle' });
        // A full-page shot shows images below the fold too: load the lazy ones first.
        await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((img) => img.setAttribute('loading', 'eager')));
        await page.waitForLoadState('networkidle');
        const name = (p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home') + `-${device}-${scheme}.png`;
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
