import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{lib,components,scripts,client}/**/*.test.ts'],
    // Run real builds: `npm run test:killed-build`, `npm run test:vercel` and `npm run export:test` (vitest.build.config.ts).
    exclude: ['scripts/build-killed.test.ts', 'scripts/export-killed.test.ts', 'scripts/vercel-static.test.ts', 'scripts/export-cache.test.ts', '**/node_modules/**'],
    environment: 'node',
  },
});
