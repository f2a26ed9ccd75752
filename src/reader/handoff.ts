import type { CheckedEntry } from './read-entries.ts';
import type { RenderedBody } from '../markdown/render.ts';
import type { CollectionName } from '../schemas/index.ts';

/** A body as the content check parsed and rendered it, with the exact text it read. */
export interface CheckedBody {
  text: string;
  rendered: RenderedBody;
  /** A pattern's known uses, counted on the same parse. */
  knownUses?: number | undefined;
}

/** The library as the content check read it: every entry, and every body it rendered (by file, relative to the project root). */
export interface CheckedLibrary {
  entries: readonly CheckedEntry[];
  bodies: ReadonlyMap<string, CheckedBody>;
}

// The check runs in an integration and the loader in Vite's module graph: two module instances, one process.
const KEY = Symbol.for('lesson-share:checked-library');
const shelf = globalThis as typeof globalThis & { [KEY]?: CheckedLibrary };

/** Leaves the library the check read for the content loader, which then neither reads nor parses a file again. */
export function handOverLibrary(library: CheckedLibrary): void {
  shelf[KEY] = library;
}

/** Lets the library go once the content store holds it: at ten thousand entries it is a few hundred megabytes. */
export function releaseLibrary(): void {
  delete shelf[KEY];
}

/** One collection's entries as the check read them, if it ran in this process. */
export function checkedEntries(collection: CollectionName): CheckedEntry[] | undefined {
  return shelf[KEY]?.entries.filter((entry) => entry.collection === collection);
}

/** The check's rendering of a file, if it read exactly this text. */
export function checkedBody(file: string, text: string): CheckedBody | undefined {
  const body = shelf[KEY]?.bodies.get(file);
  return body?.text === text ? body : undefined;
}
