/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineStartScript } from './scripts/vite/inlineStartScript.ts';
import { preloadRouteChunks } from './scripts/vite/preloadRouteChunks.ts';

// react-router 7's package exports resolve to its development build in every mode
// (remix-run/react-router#14102): a production build takes the production files instead
// (smaller, without development warnings).
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    inlineStartScript('src/app/startScript.ts'),
    preloadRouteChunks({ '/targets': 'src/features/targets/pages/TargetsPage.tsx' }),
  ],
  resolve:
    command === 'build'
      ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] }
      : {},
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Shared modules under 16 kB are copied into the chunks that use them rather than split
        // into chunks of their own: the targets page loaded 32 files, most under 2 kB, over the
        // browser's 6 connections, and its grid was interactive ~60 ms later (npm run bench).
        // Now 8 files; +1.6 kB gzip from the copies. Experimental in rolldown 1.2, so it also
        // turns on strictExecutionOrder (modules run in source order whatever their chunk).
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: 16_384 } },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
    ],
  },
}));
