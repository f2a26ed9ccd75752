import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates the island on its first use (focus, a key, a press), or at once when the address has a query. */
    'client:interaction'?: boolean;
  }
}

/** Registers `client:interaction` (interaction-directive.client.ts): an island whose code loads when the reader first uses it. */
export default function interactionDirective(): AstroIntegration {
  return {
    name: 'lesson-share:interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          // A path: Astro bundles the entrypoint with esbuild, which reads no file: URL.
          entrypoint: fileURLToPath(new URL('./interaction-directive.client.ts', import.meta.url)),
        });
      },
    },
  };
}
