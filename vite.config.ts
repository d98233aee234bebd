/// <reference types="vitest/config" />
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { chunkUrl } from './scripts/vite/chunk-url.ts';
import { minifyLitCss } from './scripts/vite/minify-css.ts';
import { slimSchema } from './scripts/vite/slim-schema.ts';

/**
 * The datasets, their schema and source texts go into dist/graph-data as they are, so a dataset's
 * relative `$schema` and source `file` paths resolve the same in the repo, on the dev server (which
 * serves the repo root) and in dist/. Not Vite's public dir: the validator imports the schema, and
 * Vite refuses imports from the public dir.
 */
function copyGraphData(): Plugin {
  return {
    name: 'actor-graph:copy-graph-data',
    apply: 'build',
    closeBundle() {
      cpSync('graph-data', 'dist/graph-data', { recursive: true });
    },
  };
}

export default defineConfig({
  // Relative URLs everywhere: an author copies dist/ to any folder and it works from there.
  base: './',
  publicDir: false,
  plugins: [
    copyGraphData(),
    chunkUrl(),
    slimSchema(/\/graph-data\/schema\.json$/),
    minifyLitCss(/\/components\/.+\.ts$/),
  ],
  // Module workers: the layout worker imports the widget's chunks (see chunkUrl).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Preloading would add <link> elements to the host page's <head> (and its polyfill is an inline
    // script, which a strict CSP blocks); the loader imports the widget itself when it is needed.
    modulePreload: false,
    rolldownOptions: {
      input: {
        // The one file an author embeds: it registers <actor-graph> and loads the rest beside itself.
        'actor-graph': resolve('components/actor-graph/actor-graph.ts'),
        index: resolve('index.html'),
        embed: resolve('embed.html'),
        blog: resolve('demo/blog.html'),
      },
      output: {
        minify: true,
        entryFileNames: (chunk) =>
          chunk.name === 'actor-graph' ? 'actor-graph.js' : 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts'],
          // Builds the CLI bundle that the tests running the real process start.
          globalSetup: ['tests/core/global-setup.ts'],
          // Rendering PNGs and starting processes takes seconds on a busy 2-core machine.
          testTimeout: 30_000,
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
