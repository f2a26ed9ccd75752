import { contentDir } from './lib/content-dir.ts';
import { gitHistory, type FileHistory } from './lib/git-history.ts';
import type { LibraryFacts } from './domain/learning-loop/facts.ts';
import { getLibrary, type Library } from './library.ts';

/** The library as plain facts for the learning-loop figures, built once per build. */
export function toFacts(library: Library): LibraryFacts {
  return {
    lessons: library.lessons.map((l) => ({
      id: l.id,
      title: l.data.title,
      published: l.data.published,
      event: l.data.event?.id,
      lens: l.data.lens,
      failureKind: l.data.failure_kind,
      patterns: l.data.patterns.map((p) => p.id),
      traps: l.data.traps.map((t) => t.id),
      actions: l.data.actions,
    })),
    events: library.events.map((e) => ({ id: e.id, title: e.data.title, date: e.data.date })),
    patterns: library.patterns.map((p) => ({ id: p.id, title: p.data.title, confidence: p.data.confidence, knownUses: Number(p.rendered?.metadata?.['knownUses'] ?? 0) })),
    traps: library.traps.map((t) => ({ id: t.id, title: t.data.title })),
  };
}

let cached: Promise<LibraryFacts> | undefined;

/** The facts, computed once per build (again on every request in dev). */
export function getFacts(): Promise<LibraryFacts> {
  if (import.meta.env.DEV) return getLibrary().then(toFacts);
  return (cached ??= getLibrary().then(toFacts));
}

/** The day the site is built: "overdue" and "due" are as of this date. */
export const BUILD_DATE = new Date();

let history: Map<string, FileHistory> | undefined;

/** Every content file's git history, from one git call per build. */
export function getHistory(): Map<string, FileHistory> {
  return (history ??= gitHistory(contentDir()));
}
