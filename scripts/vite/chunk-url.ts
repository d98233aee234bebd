import { dirname, posix, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

const URL_QUERY = '?chunk&url';
const URLS_QUERY = '?chunk&urls';
const DYNAMIC_QUERY = '?chunk&dynamic-urls';
const QUERIES = [URL_QUERY, URLS_QUERY, DYNAMIC_QUERY];
const MARK = /(["'`])__chunk_imports_([\w$-]+)__\1/g;
const DYNAMIC_MARK = /(["'`])__chunk_dynamic_([0-9a-f]+)__\1/g;

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
 * `import urls from './module.ts?chunk&dynamic-urls'`: the same list for a module that the build
 * already imports on demand somewhere (`import('./module.ts')`), for code that wants to ask for it
 * early: the URLs of the chunk the bundler made for it and of its static imports. It adds no entry,
 * so the build's chunks stay as they are (a `?chunk&urls` of it would be an entry more, and the
 * bundler would split the shared code differently); the build fails if no chunk was made for it.
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
      const query = QUERIES.find((q) => source.endsWith(q));
      if (!query) return null;
      const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${query}` : null;
    },
    load(id) {
      const query = QUERIES.find((q) => id.endsWith(q));
      if (!query) return null;
      const file = id.slice(0, -query.length);
      if (serving) {
        const url = `new URL(${JSON.stringify(`/${relative(root, file)}`)}, import.meta.url).href`;
        return `export default ${query === URL_QUERY ? url : `[${url}]`};`;
      }
      // Found by its module once the chunks are made (renderChunk); hex keeps the path a word.
      if (query === DYNAMIC_QUERY)
        return `export default "__chunk_dynamic_${Buffer.from(resolve(file)).toString('hex')}__";`;
      const name = file.split('/').pop()!.replace(/\.ts$/, '');
      // Whoever loads it by URL uses no export of it.
      const reference = this.emitFile({ type: 'chunk', id: resolve(file), name, preserveSignature: false });
      const url = `import.meta.ROLLUP_FILE_URL_${reference}`;
      return query === URL_QUERY
        ? `export default ${url};`
        : `export default [${url}, "__chunk_imports_${reference}__"].flat();`;
    },
    renderChunk(code, chunk, _options, meta) {
      MARK.lastIndex = DYNAMIC_MARK.lastIndex = 0;
      if (!MARK.test(code) && !DYNAMIC_MARK.test(code)) return null;
      const from = dirname(chunk.fileName);
      const urlOf = (file: string): string => {
        const path = posix.relative(from, file);
        return `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`;
      };
      const replaced = code
        .replace(MARK, (_mark, _quote, reference: string) => {
          const urls = staticImports(meta.chunks, this.getFileName(reference)).map(urlOf);
          return `[${urls.join(', ')}]`;
        })
        .replace(DYNAMIC_MARK, (_mark, _quote, hex: string) => {
          const module = Buffer.from(hex, 'hex').toString();
          const made = Object.values(meta.chunks).find((c) => c.facadeModuleId === module);
          if (!made) this.error(`${module} has no chunk of its own: nothing imports it with import().`);
          return `[${[made.fileName, ...staticImports(meta.chunks, made.fileName)].map(urlOf).join(', ')}]`;
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
