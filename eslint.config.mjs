import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'tmp/**',
      '.bench/**',
      'public/sw.js',
      'public/enhance/**',
    ],
  }, // public/: built by scripts/build-enhance.mjs
  // Layers: app -> components -> lib, never backwards. lib is data and logic any layer may use; it must not
  // reach up into components or routes, and components must not reach into routes.
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*'],
              message: 'lib must not import from components or app (app -> components -> lib): move the shared code or type into lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '**/app/*'], message: 'components must not import from app (app -> components -> lib).' }] },
      ],
    },
  },
];
export default config;
