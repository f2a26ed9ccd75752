import type { LibraryFacts } from '../domain/learning-loop/facts.ts';
import type { Library } from './library.ts';

/** The library as plain facts for the learning-loop figures: built once per build, passed to every page. */
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
      actions: l.data.actions.map((a) => ({ ...a, counters: a.counters.map((t) => t.id) })),
      revisited: l.data.revisited,
      decisionRule: l.data.decision_rule?.declared,
    })),
    events: library.events.map((e) => ({
      id: e.id,
      title: e.data.title,
      date: e.data.date,
      started: e.data.started,
      detected: e.data.detected,
      contained: e.data.contained,
    })),
    patterns: library.patterns.map((p) => ({
      id: p.id,
      title: p.data.title,
      confidence: p.data.confidence,
      knownUses: Number(p.rendered?.metadata?.['knownUses'] ?? 0),
    })),
    traps: library.traps.map((t) => ({ id: t.id, title: t.data.title })),
  };
}
