import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'data',
      'test-results',
      'playwright-report',
      'bench/results',
      '.e2e-dist',
      '.test-reports',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // All of src/ (tests too) uses zod/mini (tree-shakable) through src/api/schemas/zod.ts, which
    // also registers zod's English messages. Never classic zod (~24 kB gzip, not tree-shakable):
    // zod's core modules share one chunk with the API layer, so one classic import anywhere puts
    // what classic needs from them on every page. zod/mini itself only in src/api/schemas/zod.ts.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4/mini', 'zod/v4-mini'].map(
            (name) => ({
              name,
              message: "src/ uses zod/mini through import { z } from 'src/api/schemas/zod.ts'.",
            }),
          ),
          patterns: [
            {
              group: ['zod/v4/classic*', 'zod/v3/*', 'zod/v4/mini/*'],
              message: "src/ uses zod/mini through import { z } from 'src/api/schemas/zod.ts'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
  },
);
