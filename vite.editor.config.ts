import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The Edit page (edit.html, the review editor), built after the main build into the same dist/. A
 * build of its own, so it shares no chunk with the widget: an entry in the main build would move
 * the modules both use (Lit, the validator) out of the widget's chunk into a shared one, and the
 * widget would load one more file. Here they are bundled again for the editor; the widget's files
 * are exactly what they were without it.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    // The main build wrote dist/ first; this adds to it.
    emptyOutDir: false,
    rolldownOptions: {
      input: { edit: resolve('edit.html') },
      output: {
        minify: true,
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/edit-[name]-[hash].js',
      },
    },
  },
});
