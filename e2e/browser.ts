import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the tests drive: Playwright's own build when it is installed,
 * else Debian's. Browsers cannot be downloaded on every machine, so say how to
 * get one when neither is there.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one of:\n' +
        '  npx playwright install chromium          (Playwright\'s own build, needs internet)\n' +
        '  sudo apt-get install -y chromium         (Debian/Ubuntu package)\n' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return found;
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Flags for a headless Chromium on a machine without a network or a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
