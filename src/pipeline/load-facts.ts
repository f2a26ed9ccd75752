import type { LibraryFacts } from '../domain/learning-loop/facts.ts';
import { toFacts } from '../page-data/facts.ts';
import { getLibrary } from './load-library.ts';

let cached: Promise<LibraryFacts> | undefined;

/** The facts, computed once per build (again on every request in dev). */
export function getFacts(): Promise<LibraryFacts> {
  if (import.meta.env.DEV) return getLibrary().then(toFacts);
  return (cached ??= getLibrary().then(toFacts));
}
