import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cardFonts } from './fonts.ts';
import type { CardModel } from './model.ts';

/** Where drawn cards are kept between builds; under node_modules/.cache like other tools' caches, so it is never committed. */
export const OG_CACHE_DIR = resolve('node_modules/.cache/lesson-share/og');

/**
 * The template's version: a hash of the template's, the renderer's and the font planning's source, so any change
 * to how a card is drawn redraws every card, with no version number to remember to bump.
 */
export const TEMPLATE_VERSION = createHash('sha256')
  .update(ownSource('template.ts'))
  .update(ownSource('render.ts'))
  // Which font draws which character, and which characters are left out, is part of how a card is drawn.
  .update(ownSource('card-fonts.ts'))
  .update(ownSource('fallback-fonts.ts'))
  .update(rendererVersion())
  .digest('hex')
  .slice(0, 12);

// Read from the project, not imported as text: the content check's integration loads this module with Node
// alone (a `?raw` import would make Astro load its config through Vite, whose loader is closed before the check runs),
// and once the build has bundled it, it no longer sits beside the files it reads.
function ownSource(file: string): string {
  return readFileSync(resolve('src/pipeline/og', file), 'utf8');
}

// The renderer's own version: an upgrade may draw the same card differently.
function rendererVersion(): string {
  // The package does not export its package.json: read it from beside its entry point.
  const entry = createRequire(resolve('package.json')).resolve('@takumi-rs/core');
  return (
    JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** The cache key of a card: sha256 of what is printed, how it is drawn, and with which font files. */
export function cacheKey(model: CardModel): string {
  return createHash('sha256')
    .update(`${JSON.stringify(model)}\n${TEMPLATE_VERSION}\n${cardFonts().fingerprint}`)
    .digest('hex');
}

/** The cache file of a card. */
export function cacheFile(model: CardModel, dir: string = OG_CACHE_DIR): string {
  return join(dir, `${cacheKey(model)}.png`);
}
