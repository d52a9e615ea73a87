import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// <Link> is a client component: each page would ship its script. next/image's
// files come from an image server a static export does not have: images are
// made at build (lib/images/) and shown by components/ResponsiveImage.
const everywhere = [
  { name: 'next/link', message: 'Use a plain <a>: pages are static documents and next/link ships a router script.' },
  { name: 'next/image', message: 'Use components/ResponsiveImage: its files are made at build (lib/images/); next/image needs an image server.' },
  { name: 'next/legacy/image', message: 'Use components/ResponsiveImage: its files are made at build (lib/images/).' },
];

// The layers (README, "How the code is laid out"): lib/ imports nothing
// from components/, and components show the data a page hands them.
const loadsContent = { importNames: ['getContent', 'loadOptions'], message: 'Components do not load content: the page (app/) passes the data in as props.' };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Folio's pages are prerendered documents: plain links cost no script and
      // no prefetching, and a page load of static HTML is fast.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: everywhere }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...everywhere, { name: '@/lib/content', ...loadsContent }] }],
    },
  },
  {
    files: ['lib/**'],
    // Tests may render what the layer feeds (a feed's body through its components).
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: everywhere,
          patterns: [{ group: ['@/components/*', '**/components/*'], message: 'lib/ imports nothing from components/: components show what lib/ makes, handed in by the page.' }],
        },
      ],
    },
  },
  {
    // No import cycle: a module loads after everything it imports, and the
    // layers (README, "How the code is laid out") stack. Type-only imports
    // do not count (they vanish from the build). Modules of node_modules are
    // not parsed for it (\`import/ignore\`), which keeps the rule fast.
    // The files eslint-config-next gives the import plugin (a CommonJS .cjs has none).
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    settings: { 'import/ignore': ['node_modules'] },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'out-*/**', '.corpus-exports/**', 'screenshots/**', '.bench/**', 'bench-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
