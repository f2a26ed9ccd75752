// The sharing cards: what a card shows (model), how it is drawn (template, render) and kept (key, cache, pool).
export { cardImage, cacheStats, type CardImageOptions } from './cache.ts';
export { cacheFile, cacheKey, OG_CACHE_DIR, TEMPLATE_VERSION } from './key.ts';
export { modelFor } from './entry-model.ts';
export {
  cardModel,
  OG_KINDS,
  type CardKind,
  type CardModel,
  type CardSource,
  type OgKind,
} from './model.ts';
export { pageCards, type PageCard } from './page-cards.ts';
export { poolStats, warmCards } from './pool.ts';
export { renderCard } from './render.ts';
export { digestCardUrl, ogImageUrl, pageCardUrl, tagCardUrl } from '../../view/urls.ts';
