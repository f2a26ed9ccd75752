import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts } from './fonts.ts';
import type { CardModel } from './model.ts';
import { CARD_SIZE, cardElement } from './template.ts';

/** Draws one card: satori lays it out as SVG with the text as paths, resvg rasterises that to PNG. */
export async function renderCard(model: CardModel): Promise<Buffer> {
  const svg = await satori(cardElement(model), { ...CARD_SIZE, fonts: cardFonts().fonts });
  // satori turned every glyph into a path, so resvg needs no fonts; scanning the system's would only cost time.
  // renderAsync rasterises on libuv's thread pool, so the next card's layout can run meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}
