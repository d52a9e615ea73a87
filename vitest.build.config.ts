import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests that run a real build (slow): `npm run test:killed-build`, after the builds in `npm test`. */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['scripts/build-killed.test.ts'], environment: 'node' },
});
