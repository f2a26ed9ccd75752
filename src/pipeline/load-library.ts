import { getCollection } from 'astro:content';
import { COLLECTIONS } from '../schemas/collections.ts';
import { libraryOf, type Library, type LibraryEntries } from '../page-data/library.ts';

async function load(): Promise<Library> {
  const loaded = await Promise.all(COLLECTIONS.map(async (c) => [c, await getCollection(c)]));
  return libraryOf(Object.fromEntries(loaded) as LibraryEntries);
}

let cached: Promise<Library> | undefined;

/** The library, loaded once per build (reloaded on every request in dev, where files change). */
export function getLibrary(): Promise<Library> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

// The library's type lives with the pure code that builds it; build machinery that reads it imports it from here.
export type { Library } from '../page-data/library.ts';
