import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests that run a real build or export (slow): `npm run test:killed-build`, `npm run test:vercel` and the export cache's (in `npm run export:test`), after the builds in `npm test`. */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['scripts/build-killed.test.ts', 'scripts/export-killed.test.ts', 'scripts/vercel-static.test.ts', 'scripts/export-cache.test.ts'],
    environment: 'node',
    // One at a time: a build and an export never run together in one project (scripts/build-lock.ts).
    fileParallelism: false,
  },
});
