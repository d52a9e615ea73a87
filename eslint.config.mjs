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
      // <Link> and <Image> are client components: each page would ship their script.
      // Use <a>, and components/ResponsiveImage (getImageProps, rendered on the server).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: 'Use a plain <a>: pages are static documents and next/link ships a router script.' },
            { name: 'next/image', importNames: ['default'], message: 'Use components/ResponsiveImage: next/image <Image> is a client component.' },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', '.next-*/**', '.bench/**', 'bench-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
