import { BUILD_DATE, getHistory } from './facts.ts';
import type { Library } from './library.ts';
import type { EntryKind } from './lib/cards.ts';
import { bodyReferences, pageKey } from './lib/page-key.ts';
import type { CollectionName } from './schemas/index.ts';

const ENTRY_KINDS: ReadonlySet<CollectionName> = new Set<EntryKind>(['patterns', 'traps', 'lessons', 'events']);

/**
 * The cache key of an entry's or an author's page: the entry itself, every entry linked
 * with it in either direction, the entries its body names, and its git history. Cards
 * carry their authors' names and tag labels, so a renamed author re-renders their pages.
 */
export function entryPageKey(library: Library, collection: CollectionName, id: string): string {
  const entry = library.get[collection](id);
  const around = [...library.graph.neighbours(collection, id), ...bodyReferences(entry.body ?? '')];
  // An event page lists the patterns and traps its lessons cite: two links away.
  if (collection === 'events') for (const kind of ['patterns', 'traps'] as const) around.push(...library.graph.citedByEvent(id, kind).map((c) => ({ collection: kind, id: c.id })));
  // The entry's own digest covers its body too; of a neighbour only the data shows, so editing a body re-renders one page.
  return pageKey(entry.digest ?? entry.body, fingerprint(library, collection, id), around.map((n) => fingerprint(library, n.collection, n.id)), entry.filePath && getHistory().get(entry.filePath));
}

// What a page can show of one entry: its data, its card, and for a lesson which actions are overdue today.
function fingerprint(library: Library, collection: CollectionName, id: string): unknown[] {
  const entry = library.get[collection](id);
  const card = ENTRY_KINDS.has(collection) ? library.card(collection as EntryKind, id) : undefined;
  const overdue = collection === 'lessons' ? library.get.lessons(id).data.actions.map((a) => a.status === 'planned' && a.by !== undefined && a.by < BUILD_DATE) : undefined;
  return [collection, id, entry.data, card, overdue];
}
