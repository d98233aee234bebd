import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bench's own pages (`npm run bench` builds them), bundled and minified the way the product build
 * is, so that they differ from it only in what they run. The widget page is not built here: it loads
 * the real dist/actor-graph.js.
 *
 * - default mode: the bare Cytoscape baseline (`pages/bare.html`) into results/tmp/pages/;
 * - `--mode floor`: the weight floor (`pages/floor.ts`: the four libraries alone, every export kept)
 *   into results/tmp/floor/. A build of its own, so the bare page keeps a single chunk of its own.
 */
export default defineConfig(({ mode }) => {
  const floor = mode === 'floor';
  return {
    root: here('./pages'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: here(floor ? './results/tmp/floor' : './results/tmp/pages'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      modulePreload: false,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: {
        input: floor
          ? ({ floor: here('./pages/floor.ts') } as Record<string, string>)
          : { bare: here('./pages/bare.html') },
        // The floor's exports are what it weighs: an entry keeps them all.
        ...(floor ? { preserveEntrySignatures: 'strict' as const } : {}),
        output: { minify: true },
      },
    },
  };
});
