import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../pipeline/load-library.ts';
import { searchTexts } from '../../pipeline/search-texts.ts';
import { cachedThesaurus } from '../../pipeline/thesaurus-cache.ts';
import { searchLexicon } from '../../view/search-lexicon.ts';
import type { LexiconShard } from '../../view/search-words.ts';

/**
 * The search lexicon, one file per first letter (`/search-words/h.json`): the library's words, for correcting a
 * misspelt one, and the thesaurus words that lead to them. The search page fetches only the letters a query uses.
 */
export const getStaticPaths = (async () => {
  const shards = searchLexicon(searchTexts(await getLibrary()), cachedThesaurus());
  return Object.entries(shards).map(([shard, lexicon]) => ({
    params: { shard },
    props: { lexicon },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lexicon: LexiconShard }> = ({ props }) =>
  new Response(JSON.stringify(props.lexicon), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
