import { counterMap, trapsByPlace } from '../domain/counter-map.ts';
import { SIGN_PLACES, TRAP_KINDS, keysOf } from '../schemas/vocabulary.ts';
import { entryUrl } from '../view/urls.ts';
import type { MapPage, PageInputs, WhatIsHappeningPage } from './types.ts';

type Library = PageInputs['library'];

/** An entry as a link: its address and title. */
const linkTo =
  (library: Library) => (collection: 'patterns' | 'lessons' | 'traps', id: string) => ({
    href: entryUrl(collection, id),
    title: library.get[collection](id).data.title,
  });

/** The map of the library: per trap kind, each trap with its lessons and the patterns that counter it. */
export function mapPage({ library }: Pick<PageInputs, 'library'>): MapPage {
  const traps = library.traps.map((trap) => ({ id: trap.id, ...trap.data }));
  const links = counterMap(library.graph, traps);
  const link = linkTo(library);
  // One table per trap kind, so a long library reads in parts.
  return {
    kinds: keysOf(TRAP_KINDS)
      .map((kind) => ({
        kind,
        label: TRAP_KINDS[kind].label,
        rows: links
          .filter((row) => library.get.traps(row.trap).data.kind === kind)
          .map(({ trap, lessons, counters }) => ({
            trap: link('traps', trap),
            lessons: lessons.length,
            counters: counters.map(({ pattern, lessons: behind }) => ({
              ...link('patterns', pattern),
              lessons: behind.length,
            })),
          })),
      }))
      .filter((group) => group.rows.length > 0),
  };
}

/** The problem-first way in: warning signs by where they show up, each set leading to its trap, what counters it and the lessons that lived it. */
export function whatIsHappeningPage({ library }: Pick<PageInputs, 'library'>): WhatIsHappeningPage {
  const traps = library.traps.map((trap) => ({ id: trap.id, ...trap.data }));
  const links = new Map(counterMap(library.graph, traps).map((links) => [links.trap, links]));
  const link = linkTo(library);
  return {
    groups: trapsByPlace(traps).map(({ place, traps: ids }) => ({
      anchor: place ?? 'elsewhere',
      label: place ? SIGN_PLACES[place].label : 'Elsewhere',
      meaning: place ? SIGN_PLACES[place].meaning : undefined,
      traps: ids.map((id) => {
        const trap = library.get.traps(id);
        const { counters, lessons } = links.get(id) ?? { counters: [], lessons: [] };
        return {
          ...link('traps', id),
          kind: TRAP_KINDS[trap.data.kind].label.toLowerCase(),
          summary: trap.data.summary,
          warningSigns: trap.data.warning_signs,
          counters: counters.map(({ pattern }) => link('patterns', pattern)),
          lessons: lessons.map((lesson) => link('lessons', lesson)),
        };
      }),
    })),
  };
}
