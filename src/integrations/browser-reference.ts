import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const BROWSER_REFERENCE = fileURLToPath(
  new URL('../schemas/reference-browser.ts', import.meta.url),
);

/**
 * Gives the browser's copy of the schemas Astro's `reference()` without Astro's content runtime, which would put
 * the whole content store into the client build (src/schemas/reference-browser.ts). The server keeps Astro's own.
 */
export default function browserReference(): AstroIntegration {
  return {
    name: 'lesson-share:browser-reference',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lesson-share:browser-reference',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.name === 'client',
                resolveId: (id) => (id === 'astro/content/runtime' ? BROWSER_REFERENCE : null),
              },
            ],
          },
        });
      },
    },
  };
}
