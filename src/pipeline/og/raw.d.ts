// Vite's `?raw` suffix imports a file's text; declared here because astro/client does not.
declare module '*?raw' {
  const source: string;
  export default source;
}
