import type { AstroIntegration } from 'astro';
import { CLIENT_DIRECTIVES } from '../pipeline/client-directives.ts';

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
        // A path, not a file: URL: Astro bundles the entrypoint with esbuild, which reads no URL.
        for (const directive of CLIENT_DIRECTIVES) addClientDirective(directive);
      },
    },
  };
}
