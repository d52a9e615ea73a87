import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{lib,components,scripts,client}/**/*.test.ts'],
    // Runs a real build: `npm run test:killed-build` (vitest.build.config.ts).
    exclude: ['scripts/build-killed.test.ts', '**/node_modules/**'],
    environment: 'node',
  },
});
