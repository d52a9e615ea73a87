import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Folio's pages are prerendered documents: plain links cost no script and
      // no prefetching, and a page load of static HTML is fast.
      '@next/next/no-html-link-for-pages': 'off',
      // <Link> is a client component: each page would ship its script. next/image's
      // files come from an image server a static export does not have: images are
      // made at build (lib/images/) and shown by components/ResponsiveImage.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: 'Use a plain <a>: pages are static documents and next/link ships a router script.' },
            { name: 'next/image', message: 'Use components/ResponsiveImage: its files are made at build (lib/images/); next/image needs an image server.' },
            { name: 'next/legacy/image', message: 'Use components/ResponsiveImage: its files are made at build (lib/images/).' },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', '.next-*/**', '.bench/**', 'bench-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
