import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { withCardFonts } from './card-fonts.ts';
import { cardFonts } from './fonts.ts';
import type { CardModel } from './model.ts';
import { CARD_SIZE, cardElement } from './template.ts';

let renderer: Promise<Renderer> | undefined;

// One renderer per thread, its fonts registered once: registering parses every face.
function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const instance = new Renderer();
    for (const font of cardFonts().fonts) await instance.registerFont(font);
    return instance;
  })();
  return renderer;
}

/** Draws one card: takumi lays out the element tree and rasterises it to PNG in one native call. */
export async function renderCard(model: CardModel): Promise<Buffer> {
  const instance = await cardRenderer();
  // Text in other scripts registers its fallback fonts first; a Latin card returns at once.
  const card = await withCardFonts(instance, model);
  const { node } = await fromJsx(cardElement(card.model, card.families));
  return instance.render(node, { ...CARD_SIZE, format: 'png' });
}
