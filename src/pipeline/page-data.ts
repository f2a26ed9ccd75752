import type { PaginateFunction } from 'astro';
import { site } from '../../site.config.ts';
import { backlinkListPaths as backlinkListPages } from '../page-data/backlink-list.ts';
import type { PageInputs } from '../page-data/types.ts';
import type { EntryKind } from '../schemas/collections.ts';
import { BUILD_DATE } from './build-date.ts';
import { getHistory } from './git-history.ts';
import { getFacts } from './load-facts.ts';
import { getLibrary } from './load-library.ts';
import { entryPageKey, pageKey } from './page-keys.ts';

/** What the page-data builders (`src/page-data/`) read: the library, its facts, git history, the build date, the config. */
export async function pageInputs(): Promise<PageInputs> {
  const [library, facts] = await Promise.all([getLibrary(), getFacts()]);
  return { library, facts, history: getHistory(), date: BUILD_DATE, site };
}

/**
 * An entry route's `getStaticPaths`: one page per entry, keyed for the incremental build by
 * everything it shows. The page itself is built when rendered, so an unchanged page costs only its key.
 */
export const entryPaths = (kind: EntryKind) => pathsOf(kind, 'slug');

/** The author route's `getStaticPaths`, keyed like an entry's by everything the page shows. */
export const authorPaths = () => pathsOf('authors', 'id');

// One page per entry or author, under the route's parameter name, with its page key.
async function pathsOf(collection: EntryKind | 'authors', param: 'slug' | 'id') {
  const library = await getLibrary();
  return library[collection].map((entry) => ({
    params: { [param]: entry.id },
    props: { id: entry.id },
    cacheKey: entryPageKey(library, collection, entry.id),
  }));
}

/** The previewed lists' route's `getStaticPaths`: each page keyed by the cards it shows, since Astro copies the rest. */
export async function backlinkListPaths(paginate: PaginateFunction) {
  const library = await getLibrary();
  return backlinkListPages({ library }, paginate).map((path) => ({
    ...path,
    cacheKey: pageKey(path.props, library.cards(path.props.list.kind, path.props.page.data)),
  }));
}
