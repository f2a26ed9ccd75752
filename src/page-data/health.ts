import { computeHealth } from '../domain/learning-loop/health.ts';
import { FAILURE_KINDS, LENSES } from '../schemas/vocabulary.ts';
import { PREVIEW_SIZE } from '../view/pagination.ts';
import { entryUrl } from '../view/urls.ts';
import type { HealthPage, PageInputs } from './types.ts';

const labels = (vocabulary: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([k, v]) => [k, v.label]));

/** Everything the health page shows: the library's figures, computed from the facts as of the build date. */
export function healthPage({ facts, date }: Pick<PageInputs, 'facts' | 'date'>): HealthPage {
  const health = computeHealth(facts, date, {
    failureKinds: labels(FAILURE_KINDS),
    lenses: labels(LENSES),
  });
  // One bar per event stops being readable, and the page stops being light, long before the library is large: the newest events only.
  const recentEvents = health.daysToFirstLesson.slice(0, PREVIEW_SIZE);
  return {
    date,
    lessons: facts.lessons.length,
    health,
    recentEvents,
    someEvents: recentEvents.length < health.daysToFirstLesson.length,
    thin: health.thinPatterns.slice(0, PREVIEW_SIZE),
    counts: [
      {
        id: 'most-cited',
        title: 'Most-cited patterns',
        headers: ['Pattern', 'Lessons citing it'],
        rows: health.mostCitedPatterns.map((c) => ({
          href: entryUrl('patterns', c.key),
          label: c.label,
          value: c.value,
        })),
      },
      {
        id: 'most-hit',
        title: 'Most-hit traps',
        headers: ['Trap', 'Lessons that fell into it'],
        rows: health.mostHitTraps.map((c) => ({
          href: entryUrl('traps', c.key),
          label: c.label,
          value: c.value,
        })),
      },
    ],
  };
}
