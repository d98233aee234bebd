/**
 * The command line as a bundle for plain `node` (`bin/actor-graph.js` imports build/cli/main.js):
 * Vite's server build of src/cli/main.ts. Dependencies stay in node_modules (resvg is a native module,
 * and the others load faster from there than from a copy), every command's code is a chunk of its
 * own, loaded when the command runs. `npm ci` builds it (the `prepare` script), and so does every test
 * run (tests/core/global-setup.ts), so a stale bundle cannot hide a change in src/.
 */
import { defineConfig } from 'vite';

export const CLI_OUT_DIR = 'build/cli';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    // Stack traces (ACTOR_GRAPH_DEBUG=1) should name our source files.
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
