/** Anything with a publication date. */
interface Dated {
  data: { published: Date };
  id: string;
}

/** Newest first; ties broken by id so the order never changes between builds. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

// One collator for every comparison: localeCompare with options sets one up per call.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Alphabetical by a label, in the reader's collation. */
export function byLabel<T>(entries: readonly T[], label: (entry: T) => string): T[] {
  return [...entries].sort((a, b) => collator.compare(label(a), label(b)));
}

/**
 * A short list from a long one: the `limit` entries that weigh most (the earlier of equals),
 * in label order; every entry, in label order, when they all fit.
 */
export function heaviestByLabel<T>(
  entries: readonly T[],
  weight: (entry: T) => number,
  label: (entry: T) => string,
  limit: number,
): T[] {
  // Array sort is stable: equal weights keep the order given.
  const kept =
    entries.length <= limit
      ? entries
      : [...entries].sort((a, b) => weight(b) - weight(a)).slice(0, limit);
  return byLabel(kept, label);
}
