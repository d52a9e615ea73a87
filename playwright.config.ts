import { defineConfig } from '@playwright/test';
import type { Output } from './e2e/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';
import { BASE_PATH, EXPORT, EXPORT_BASE, EXPORT_FIXTURE, FIXTURE, PORTS, SITE } from './e2e/servers';

/**
 * End-to-end tests drive Chromium against `npm start`'s server
 * (scripts/start.ts: `next start` behind Folio's refusal of hostile
 * requests) for two production builds, the shipped content (`npm run
 * build`, in .next) and a fixture site (`npm run build:fixture`, in
 * .next-fixture), and against their static exports served by a plain static
 * host (scripts/serve-static.ts): the same specs (`output: 'export'` where a
 * spec must tell them apart) but those about what a page shows, which
 * e2e/parity/ proves the same in both outputs; and, for the export under a
 * base path, e2e/export/. The server is started directly, so the PID Playwright stops
 * is the server's.
 */
// `--project=dev` and `--project=importer` start their own servers and need neither production build.
const args = process.argv.join(' ');
const devOnly = /--project[= ](dev|importer)\b/.test(args) && !/--project[= ](site|fixture|export\S*|parity)\b/.test(args);
/** Specs about what only a server does: its headers, its answers to odd requests. */
const SERVER_ONLY = ['**/server-*.spec.ts'];
/**
 * Specs about what a page shows (its content, its layout, axe's judgement), which is the same in both
 * outputs: e2e/parity/ proves every page of each export is its server page, body for body. They run
 * against the server only; the export's projects run the rest, about what differs: scripts (menus,
 * search, theme, copy, lightbox), addresses and links, headers and policy, redirects, feeds, services.
 */
const SAME_IN_BOTH_OUTPUTS = ['**/site/about.spec.ts', '**/site/axe.spec.ts', '**/site/layout.spec.ts', '**/site/pages.spec.ts', '**/site/typography.spec.ts', '**/fixture/citations.spec.ts', '**/fixture/cv.spec.ts', '**/fixture/layout.spec.ts', '**/fixture/projects.spec.ts', '**/fixture/repositories.spec.ts', '**/fixture/teaching.spec.ts', '**/fixture/pasted-jsx.spec.ts'];

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
    { name: 'export-site', testDir: 'e2e/site', testIgnore: [...SERVER_ONLY, ...SAME_IN_BOTH_OUTPUTS], use: { baseURL: EXPORT, output: 'export' } },
    { name: 'export-fixture', testDir: 'e2e/fixture', testIgnore: [...SERVER_ONLY, ...SAME_IN_BOTH_OUTPUTS], use: { baseURL: EXPORT_FIXTURE, output: 'export' } },
    // Each export against its server build, page by page (what lets SAME_IN_BOTH_OUTPUTS run once).
    { name: 'parity', testDir: 'e2e/parity' },
    { name: 'export', testDir: 'e2e/export', use: { baseURL: EXPORT_BASE, output: 'export' } },
    // Live reload under `npm run dev`: the spec starts its own dev server (FOLIO_DEV_DIST_DIR, default .next-dev-e2e; first free port from 3450).
    { name: 'dev', testDir: 'e2e/dev', timeout: 360_000 },
    // Moving in from al-folio: the specs serve the corpus runner's exports of imported al-folio sites (FOLIO_CORPUS_EXPORTS,
    // default .corpus-exports; e2e/importer/corpus-exports.ts), which `npm test` makes before them.
    { name: 'importer', testDir: 'e2e/importer', timeout: 120_000 },
  ],
  webServer: devOnly
    ? []
    : [
        {
          command: `node --import tsx scripts/start.ts -H 127.0.0.1 -p ${PORTS.site}`,
          url: `${SITE}/about/`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        {
          command: `node --import tsx scripts/start.ts -H 127.0.0.1 -p ${PORTS.fixture}`,
          url: `${FIXTURE}/about/`,
          env: { FOLIO_DIST_DIR: '.next-fixture', FOLIO_CONTENT_DIR: 'e2e/fixture-content' },
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        staticHost('out', PORTS.export),
        staticHost('out-fixture', PORTS.exportFixture),
        staticHost('out-base', PORTS.exportBase, BASE_PATH),
      ],
});
