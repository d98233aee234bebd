import { dirname, posix, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

const URL_QUERY = '?chunk&url';
const URLS_QUERY = '?chunk&urls';
const MARK = /(["'`])__chunk_imports_([\w$-]+)__\1/g;

/**
 * `import url from './module.ts?chunk&url'`: the URL of `module.ts` as a chunk of the same build,
 * for code that loads it itself: the loader's `import(url)` of the widget, `new Worker(url)` for the
 * layout worker. Each such module is one more entry of the build, so it shares its chunks with the
 * others: the worker imports the widget's Cytoscape, fcose, graphology and core instead of repeating
 * them (Vite bundles a `?worker` in a build of its own, where nothing is shared: the worker repeated
 * 220 kB gzipped of the widget), and the loader, which then has no `import('…')` of its own, needs no
 * preload helper (a chunk more to fetch before the loader could run, once shared).
 *
 * `import urls from './module.ts?chunk&urls'`: the same URL first, then those of every chunk that
 * chunk imports statically (and those import), so that the loader can ask for all of them at once
 * instead of level by level (a module's imports are only fetched once it has arrived).
 *
 * In a build the URLs are the bundler's (relative to the importing chunk); on the dev server, the
 * module's own URL, which it serves transformed (and whose imports it serves one by one). Declared
 * for TypeScript in components/shared/chunk-url.d.ts.
 */
export function chunkUrl(root = process.cwd()): Plugin {
  let serving = false;
  return {
    name: 'actor-graph:chunk-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      const query = [URL_QUERY, URLS_QUERY].find((q) => source.endsWith(q));
      if (!query) return null;
      const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${query}` : null;
    },
    load(id) {
      const query = [URL_QUERY, URLS_QUERY].find((q) => id.endsWith(q));
      if (!query) return null;
      const file = id.slice(0, -query.length);
      if (serving) {
        const url = `new URL(${JSON.stringify(`/${relative(root, file)}`)}, import.meta.url).href`;
        return `export default ${query === URLS_QUERY ? `[${url}]` : url};`;
      }
      const name = file.split('/').pop()!.replace(/\.ts$/, '');
      // Whoever loads it by URL uses no export of it.
      const reference = this.emitFile({ type: 'chunk', id: resolve(file), name, preserveSignature: false });
      const url = `import.meta.ROLLUP_FILE_URL_${reference}`;
      return query === URL_QUERY
        ? `export default ${url};`
        : `export default [${url}, "__chunk_imports_${reference}__"].flat();`;
    },
    renderChunk(code, chunk, _options, meta) {
      if (!MARK.test(code)) return null;
      const from = dirname(chunk.fileName);
      const replaced = code.replace(MARK, (_mark, _quote, reference: string) => {
        const urls = staticImports(meta.chunks, this.getFileName(reference)).map((file) => {
          const path = posix.relative(from, file);
          return `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`;
        });
        return `[${urls.join(', ')}]`;
      });
      return { code: replaced, map: null };
    },
  };
}

/** Every chunk `fileName` imports statically, directly or through others, in the order found. */
function staticImports(
  chunks: Record<string, { imports: readonly string[]; dynamicImports: readonly string[] }>,
  fileName: string,
): string[] {
  const found = new Set<string>();
  const visit = (name: string): void => {
    const chunk = chunks[name];
    // Rolldown lists a dynamic import among `imports` too, at this stage.
    for (const file of chunk?.imports.filter((f) => !chunk.dynamicImports.includes(f)) ?? []) {
      if (found.has(file)) continue;
      found.add(file);
      visit(file);
    }
  };
  visit(fileName);
  found.delete(fileName);
  return [...found];
}
