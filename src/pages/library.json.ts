import type { APIRoute } from 'astro';
import { site } from '../../site.config.ts';
import { entriesOf } from '../page-data/library.ts';
import { getLibrary } from '../pipeline/load-library.ts';
import { toFrontmatterValue } from '../view/json-export.ts';
import { absoluteUrl, entryUrl, SITE_URL } from '../view/urls.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { withoutControls } from '../markdown/plain-text.ts';

/** The whole library as data: every entry's fields (as written in frontmatter) and its URL, for reuse. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const entries = entriesOf(library, COLLECTIONS).map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    url: absoluteUrl(entryUrl(entry.collection, entry.id)),
    data: toFrontmatterValue(entry.data),
  }));
  const body = {
    name: site.title,
    description: site.description,
    url: SITE_URL,
    license: { name: site.licence.name, spdx: site.licence.spdx, url: site.licence.url },
    entries,
  };
  return new Response(
    JSON.stringify(
      body,
      (_, value: unknown) => (typeof value === 'string' ? withoutControls(value) : value),
      1,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
