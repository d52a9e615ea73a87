import { defineConfig } from '@playwright/test';
import type { Output } from './e2e/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

/**
 * End-to-end tests drive Chromium against `npm start`'s server
 * (scripts/start.ts: `next start` behind Folio's refusal of hostile
 * requests) for two production builds, the shipped content (`npm run
 * build`, in .next) and a fixture site (`npm run build:fixture`, in
 * .next-fixture), and against their static exports served by a plain static
 * host (scripts/serve-static.ts): the same specs (`output: 'export'` where a
 * spec must tell them apart), and, for the export under a base path,
 * e2e/export/. The server is started directly, so the PID Playwright stops
 * is the server's.
 */
// FOLIO_E2E_PORT moves every server (two checkouts testing side by side on one machine).
const PORT = Number(process.env.FOLIO_E2E_PORT || 3100);
const SITE = `http://127.0.0.1:${PORT}`;
const FIXTURE = `http://127.0.0.1:${PORT + 1}`;
const EXPORT = `http://127.0.0.1:${PORT + 2}`;
const EXPORT_FIXTURE = `http://127.0.0.1:${PORT + 3}`;
/** The shipped site exported under a base path, as a GitHub project page is (`npm run export:test`). */
const BASE_PATH = '/folio-test';
const EXPORT_BASE = `http://127.0.0.1:${PORT + 4}${BASE_PATH}/`;
// `--project=dev` and `--project=importer` start their own servers and need neither production build.
const args = process.argv.join(' ');
const devOnly = /--project[= ](dev|importer)\b/.test(args) && !/--project[= ](site|fixture|export\S*)\b/.test(args);
/** Specs about what only a server does: its headers, its answers to odd requests. */
const SERVER_ONLY = ['**/server-*.spec.ts'];

/** A static host for an exported folder; ready when it listens (the folder may not exist before `npm run export`). */
const staticHost = (folder: string, port: number, base = '') => ({
  command: `node_modules/.bin/tsx scripts/serve-static.ts ${folder} --port ${port}${base ? ` --base ${base}` : ''}`,
  port,
  reuseExistingServer: !process.env.CI,
  timeout: 30_000,
});

export default defineConfig<{ output: Output }>({
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
    { name: 'export-site', testDir: 'e2e/site', testIgnore: SERVER_ONLY, use: { baseURL: EXPORT, output: 'export' } },
    { name: 'export-fixture', testDir: 'e2e/fixture', testIgnore: SERVER_ONLY, use: { baseURL: EXPORT_FIXTURE, output: 'export' } },
    { name: 'export', testDir: 'e2e/export', use: { baseURL: EXPORT_BASE, output: 'export' } },
    // Live reload under `npm run dev`: the spec starts its own dev server (FOLIO_DEV_DIST_DIR, default .next-dev-e2e; first free port from 3450).
    { name: 'dev', testDir: 'e2e/dev', timeout: 360_000 },
    // Moving in from al-folio: import.spec.ts imports a fixture site, builds it (FOLIO_IMPORT_DIST_DIR, default .next-import) and serves it
    // itself; old-addresses.spec.ts serves the corpus runner's exports (FOLIO_CORPUS_EXPORTS, default .corpus-exports).
    { name: 'importer', testDir: 'e2e/importer', timeout: 120_000 },
  ],
  webServer: devOnly
    ? []
    : [
        {
          command: `node --import tsx scripts/start.ts -H 127.0.0.1 -p ${PORT}`,
          url: `${SITE}/about/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        {
          command: `node --import tsx scripts/start.ts -H 127.0.0.1 -p ${PORT + 1}`,
          url: `${FIXTURE}/about/`,
          env: { FOLIO_DIST_DIR: '.next-fixture', FOLIO_CONTENT_DIR: 'e2e/fixture-content' },
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        staticHost('out', PORT + 2),
        staticHost('out-fixture', PORT + 3),
        staticHost('out-base', PORT + 4, BASE_PATH),
      ],
});
