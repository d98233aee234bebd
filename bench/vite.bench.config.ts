import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bench's own pages (`npm run bench` builds them): the bare Cytoscape baseline, bundled and
 * minified the way the product build is, so the two differ only in what they run. The widget page is
 * not built here: it loads the real dist/actor-graph.js.
 */
export default defineConfig({
  root: here('./pages'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('./results/tmp/pages'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    rolldownOptions: {
      input: { bare: here('./pages/bare.html') },
      output: { minify: true },
    },
  },
});
