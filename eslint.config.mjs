import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Article bodies and ends are written into their pages after `next build` (scripts/fill-article-pages.ts),
      // so the RSC payload a client-side navigation renders lacks them: every page is reached by
      // a full page load through a plain <a>.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use a plain <a>: article bodies are not in the RSC payload, so pages must load in full.' }] }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
