// Every inline script and style the build writes, declared here: the Content-Security-Policy trusts these and
// nothing else. The policy is never computed from the built pages, where a contributor's text could stand.
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { clientDirectiveScripts } from './client-directives.ts';
import {
  NEAREST_PAGES,
  SHORTCUT_AND_TOGGLE,
  THEME_BEFORE_PAINT,
  siteUrlStyle,
} from '../view/inline-scripts.ts';

/** The text of each inline script and style a page may carry. */
export interface InlineAssets {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The inline scripts and styles of this build: ours (src/view/inline-scripts.ts), Astro's island runtime and its
 * hydration directives and ours (src/pipeline/client-directives.ts; written before a page's first island, exactly as Astro ships them), and the island style.
 * `extra` declares more (a feed stylesheet's, say): a new inline asset is one entry here, never a hash found in output.
 */
export async function declaredInline(
  siteUrl: string,
  extra: Partial<InlineAssets> = {},
): Promise<InlineAssets> {
  return {
    scripts: [
      THEME_BEFORE_PAINT,
      SHORTCUT_AND_TOGGLE,
      NEAREST_PAGES,
      islandScript,
      idle,
      load,
      media,
      only,
      visible,
      ...(await clientDirectiveScripts()),
      ...(extra.scripts ?? []),
    ],
    styles: [ISLAND_STYLES, siteUrlStyle(siteUrl), ...(extra.styles ?? [])],
  };
}
