/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineStartScript } from './scripts/vite/inlineStartScript.ts';
import { preloadRouteChunks } from './scripts/vite/preloadRouteChunks.ts';
import { appBase } from './scripts/vite/appBase.ts';

// react-router 7's package exports resolve to its development build in every mode
// (remix-run/react-router#14102): a production build takes the production files instead
// (smaller, without development warnings).
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ command }) => ({
  // Served under a path of a site (FLOWDESK_BASE=/flowdesk/): the files, the pages (the router's
  // basename) and the sandbox API (api/http/appPath) all go under it. README, 'Under a path'.
  base: appBase(process.env.FLOWDESK_BASE),
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
        // browser's 6 connections, and its grid was interactive later for it (npm run bench:
        // 440 ms with them, 405 ms at 2130ad8, 10 files, a few kB more gzip from the copies).
        // Rolldown runs modules in source order whatever their chunk for this
        // (strictExecutionOrder, which it turns on itself).
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
