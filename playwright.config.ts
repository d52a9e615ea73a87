import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

/**
 * End-to-end tests drive Chromium against `next start` of two production
 * builds: the shipped content (`npm run build`, in .next) and a fixture
 * site (`npm run build:fixture`, in .next-fixture). `next start` is started
 * directly, so the PID Playwright stops is the server's.
 */
// FOLIO_E2E_PORT moves both servers (two checkouts testing side by side on one machine).
const PORT = Number(process.env.FOLIO_E2E_PORT || 3100);
const SITE = `http://127.0.0.1:${PORT}`;
const FIXTURE = `http://127.0.0.1:${PORT + 1}`;
// `--project=dev` alone starts its own dev server and needs neither production build.
const args = process.argv.join(' ');
const devOnly = /--project[= ]dev\b/.test(args) && !/--project[= ](site|fixture)\b/.test(args);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testDir: 'e2e/site', use: { baseURL: SITE } },
    { name: 'fixture', testDir: 'e2e/fixture', use: { baseURL: FIXTURE } },
    // Live reload under `npm run dev`: the spec starts its own dev server (FOLIO_DEV_DIST_DIR, default .next-dev-e2e; first free port from 3450).
    { name: 'dev', testDir: 'e2e/dev', timeout: 360_000 },
    // Moving in from al-folio: the spec imports a fixture site, builds it (FOLIO_IMPORT_DIST_DIR, default .next-import) and serves it itself.
    { name: 'importer', testDir: 'e2e/importer', timeout: 120_000 },
  ],
  webServer: devOnly
    ? []
    : [
        {
          command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`,
          url: `${SITE}/about/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        {
          command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT + 1}`,
          url: `${FIXTURE}/about/`,
          env: { FOLIO_DIST_DIR: '.next-fixture', FOLIO_CONTENT_DIR: 'e2e/fixture-content' },
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      ],
});
