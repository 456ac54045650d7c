import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const zodMessage = "src/ uses zod/mini through import { z } from 'src/api/schemas/zod.ts'.";
const zodPaths = ['zod', 'zod/v4', 'zod/v3', 'zod/mini', 'zod/v4/mini', 'zod/v4-mini'].map(
  (name) => ({ name, message: zodMessage }),
);
const zodPatterns = [
  { group: ['zod/v4/classic*', 'zod/v3/*', 'zod/v4/mini/*'], message: zodMessage },
];

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
          paths: zodPaths,
          patterns: zodPatterns,
        },
      ],
    },
  },
  {
    // The targets page (10,000 rows) and the shell load only what they show: the src/ui barrel
    // re-exports every Radix primitive, and one import of it put ~45 kB gzip of menus, selects and
    // dialogs into the targets page's first load. Import the component's own file instead.
    // (Rule options are not merged across blocks: the zod rule above is repeated here.)
    files: ['src/features/targets/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: zodPaths,
          patterns: [
            ...zodPatterns,
            {
              group: ['**/ui/index.ts', '**/ui/index'],
              message:
                "Import the component's own file from src/ui (e.g. '../../ui/Button.tsx'): the src/ui barrel loads every Radix primitive with the page.",
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
