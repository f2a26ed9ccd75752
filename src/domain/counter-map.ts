import type { TrapKind } from '../schemas/trap.ts';
import { SIGN_PLACES } from '../schemas/vocabulary.ts';
import type { LibraryGraph } from './graph.ts';

/** Where a trap's warning signs show up (`SIGN_PLACES`), or null for a trap that does not say. */
export type SignPlace = keyof typeof SIGN_PLACES | null;

/** What the problem-first page and the map need of a trap. */
export interface TrapFacts {
  id: string;
  kind: TrapKind;
  shows_up_in: readonly (keyof typeof SIGN_PLACES)[];
}

/** A pattern that counters a trap, and the lessons that fell into the trap and cite the pattern. */
export interface CounterLink {
  pattern: string;
  lessons: string[];
}

/** A trap with what counters it and the lessons that fell into it. */
export interface TrapLinks {
  trap: string;
  counters: CounterLink[];
  lessons: string[];
}

/** The links of each trap, in the order given: its counter moves, most lived first, and its lessons. */
export function counterMap(graph: LibraryGraph, traps: readonly TrapFacts[]): TrapLinks[] {
  return traps.map(({ id }) => {
    const lessons = graph.lessonsFallingInto(id);
    const counters = graph
      .counterMovesFor(id)
      .map((pattern) => ({
        pattern,
        lessons: graph.lessonsCiting(pattern).filter((lesson) => lessons.includes(lesson)),
      }))
      .sort((a, b) => b.lessons.length - a.lessons.length);
    return { trap: id, counters, lessons };
  });
}

/**
 * The traps grouped by where their warning signs show up, in `SIGN_PLACES` order, a trap under each place it
 * names; traps that name none come last, under null. Places no trap names are left out.
 */
export function trapsByPlace(traps: readonly TrapFacts[]): { place: SignPlace; traps: string[] }[] {
  const places = [...(Object.keys(SIGN_PLACES) as (keyof typeof SIGN_PLACES)[]), null];
  return places
    .map((place) => ({
      place,
      traps: traps
        .filter((trap) =>
          place === null ? trap.shows_up_in.length === 0 : trap.shows_up_in.includes(place),
        )
        .map((trap) => trap.id),
    }))
    .filter((group) => group.traps.length > 0);
}
