/** `import url from './module?chunk-url'` (src/build/chunk-url.ts): the URL of that module's own chunk. */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
