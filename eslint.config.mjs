// npm run lint: ESLint's and typescript-eslint's recommended rules (mistakes, not style) over the
// TypeScript sources, the tests and the bench.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.bench/', '.e2e/', '.scratch/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // An argument or binding named _x is unused on purpose (a callback's shape, a skipped element).
      // `a() || b()` tries one candidate after another (the formulation rule's near misses).
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
      // A full-width space (U+3000) is ordinary in a Chinese document, and so in the tests' patterns.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
