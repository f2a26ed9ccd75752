import type { EntryKind } from '../schemas/collections.ts';
import { common, h2s } from './common.ts';
import { eventPage } from './event.ts';
import { lessonPage } from './lesson.ts';
import type { LibraryEntry } from './library.ts';
import { patternPage } from './pattern.ts';
import { trapPage } from './trap.ts';
import type { EntryPageOf, PageInputs, PlainPage } from './types.ts';

const builders = { patterns: patternPage, traps: trapPage, lessons: lessonPage, events: eventPage };

// A kind with no builder of its own (a collection just added to the registry) gets the common page.
function plainPage<K extends EntryKind>(inputs: PageInputs, kind: K, id: string): PlainPage<K> {
  const entry = inputs.library.get[kind](id) as LibraryEntry<K>;
  return { ...common(inputs, kind, entry, h2s(entry), []), entry };
}

/** Everything an entry's page shows, by its kind's builder. */
export function entryPage<K extends EntryKind>(
  inputs: PageInputs,
  kind: K,
  id: string,
): EntryPageOf[K] {
  const build = (
    builders as Partial<Record<EntryKind, (inputs: PageInputs, id: string) => unknown>>
  )[kind];
  return (build ? build(inputs, id) : plainPage(inputs, kind, id)) as EntryPageOf[K];
}
