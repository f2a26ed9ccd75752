import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../pipeline/load-library.ts';
import {
  allRecords,
  facetGroups,
  isOpenFacet,
  type FacetOption,
} from '../../view/search-facets.ts';

/**
 * Every value of each open facet (`/search-facet/author.json`), with its count: the search page carries only
 * the most used, and fetches the rest when a reader asks for all of them.
 */
export const getStaticPaths = (async () =>
  facetGroups(allRecords(await getLibrary()), Infinity)
    .filter((group) => isOpenFacet(group.key))
    .map((group) => ({
      params: { key: group.key },
      props: { options: group.options },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ options: FacetOption[] }> = ({ props }) =>
  new Response(JSON.stringify(props.options), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
