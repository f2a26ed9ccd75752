// The project's own Astro client directives, and the inline script Astro writes on a page for each.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Each directive the site registers (`client:<name>`), with the module that runs in the browser. */
export const CLIENT_DIRECTIVES = [
  {
    name: 'interaction',
    entrypoint: fileURLToPath(
      new URL('../integrations/interaction-directive.client.ts', import.meta.url),
    ),
  },
] as const;

/**
 * The inline scripts Astro writes for our directives, so the security policy can allow them by hash without reading
 * a page. Astro bundles a directive with this same esbuild call (astro/dist/core/client-directive/build.js, which
 * Astro does not export); should its wrapper ever change, the build's search for undeclared inline scripts stops the
 * build, so the policy can never allow a script it was not told of.
 */
export async function clientDirectiveScripts(): Promise<string[]> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return Promise.all(
    CLIENT_DIRECTIVES.map(async ({ name, entrypoint }) => {
      const output = await build({
        stdin: {
          contents: `import directive from ${JSON.stringify(entrypoint)};

(self.Astro || (self.Astro = {}))[${JSON.stringify(name)}] = directive;

window.dispatchEvent(new Event('astro:' + ${JSON.stringify(name)}));`,
          resolveDir: root,
        },
        absWorkingDir: root,
        format: 'iife',
        minify: true,
        bundle: true,
        write: false,
      });
      return output.outputFiles[0]?.text ?? '';
    }),
  );
}
