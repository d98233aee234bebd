/**
 * `import url from './module.ts?chunk&url'`: the URL of that module built as a chunk of its own,
 * which shares the build's other chunks (scripts/vite/chunk-url.ts).
 */
declare module '*?chunk&url' {
  const url: string;
  export default url;
}

/** The URL of that chunk, then those of the chunks it imports statically (scripts/vite/chunk-url.ts). */
declare module '*?chunk&urls' {
  const urls: readonly string[];
  export default urls;
}

/**
 * The URL of the chunk the build made for a module it imports on demand, then those of the chunks
 * that chunk imports statically; adds no entry to the build (scripts/vite/chunk-url.ts).
 */
declare module '*?chunk&dynamic-urls' {
  const urls: readonly string[];
  export default urls;
}
