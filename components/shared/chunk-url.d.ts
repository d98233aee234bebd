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
