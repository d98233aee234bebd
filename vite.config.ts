/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  // The datasets, their schema and source texts are served as they are, so a dataset's relative
  // `$schema` and source `file` paths resolve the same in the repo, on the dev server and in dist/.
  publicDir: 'graph-data',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium per file is plenty on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
