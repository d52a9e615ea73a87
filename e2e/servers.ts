/**
 * Where the end-to-end servers listen (playwright.config.ts starts them):
 * `npm start` for the shipped site's build and the fixture site's, and a
 * static host for each export. FOLIO_E2E_PORT moves every one of them (two
 * checkouts testing side by side on one machine).
 */
const PORT = Number(process.env.FOLIO_E2E_PORT || 3100);
const at = (port: number) => `http://127.0.0.1:${port}`;

export const SITE = at(PORT);
export const FIXTURE = at(PORT + 1);
export const EXPORT = at(PORT + 2);
export const EXPORT_FIXTURE = at(PORT + 3);
/** The shipped site exported under a base path, as a GitHub project page is (`npm run export:base`). */
export const BASE_PATH = '/folio-test';
export const EXPORT_BASE = `${at(PORT + 4)}${BASE_PATH}/`;
export const PORTS = { site: PORT, fixture: PORT + 1, export: PORT + 2, exportFixture: PORT + 3, exportBase: PORT + 4 };

/** Each site's two outputs of one content: the server build and the static export. */
export const OUTPUTS = [
  { name: 'the shipped site', server: SITE, exported: EXPORT },
  { name: 'the fixture site', server: FIXTURE, exported: EXPORT_FIXTURE },
] as const;
